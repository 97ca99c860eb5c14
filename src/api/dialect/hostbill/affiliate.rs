//! HostBill's affiliate programme (seed 002). The seed documents the calls and what
//! `addvoucher` takes, but shows no answer: the records are read under the names HostBill's
//! own affiliate records carry (its admin API's `getAffiliate` and `getAffiliateVouchers`
//! answers, and the columns HostBill's affiliate tables hold: `total_commissions`,
//! `total_withdrawn`, `visits`, `conversion`, `balance`, `pending`; commissions with `order_id`,
//! `commission`, `paid`; vouchers with `code`, `type`, `value`, `num_usage`, `max_usage`), with
//! the usual alternatives (see [`renamed`]). Lists are read from the first key that holds one.

use super::envelope::first_list;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::Date;
use crate::model::affiliate::{
    Affiliate, AffiliateStanding, AffiliateSummary, AffiliateVoucher, Campaign, Commission,
    CommissionPlan, NewVoucher, Payout, VoucherAudience,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

fn decode<T: DeserializeOwned>(what: &str, v: &Value) -> Result<T, ApiError> {
    wire::from_tree::<T>(v).map_err(|e| ApiError::Decode(format!("{what}: {e}")))
}

/// A record with each field under its first name (`names[0]`), taken from the first of its
/// names the record has (not null). Serde aliases would refuse a record that carries two of
/// them (HostBill's voucher has both `commision_plan` and `plan_name`; its affiliate both
/// `landing_url` and `landingpage`); here the first one found wins.
fn renamed(record: &Value, fields: &[&[&str]]) -> Value {
    let mut out = Map::new();
    for names in fields {
        if let Some(v) = names
            .iter()
            .find_map(|n| record.get(*n).filter(|v| !v.is_null()))
        {
            out.insert(names[0].to_string(), v.clone());
        }
    }
    Value::Object(out)
}

fn rows<T: DeserializeOwned>(
    what: &str,
    v: &Value,
    names: &[&str],
    fields: &[&[&str]],
) -> Result<Vec<T>, ApiError> {
    first_list(v, names)
        .iter()
        .map(|r| decode(what, &renamed(r, fields)))
        .collect()
}

#[derive(Deserialize)]
struct AffiliateWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    status: String,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    balance: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    pending: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    total_commissions: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    total_withdrawn: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::count")]
    visits: u64,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    conversion: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date_created: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    referral_url: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    landingpage: Option<String>,
    #[serde(default)]
    currency: Value,
}

/// `GET /affiliate`: `{"affiliate": {...}}`; an account that has not joined gets no record
/// (`[]`, `null`, `false`, or an object without an id).
pub fn standing(v: &Value) -> Result<AffiliateStanding, ApiError> {
    let record = v.get("affiliate").unwrap_or(v);
    let no_id = |id: &Value| match id {
        Value::String(s) => s.trim().is_empty() || s.trim() == "0",
        Value::Number(n) => n.as_u64() == Some(0),
        _ => true,
    };
    if record.get("id").is_none_or(no_id) {
        return Ok(AffiliateStanding::NotJoined);
    }
    let record = renamed(
        record,
        &[
            &["id"],
            &["status"],
            &["balance"],
            &["pending"],
            &["total_commissions"],
            &["total_withdrawn"],
            &["visits"],
            &["conversion"],
            &["date_created", "since"],
            &["referral_url", "url", "affiliate_url"],
            &["landingpage", "landing_url"],
            &["currency"],
        ],
    );
    let w: AffiliateWire = decode("affiliate", &record)?;
    let total_commissions = w.total_commissions.unwrap_or_default();
    let total_withdrawn = w.total_withdrawn.unwrap_or_default();
    let currency = match &w.currency {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o
            .get("iso")
            .or_else(|| o.get("code"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        _ => None,
    };
    Ok(AffiliateStanding::Member(Box::new(Affiliate {
        id: w.id,
        status: w.status,
        // HostBill computes the balance as commissions minus withdrawals when it does not send it.
        balance: w.balance.unwrap_or(total_commissions - total_withdrawn),
        pending: w.pending.unwrap_or_default(),
        total_commissions,
        total_withdrawn,
        visits: w.visits,
        conversion: w.conversion,
        since: w.date_created,
        referral_url: w.referral_url,
        landing_page: w.landingpage,
        currency,
    })))
}

#[derive(Deserialize, Default)]
struct SummaryWire {
    #[serde(default, deserialize_with = "wire::count")]
    total_signups: u64,
    #[serde(default, deserialize_with = "wire::count")]
    monthly_signups: u64,
    #[serde(default, deserialize_with = "wire::count")]
    total_visits: u64,
    #[serde(default, deserialize_with = "wire::count")]
    monthly_visits: u64,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    total_commission: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    monthly_commission: Option<Decimal>,
}

/// `GET /affiliates/summary`: the figures, at the top level or under `summary` or `stats`.
pub fn summary(v: &Value) -> Result<AffiliateSummary, ApiError> {
    let inner = ["summary", "stats"]
        .iter()
        .find_map(|k| v.get(*k).filter(|x| x.is_object()))
        .unwrap_or(v);
    let inner = renamed(
        inner,
        &[
            &["total_signups", "total_singups", "signups"],
            &["monthly_signups", "monthly_singups"],
            &["total_visits", "visits"],
            &["monthly_visits"],
            &["total_commission", "total_commision", "total_commissions"],
            &["monthly_commission", "monthly_commision"],
        ],
    );
    let w: SummaryWire = decode("affiliate summary", &inner)?;
    Ok(AffiliateSummary {
        signups: w.total_signups,
        signups_month: w.monthly_signups,
        visits: w.total_visits,
        visits_month: w.monthly_visits,
        commission: w.total_commission.unwrap_or_default(),
        commission_month: w.monthly_commission.unwrap_or_default(),
    })
}

#[derive(Deserialize)]
struct CommissionWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    date_created: Option<Date>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    order_id: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    pname: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    domain: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    total: Option<Decimal>,
    #[serde(deserialize_with = "wire::decimal")]
    commission: Decimal,
    #[serde(default, deserialize_with = "wire::flag")]
    paid: bool,
}

/// `GET /affiliate/commission`.
pub fn commissions(v: &Value) -> Result<Vec<Commission>, ApiError> {
    let list: Vec<CommissionWire> = rows(
        "commission",
        v,
        &["commissions", "commission", "orders", "list"],
        &[
            &["id"],
            &["date_created", "date"],
            &["order_id", "order"],
            &["pname", "product", "name"],
            &["domain"],
            &["total", "sale", "amount_sale"],
            &["commission", "amount"],
            &["paid", "approved"],
        ],
    )?;
    Ok(list
        .into_iter()
        .map(|w| Commission {
            id: w.id,
            date: w.date_created,
            order: w.order_id.filter(|o| o != "0"),
            item: [w.pname, w.domain]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — "),
            sale: w.total,
            amount: w.commission,
            approved: w.paid,
        })
        .collect())
}

#[derive(Deserialize)]
struct PayoutWire {
    #[serde(default, deserialize_with = "wire::opt_date")]
    date: Option<Date>,
    #[serde(deserialize_with = "wire::decimal")]
    amount: Decimal,
    #[serde(default, deserialize_with = "wire::text")]
    method: String,
    #[serde(default, deserialize_with = "wire::text")]
    notes: String,
}

/// `GET /affiliate/payouts`.
pub fn payouts(v: &Value) -> Result<Vec<Payout>, ApiError> {
    let list: Vec<PayoutWire> = rows(
        "payout",
        v,
        &["payouts", "withdrawals", "list"],
        &[
            &["date", "date_created"],
            &["amount"],
            &["method", "type"],
            &["notes", "note"],
        ],
    )?;
    Ok(list
        .into_iter()
        .map(|w| Payout {
            date: w.date,
            amount: w.amount,
            method: w.method,
            notes: w.notes,
        })
        .collect())
}

#[derive(Deserialize)]
struct PlanWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text")]
    r#type: String,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    rate: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::flag")]
    recurring: bool,
    #[serde(default, deserialize_with = "wire::flag")]
    enable_voucher: bool,
}

impl PlanWire {
    fn plan(self) -> CommissionPlan {
        let kind = self.r#type.to_ascii_lowercase();
        CommissionPlan {
            id: self.id,
            name: self.name,
            // HostBill's plan types: "Percent" and "Fixed".
            percent: !kind.contains("fix"),
            rate: self.rate.unwrap_or_default(),
            recurring: self.recurring,
            vouchers: self.enable_voucher,
        }
    }
}

const PLAN_FIELDS: &[&[&str]] = &[
    &["id"],
    &["name"],
    &["type"],
    &["rate"],
    &["recurring"],
    &["enable_voucher", "voucher", "vouchers"],
];

/// `GET /affiliate/plans`.
pub fn plans(v: &Value) -> Result<Vec<CommissionPlan>, ApiError> {
    let list: Vec<PlanWire> = rows(
        "plan",
        v,
        &["plans", "commisions", "commissions", "list"],
        PLAN_FIELDS,
    )?;
    Ok(list.into_iter().map(PlanWire::plan).collect())
}

/// `GET /affiliate/plans/@id`: `{"plan": {...}}` (or the plan itself).
pub fn plan(v: &Value) -> Result<CommissionPlan, ApiError> {
    let record = v.get("plan").filter(|p| p.is_object()).unwrap_or(v);
    Ok(decode::<PlanWire>("plan", &renamed(record, PLAN_FIELDS))?.plan())
}

#[derive(Deserialize)]
struct VoucherWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(deserialize_with = "wire::text")]
    code: String,
    #[serde(default, deserialize_with = "wire::text")]
    r#type: String,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    value: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::text")]
    cycle: String,
    #[serde(default, deserialize_with = "wire::text")]
    audience: String,
    #[serde(default, deserialize_with = "wire::opt_date")]
    expires: Option<Date>,
    #[serde(default, deserialize_with = "wire::count")]
    num_usage: u64,
    #[serde(default, deserialize_with = "wire::count")]
    max_usage: u64,
    #[serde(default, deserialize_with = "wire::text")]
    plan_name: String,
}

/// `GET /affiliate/vouchers`.
pub fn vouchers(v: &Value) -> Result<Vec<AffiliateVoucher>, ApiError> {
    let list: Vec<VoucherWire> = rows(
        "voucher",
        v,
        &["vouchers", "coupons", "list"],
        &[
            &["id"],
            &["code"],
            &["type"],
            &["value", "discount"],
            &["cycle"],
            &["audience"],
            &["expires"],
            &["num_usage", "used"],
            &["max_usage"],
            // Not `commision_plan`: HostBill sends that too, with the plan's id.
            &["plan_name", "plan"],
        ],
    )?;
    Ok(list
        .into_iter()
        .map(|w| AffiliateVoucher {
            id: w.id,
            code: w.code,
            percent: !w.r#type.to_ascii_lowercase().contains("fix"),
            value: w.value.unwrap_or_default(),
            cycle: w.cycle,
            audience: VoucherAudience::parse(&w.audience),
            expires: w.expires,
            used: w.num_usage,
            // HostBill writes 0 for "no limit".
            max_usage: Some(w.max_usage).filter(|n| *n > 0),
            plan: w.plan_name,
        })
        .collect())
}

#[derive(Deserialize)]
struct CampaignWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    url: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    visits: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    signups: Option<String>,
}

/// `GET /affiliates/campaigns`.
pub fn campaigns(v: &Value) -> Result<Vec<Campaign>, ApiError> {
    let list: Vec<CampaignWire> = rows(
        "campaign",
        v,
        &["campaigns", "list"],
        &[
            &["id"],
            &["name", "title"],
            &["url", "link", "referral_url"],
            &["visits"],
            &["signups", "singups"],
        ],
    )?;
    Ok(list
        .into_iter()
        .map(|w| Campaign {
            id: w.id,
            name: w.name,
            url: w.url,
            visits: w.visits.and_then(|s| s.parse().ok()),
            signups: w.signups.and_then(|s| s.parse().ok()),
        })
        .collect())
}

/// `POST /affiliate/addvoucher`'s body, in the seed's names (`max_usage_limit` says whether
/// `max_usage` applies; `expires` as `YYYY-MM-DD`, empty for none).
pub fn new_voucher_body(n: &NewVoucher) -> Value {
    let mut body = Map::new();
    body.insert("plan".into(), json!(n.plan));
    body.insert("cycle".into(), json!(n.cycle));
    body.insert("audience".into(), json!(n.audience.code()));
    body.insert("max_usage_limit".into(), json!(n.max_usage.is_some()));
    body.insert(
        "max_usage".into(),
        json!(n.max_usage.unwrap_or(0).to_string()),
    );
    body.insert(
        "expires".into(),
        json!(n.expires.map(Date::iso).unwrap_or_default()),
    );
    body.insert("discount".into(), json!(n.discount.normalize().to_string()));
    Value::Object(body)
}
