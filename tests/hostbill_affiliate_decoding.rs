//! HostBill's affiliate answers. Seed 002 documents the calls without answers; these examples
//! are the record shapes HostBill's own API gives for the same data (its admin API's
//! `getAffiliate` and `getAffiliateVouchers`, and the module columns for commissions), which is
//! what the decoders read, with their alternatives.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill::affiliate as wire;
use atrium::model::Date;
use atrium::model::affiliate::{AffiliateStanding, NewVoucher, VoucherAudience};
use rust_decimal::Decimal;
use serde_json::json;

#[test]
fn an_affiliate_record_decodes_and_no_record_means_not_joined() {
    let v = json!({"success": true, "affiliate": {"client_id": "230", "parent_id": "0", "visits": "21",
        "total_commissions": 2049.97, "total_withdrawn": 2000, "landing_url": "", "conversion": "276",
        "balance": "49.97", "pending": "27.35", "date_created": "2021-03-25", "status": "Active", "id": "1",
        "currency": {"code": "", "iso": "USD", "sign": "$"},
        "referral_url": "https://portal.example/?affid=1"}});
    let AffiliateStanding::Member(a) = wire::standing(&v).unwrap() else {
        panic!("a member");
    };
    assert_eq!((a.id.as_str(), a.status.as_str()), ("1", "Active"));
    assert_eq!(a.balance, Decimal::new(4997, 2));
    assert_eq!(a.total_commissions, Decimal::new(204997, 2));
    assert_eq!(a.visits, 21);
    assert_eq!(a.since, Date::parse("2021-03-25"));
    assert_eq!(a.currency.as_deref(), Some("USD"));
    assert_eq!(a.landing_page, None, "an empty landing page is none");
    // Without a balance: commissions minus withdrawals.
    let v =
        json!({"affiliate": {"id": 2, "total_commissions": "30.00", "total_withdrawn": "10.00"}});
    let AffiliateStanding::Member(a) = wire::standing(&v).unwrap() else {
        panic!("a member");
    };
    assert_eq!(a.balance, Decimal::new(20, 0));
    // The affiliate module's answer carries both HostBill's column and its own name.
    let v = json!({"affiliate": {"id": "3", "landing_url": "https://a.example/", "landingpage": "https://b.example/"}});
    let AffiliateStanding::Member(a) = wire::standing(&v).unwrap() else {
        panic!("a member");
    };
    assert_eq!(a.landing_page.as_deref(), Some("https://b.example/"));
    for none in [
        json!({"affiliate": []}),
        json!({"affiliate": null}),
        json!({"success": false}),
        json!({"affiliate": {"id": "0"}}),
    ] {
        assert_eq!(
            wire::standing(&none).unwrap(),
            AffiliateStanding::NotJoined,
            "{none}"
        );
    }
}

#[test]
fn commissions_payouts_plans_vouchers_and_campaigns_decode() {
    let c = wire::commissions(&json!({"commissions": [{"id": "5", "order_id": "77", "date_created": "2026-11-02 10:00:00",
        "total": "120.00", "commission": "12.00", "paid": "1", "pname": "Starter Hosting", "domain": "abc.vn"}]})).unwrap();
    assert_eq!(c[0].item, "Starter Hosting — abc.vn");
    assert!(c[0].approved);
    assert_eq!(c[0].amount, Decimal::new(12, 0));
    let p = wire::payouts(&json!({"withdrawals": [{"date": "2026-10-01", "amount": "50.00", "method": "Bank Transfer"}]})).unwrap();
    assert_eq!(
        (p[0].amount, p[0].method.as_str()),
        (Decimal::new(50, 0), "Bank Transfer")
    );
    let plans = wire::plans(&json!({"plans": [{"id": "1", "name": "10% Commission", "type": "Percent", "rate": "10",
        "recurring": "0", "enable_voucher": "1"}, {"id": "2", "name": "Flat", "type": "Fixed", "rate": "5.00"}]})).unwrap();
    assert!(plans[0].percent && plans[0].vouchers && !plans[0].recurring);
    assert!(!plans[1].percent && !plans[1].vouchers);
    assert_eq!(
        wire::plan(&json!({"plan": {"id": "1", "name": "10%", "rate": 10}}))
            .unwrap()
            .rate,
        Decimal::new(10, 0)
    );
    let vouchers = wire::vouchers(&json!({"vouchers": [{"id": "82", "code": "GCW0G9MCLSM", "status": "Active",
        "coupon_type": "cart", "type": "percent", "value": "1.00", "num_usage": "0", "max_usage": "0",
        "aff_id": "4", "commision_plan": "1", "plan_name": "10% Commission", "cycle": "once", "audience": "all",
        "expires": "0000-00-00"}]})).unwrap();
    let v = &vouchers[0];
    assert_eq!(
        (v.code.as_str(), v.plan.as_str()),
        ("GCW0G9MCLSM", "10% Commission")
    );
    assert_eq!(v.max_usage, None, "0 is no limit");
    assert_eq!(v.expires, None);
    assert_eq!(v.audience, VoucherAudience::All);
    let campaigns = wire::campaigns(&json!({"campaigns": [{"id": "3", "name": "Black Friday", "url": "https://p.example/?affid=1&c=3", "visits": "40"}]})).unwrap();
    assert_eq!(campaigns[0].visits, Some(40));
    assert!(
        wire::campaigns(&json!({"campaigns": []}))
            .unwrap()
            .is_empty()
    );
    let s = wire::summary(&json!({"stats": {"total_singups": "4", "monthly_singups": "1", "total_commision": "48.00", "total_visits": "90"}})).unwrap();
    assert_eq!((s.signups, s.signups_month, s.visits), (4, 1, 90));
    assert_eq!(s.commission, Decimal::new(48, 0));
}

#[test]
fn a_new_voucher_goes_in_the_seed_names() {
    let body = wire::new_voucher_body(&NewVoucher {
        plan: "1".into(),
        cycle: "once".into(),
        audience: VoucherAudience::New,
        max_usage: Some(50),
        expires: Date::parse("2027-01-31"),
        discount: Decimal::new(500, 2),
    });
    assert_eq!(
        body,
        json!({"plan": "1", "cycle": "once", "audience": "new", "max_usage_limit": true,
            "max_usage": "50", "expires": "2027-01-31", "discount": "5"})
    );
}
