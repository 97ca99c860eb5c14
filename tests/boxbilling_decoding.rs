//! BoxBilling's client API answers. Seed 003 lists the calls without example answers, so these
//! fixtures (tests/fixtures/boxbilling) follow BoxBilling's own `toApiArray` shapes, as the demo
//! portal writes them: every one decodes to the domain types, and every error object becomes a
//! typed error, never empty data.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

mod common;

use atrium::api::ApiError;
use atrium::api::dialect::boxbilling;
use atrium::api::http::RawResponse;
use atrium::model::{InvoiceStatus, ServiceStatus};
use atrium::vm::power::PowerState;
use rust_decimal::Decimal;
use serde_json::Value;

fn raw(status: u16, body: &str) -> RawResponse {
    RawResponse {
        csrf_token: None,
        status,
        retry_after: None,
        body: body.into(),
        bytes: None,
    }
}

fn result(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/boxbilling/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    boxbilling::decode_envelope(&raw(200, &std::fs::read_to_string(path).unwrap())).unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn invoices_are_listed_by_hash_with_their_series_number() {
    let (rows, pages) = boxbilling::page(&result("invoice_get_list")).unwrap();
    assert_eq!(pages, 1);
    let list: Vec<_> = rows
        .iter()
        .map(|r| boxbilling::invoice_summary(r).unwrap())
        .collect();
    assert_eq!(list[0].id, "9c1185a5c5e9fc54612808977ee8f548");
    assert_eq!(list[0].number, "BB00041");
    assert_eq!(list[0].status, InvoiceStatus::Unpaid);
    assert_eq!(
        (list[1].total.amount, list[1].total.currency.as_str()),
        (d("495000.00"), "VND")
    );
    assert_eq!(
        list[2].status,
        InvoiceStatus::Cancelled,
        "BoxBilling spells it canceled"
    );
}

#[test]
fn an_invoice_has_its_lines_and_buyer() {
    let inv = boxbilling::invoice_detail(&result("invoice_get")).unwrap();
    assert_eq!(inv.lines.len(), 1);
    assert_eq!(inv.lines[0].quantity, d("2"));
    assert_eq!(inv.lines[0].line_total.amount, d("18.00"));
    assert_eq!(inv.total.amount, d("19.44"));
    assert_eq!(inv.balance_due().amount, d("19.44"));
    assert_eq!(inv.billed_to.name, "Alex Nguyen");
    assert_eq!(inv.billed_to.company.as_deref(), Some("Nguyen Shop"));
    assert_eq!(inv.paid_on, None);
}

#[test]
fn orders_are_services_with_their_period_in_words() {
    let (rows, _) = boxbilling::page(&result("order_get_list")).unwrap();
    let vps = boxbilling::order(&rows[0]).unwrap();
    assert_eq!(
        (vps.name.as_str(), vps.cycle.as_str()),
        ("VPS S", "Monthly")
    );
    assert_eq!(vps.status, ServiceStatus::Active);
    assert_eq!(vps.domain.as_deref(), Some("web1.example.vn"));
    assert!(boxbilling::is_solusvm(&rows[0]));
    let hosting = boxbilling::order(&rows[1]).unwrap();
    assert_eq!(hosting.status, ServiceStatus::Pending, "pending_setup");
    assert_eq!(hosting.cycle, "Annually");
    assert_eq!(hosting.next_due, None);
}

#[test]
fn a_solusvm_server_and_the_credit_decode() {
    let vm = boxbilling::vm("7", &result("solusvm_info"), "online");
    assert_eq!(vm.state, PowerState::Running);
    assert_eq!((vm.cpus, vm.memory_mb, vm.disk_gb), (2, 4096, 80));
    assert_eq!(vm.ipv4, vec!["203.0.113.7".to_string()]);
    assert_eq!(
        boxbilling::vm("7", &serde_json::Value::Null, "offline").state,
        PowerState::Stopped
    );
    assert_eq!(
        boxbilling::vm("7", &serde_json::Value::Null, "disabled").state,
        PowerState::Suspended
    );
    let (entries, _) = boxbilling::page(&result("balance_get_list")).unwrap();
    assert_eq!(boxbilling::credit(&entries).unwrap(), d("25.50"));
}

#[test]
fn a_transaction_decodes_with_the_invoice_it_paid() {
    let t = boxbilling::transaction(&serde_json::json!({
        "id": 12, "invoice_id": 40, "invoice_hash": "b6d767d2f8ed5d21a44b0e5886680cb9", "txn_id": "PP-77",
        "amount": "495000.00", "currency": "VND", "type": "payment", "status": "processed",
        "gateway": "", "created_at": "2026-10-02 09:30:00"
    }), &Default::default())
    .unwrap();
    assert_eq!(
        (t.amount.amount, t.amount.currency.as_str()),
        (d("495000.00"), "VND")
    );
    assert_eq!(
        t.invoice.as_deref(),
        Some("b6d767d2f8ed5d21a44b0e5886680cb9")
    );
    assert_eq!(t.method, "PP-77", "no gateway name: its reference");
}

#[test]
fn upgradables_are_id_and_title_in_any_list_shape() {
    let list = serde_json::json!([{"id": 21, "title": "Cloud M"}, {"id": 22}]);
    assert_eq!(
        boxbilling::upgradables(&list),
        vec![("21".to_string(), "Cloud M".to_string())]
    );
    let keyed = serde_json::json!({"21": {"id": "21", "title": "Cloud M"}});
    assert_eq!(boxbilling::upgradables(&keyed).len(), 1);
}

#[test]
fn error_objects_on_http_200_are_typed_errors() {
    let not_logged_in =
        r#"{"result": null, "error": {"message": "Client is not logged in", "code": 201}}"#;
    assert!(boxbilling::token_rejected(&raw(200, not_logged_in)));
    assert!(boxbilling::decode_envelope(&raw(200, not_logged_in)).is_err());
    assert_eq!(
        boxbilling::decode_envelope(&raw(
            200,
            r#"{"result": null, "error": {"message": "Invoice was not found", "code": 404}}"#
        )),
        Err(ApiError::Portal {
            status: 404,
            messages: vec!["Invoice was not found".into()]
        })
    );
    assert_eq!(
        boxbilling::decode_envelope(&raw(
            200,
            r#"{"result": null, "error": {"message": "VM is locked", "code": 409}}"#
        )),
        Err(ApiError::Portal {
            status: 400,
            messages: vec!["VM is locked".into()]
        })
    );
    assert!(!boxbilling::token_rejected(&raw(
        200,
        r#"{"result": true, "error": null}"#
    )));
    assert_eq!(
        boxbilling::decode_envelope(&raw(200, r#"{"result": false, "error": null}"#)),
        Ok(Value::Bool(false))
    );
    assert!(matches!(
        boxbilling::decode_envelope(&raw(200, r#"{"list": []}"#)),
        Err(ApiError::Decode(_))
    ));
    assert!(matches!(
        boxbilling::decode_envelope(&raw(200, "<html>")),
        Err(ApiError::Decode(_))
    ));
    assert_eq!(
        boxbilling::decode_envelope(&raw(503, "")),
        Err(ApiError::Server { status: 503 })
    );
}

mod catalogue_and_cart {
    use super::{d, result};
    use atrium::api::ApiError;
    use atrium::api::dialect::boxbilling::catalog;
    use atrium::model::{Cycle, Stock};

    fn rows() -> Vec<serde_json::Value> {
        result("product_get_list")["list"]
            .as_array()
            .unwrap()
            .clone()
    }

    #[test]
    fn categories_come_from_the_products_in_order_and_once_each() {
        let names: Vec<String> = catalog::categories(&rows(), &serde_json::Value::Null)
            .into_iter()
            .map(|c| format!("{}:{}", c.id, c.name))
            .collect();
        assert_eq!(names, ["2:Cloud Servers", "1:Web Hosting", "3:Extras"]);
    }

    #[test]
    fn enabled_periods_become_cycles_with_price_and_setup() {
        let cloud = catalog::products(&rows(), "2").unwrap();
        assert_eq!(cloud.len(), 1);
        let cycles: Vec<(Cycle, String, String)> = cloud[0]
            .cycles
            .iter()
            .map(|c| (c.cycle.clone(), c.price.to_string(), c.setup.to_string()))
            .collect();
        // 6M is switched off (`enabled: 0`); "1" counts as on.
        assert_eq!(
            cycles,
            [
                (Cycle::Monthly, "9.00".into(), "0.00".into()),
                (Cycle::Quarterly, "27.00".into(), "5.00".into()),
                (Cycle::Annually, "100.00".into(), "0.00".into()),
            ]
        );
        assert!(cloud[0].cycles[0].selected);
        assert_eq!(cloud[0].stock, Stock::Unlimited);
    }

    #[test]
    fn one_off_and_free_prices_and_stock_decode() {
        let hosting = catalog::products(&rows(), "1").unwrap();
        assert_eq!(hosting[0].stock, Stock::Left(50));
        assert_eq!(hosting[1].stock, Stock::Left(0), "sold out");
        assert!(!hosting[1].available());
        assert_eq!(hosting[1].cycles[0].cycle, Cycle::Once);
        assert_eq!(hosting[1].cycles[0].price, d("25.00"));
        assert_eq!(hosting[1].cycles[0].setup, d("5.00"));
        let free = catalog::products(&rows(), "3").unwrap();
        assert_eq!(free[0].cycles[0].price, d("0"));
    }

    #[test]
    fn hosting_needs_a_domain_and_a_server_does_not() {
        assert!(
            catalog::product_config(&rows(), &serde_json::Value::Null, "10")
                .unwrap()
                .needs_domain
        );
        let cloud = catalog::product_config(&rows(), &serde_json::Value::Null, "20").unwrap();
        assert!(!cloud.needs_domain);
        assert_eq!(cloud.category, "Cloud Servers");
        assert!(cloud.forms.is_empty());
        assert!(matches!(
            catalog::product_config(&rows(), &serde_json::Value::Null, "999"),
            Err(ApiError::Portal { status: 404, .. })
        ));
    }

    #[test]
    fn periods_map_both_ways() {
        for (code, period) in [
            ("m", "1M"),
            ("q", "3M"),
            ("s", "6M"),
            ("a", "1Y"),
            ("b", "2Y"),
            ("t", "3Y"),
        ] {
            assert_eq!(catalog::period_of(code).as_deref(), Some(period));
            assert_eq!(catalog::cycle_of(period).code(), code);
        }
        assert_eq!(
            catalog::period_of("o"),
            None,
            "a one-off price has no period"
        );
    }

    #[test]
    fn the_cart_quotes_before_tax_with_refusals_in_place() {
        let cart = result("cart_get");
        let q = catalog::quote(&cart, &[(2, "Domain name is not valid".into())], None, 3).unwrap();
        assert_eq!(q.subtotal, d("13.99"));
        assert_eq!(q.discount, d("1.39"));
        assert_eq!(q.total, d("12.60"));
        assert!(q.tax_on_invoice && q.tax.is_empty());
        assert_eq!(q.recurring, [(Cycle::Monthly, d("13.99"))]);
        assert!(q.items[0].valid && q.items[1].valid);
        assert!(!q.items[2].valid);
        assert_eq!(q.items[2].errors, ["Domain name is not valid"]);
        let refused = catalog::quote(
            &cart,
            &[],
            Some("The promo code has expired or does not exist".into()),
            2,
        )
        .unwrap();
        assert_eq!(
            refused.errors,
            ["The promo code has expired or does not exist"]
        );
    }

    #[test]
    fn a_checkout_paid_from_credit_has_no_invoice_to_pay() {
        let paid = catalog::order_placed(&result("cart_checkout")).unwrap();
        assert_eq!(paid.order_number.as_deref(), Some("312"));
        assert_eq!(paid.service_id.as_deref(), Some("312"));
        assert_eq!(paid.invoice_id, None);
        let unpaid = catalog::order_placed(&result("cart_checkout_unpaid")).unwrap();
        assert_eq!(unpaid.invoice_id.as_deref(), Some("9f2c4b0e7d1a"));
        assert!(catalog::order_placed(&serde_json::json!({"invoice_hash": null})).is_err());
    }
}

mod domains {
    use super::result;
    use atrium::api::dialect::boxbilling::domain;

    #[test]
    fn a_domain_orders_settings_decode_with_flags_as_strings() {
        let d = domain::domain(&result("order_service_domain")).unwrap();
        assert_eq!(d.name, "nguyenstudio.com");
        assert_eq!(
            d.nameservers,
            ["ns1.atrium-demo.net", "ns2.atrium-demo.net"],
            "null and empty slots dropped"
        );
        assert!(d.locked && !d.privacy);
        assert_eq!(d.contact.country, "VN");
        assert_eq!(d.contact.address2, "");
        assert_eq!(d.expires.map(|e| e.iso()).as_deref(), Some("2027-03-02"));
    }

    #[test]
    fn the_name_falls_back_to_sld_and_tld_and_booleans_are_read() {
        let v = serde_json::json!({"sld": "example", "tld": ".vn", "locked": false, "privacy": true, "contact": {}});
        let d = domain::domain(&v).unwrap();
        assert_eq!(d.name, "example.vn");
        assert!(!d.locked && d.privacy);
        assert!(domain::domain(&serde_json::json!({"contact": {}})).is_err());
    }

    #[test]
    fn the_contact_goes_back_in_the_shape_it_came() {
        let d = domain::domain(&result("order_service_domain")).unwrap();
        let sent = domain::contact_params(&d.contact);
        for key in [
            "first_name",
            "last_name",
            "email",
            "company",
            "address1",
            "address2",
            "city",
            "state",
            "postcode",
            "country",
            "phone_cc",
            "phone",
        ] {
            assert!(sent.get(key).is_some(), "{key}");
        }
        assert_eq!(sent["phone"], "905123456");
    }
}

mod support {
    use atrium::api::dialect::boxbilling;

    #[test]
    fn a_ticket_with_its_messages_and_the_helpdesks_decode() {
        let v = serde_json::json!({
            "id": 12, "subject": "VAT number", "status": "on_hold", "helpdesk": {"id": 1, "name": "Billing"},
            "messages": [
                {"id": 1, "client_id": 1, "admin_id": null, "content": "Please fix\r\nthanks", "created_at": "2026-01-02 10:00:00", "author": {"name": "Alex"}},
                {"id": 2, "client_id": null, "admin_id": "3", "content": "Done", "created_at": "2026-01-02 11:00:00", "author": {"name": "Staff"}}
            ]
        });
        let t = boxbilling::ticket_detail(&v).unwrap();
        assert_eq!(t.summary.number, "12");
        assert_eq!(t.summary.department, "Billing");
        assert_eq!(t.messages[0].body, "Please fix\nthanks");
        assert!(!t.messages[0].staff && t.messages[1].staff);
        assert!(boxbilling::ticket_detail(&serde_json::json!({"subject": "x"})).is_err());
        let h = boxbilling::helpdesks(&serde_json::json!({"1": "Billing", "2": "Technical"}));
        assert_eq!(h.len(), 2);
        assert_eq!((h[1].id.as_str(), h[1].name.as_str()), ("2", "Technical"));
    }
}

// Guarantee 18, as for HostBill: arbitrary bytes under any status never panic any decoder, and a
// truncated answer is never a success.
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn fixture_text(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/boxbilling/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    fn decode_everything(v: &Value) {
        let _ = boxbilling::client(v);
        let _ = boxbilling::currency(v);
        if let Ok((rows, _)) = boxbilling::page(v) {
            let _ = boxbilling::credit(&rows);
            for r in &rows {
                let _ = boxbilling::invoice_summary(r);
                let _ = boxbilling::order(r);
                let _ = boxbilling::transaction(r, &Default::default());
                let _ = boxbilling::ticket(r);
            }
        }
        let _ = boxbilling::invoice_detail(v);
        let _ = boxbilling::order_detail(v);
        let _ = boxbilling::is_active_domain(v);
        let _ = boxbilling::is_solusvm(v);
        let _ = boxbilling::vm("1", v, "running");
        let _ = boxbilling::upgradables(v);
        let _ = boxbilling::ticket_detail(v);
        let _ = boxbilling::helpdesks(v);
        let _ = boxbilling::profile(v);
    }

    proptest! {
        #[test]
        fn decoding_is_total(status in 100u16..600, body in any::<Vec<u8>>()) {
            let r = raw(status, &String::from_utf8_lossy(&body));
            let _ = boxbilling::token_rejected(&r);
            if let Ok(v) = boxbilling::decode_envelope(&r) {
                decode_everything(&v);
            }
        }

        #[test]
        fn json_of_any_shape_never_panics(v in arb_json()) {
            decode_everything(&v);
            let _ = boxbilling::decode_envelope(&raw(200, &v.to_string()));
        }

        #[test]
        fn truncated_answers_never_succeed(
            name in prop::sample::select(vec!["invoice_get_list", "invoice_get", "order_get_list", "product_get_list", "cart_get", "solusvm_info"]),
            cut in 1usize..400,
        ) {
            let body = fixture_text(name).trim_end().to_string();
            let cut = cut.min(body.len() - 1);
            if let Some(prefix) = body.get(..body.len() - cut) {
                prop_assert!(boxbilling::decode_envelope(&raw(200, prefix)).is_err(), "{name} cut by {cut}");
            }
        }
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        super::common::arb_json(vec![
            "result",
            "error",
            "message",
            "code",
            "list",
            "total",
            "pages",
            "id",
            "hash",
            "status",
            "currency",
            "lines",
            "price",
            "quantity",
            "subtotal",
            "tax",
            "amount",
            "buyer",
            "title",
            "period",
            "expires_at",
            "created_at",
            "config",
            "meta",
            "messages",
            "email",
        ])
    }
}

/// Real answers of a default FOSSBilling 0.6.22 (copied from ../shared/real-answers).
fn fossbilling(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/fossbilling/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_real_fossbilling_refusing_the_cookie_without_its_csrf_token_refuses_the_credentials() {
    // CSRFPrevention on: the cookie alone is answered 401 "Authentication Failed", code 201.
    let refused = raw(401, &fossbilling("csrf_on_profile_api_key_get"));
    assert!(boxbilling::token_rejected(&refused));
    assert_eq!(
        boxbilling::decode_envelope(&refused),
        Err(ApiError::Portal {
            status: 401,
            messages: vec!["Authentication Failed".into()]
        })
    );
    // The sign-in answer names who signed in; its envelope opens.
    let login = boxbilling::decode_envelope(&raw(200, &fossbilling("guest_client_login"))).unwrap();
    assert_eq!(login["email"], "client@fb.test");
}

#[test]
fn a_ticket_fossbilling_put_on_hold_by_a_staff_reply_waits_for_the_customer() {
    let v =
        boxbilling::decode_envelope(&raw(200, &fossbilling("support_ticket_get_list"))).unwrap();
    let (rows, total) = boxbilling::page(&v).unwrap();
    assert_eq!(total, 1);
    let t = boxbilling::ticket(&rows[0]);
    assert_eq!((t.number.as_str(), t.status.as_str()), ("1", "Answered"));
    assert_eq!(t.department, "General");
}

#[test]
fn a_paid_fossbilling_invoice_owes_nothing_and_shows_what_was_paid() {
    let v = boxbilling::decode_envelope(&raw(200, &fossbilling("invoice_get_paid"))).unwrap();
    let inv = boxbilling::invoice_detail(&v).unwrap();
    assert_eq!(inv.status, atrium::model::InvoiceStatus::Paid);
    assert!(
        inv.balance_due().amount.is_zero(),
        "{:?}",
        inv.balance_due()
    );
    assert_eq!(inv.amount_paid().amount, Decimal::new(30, 0));
    assert_eq!(inv.number, "00003");
}

#[test]
fn an_empty_transfer_code_is_no_code_not_an_unreadable_answer() {
    let v = boxbilling::decode_envelope(&raw(200, &fossbilling("servicedomain_get_transfer_code")))
        .unwrap();
    assert_eq!(boxbilling::domain::transfer_code(&v), Ok(None));
    assert_eq!(
        boxbilling::domain::transfer_code(&serde_json::json!(" EPP-1 ")),
        Ok(Some("EPP-1".into()))
    );
}

#[test]
fn a_one_off_product_in_the_cart_is_not_billed_again() {
    let cart = boxbilling::decode_envelope(&raw(200, &fossbilling("cart_get"))).unwrap();
    let q = boxbilling::catalog::quote(&cart, &[], None, 2).unwrap();
    assert_eq!(q.total, Decimal::new(25, 0));
    // Only the hosting's 5.00 a month recurs; the 20.00 migration is once.
    assert_eq!(
        q.recurring,
        vec![(atrium::model::Cycle::Monthly, Decimal::new(500, 2))]
    );
}

#[test]
fn a_cart_in_another_currency_is_converted_at_its_rate() {
    // The real cart answer with the cart's currency made VND: FOSSBilling keeps the amounts in
    // its default currency and names the cart's currency and rate beside them.
    let mut cart = boxbilling::decode_envelope(&raw(200, &fossbilling("cart_get"))).unwrap();
    cart["currency"]["code"] = "VND".into();
    cart["currency"]["conversion_rate"] = 25000.into();
    let q = boxbilling::catalog::quote(&cart, &[], None, 2).unwrap();
    assert_eq!(q.total, Decimal::new(625_000, 0));
    assert_eq!(
        q.recurring,
        vec![(atrium::model::Cycle::Monthly, Decimal::new(125_000, 0))]
    );
    // A rate that cannot be priced with is an error, never a rate of one.
    cart["currency"]["conversion_rate"] = 0.into();
    assert!(boxbilling::catalog::quote(&cart, &[], None, 2).is_err());
    assert_eq!(
        boxbilling::catalog::conversion_rate(&serde_json::json!({"conversion_rate": 0.92}))
            .unwrap(),
        "0.92".parse::<Decimal>().unwrap()
    );
}

#[test]
fn the_catalogue_is_converted_to_the_cent() {
    let (rows, _) = boxbilling::page(
        &boxbilling::decode_envelope(&raw(200, &fossbilling("product_get_list"))).unwrap(),
    )
    .unwrap();
    let rate: Decimal = "0.923".parse().unwrap();
    let hosting: Vec<_> = boxbilling::catalog::products(&rows, "2")
        .unwrap()
        .into_iter()
        .map(|p| p.converted(rate))
        .collect();
    // 5.00 a month and 50.00 + 10.00 setup a year, at 0.923.
    assert_eq!(
        hosting[0].cycles[0].price,
        "4.62".parse::<Decimal>().unwrap()
    );
    assert_eq!(
        hosting[0].cycles[1].price,
        "46.15".parse::<Decimal>().unwrap()
    );
    assert_eq!(
        hosting[0].cycles[1].setup,
        "9.23".parse::<Decimal>().unwrap()
    );
    let domains = boxbilling::catalog::products(&rows, "1").unwrap();
    let converted = domains[0].clone().converted(rate);
    assert_eq!(converted.tlds[0].register, Some("11.07".parse().unwrap()));
}

#[test]
fn a_real_fossbilling_payment_links_to_its_invoice_through_the_invoice_list() {
    let (payments, _) = boxbilling::page(
        &boxbilling::decode_envelope(&raw(
            200,
            &fossbilling("invoice_transaction_get_list_processed"),
        ))
        .unwrap(),
    )
    .unwrap();
    let (invoices, _) = boxbilling::page(
        &boxbilling::decode_envelope(&raw(200, &fossbilling("invoice_get_list"))).unwrap(),
    )
    .unwrap();
    let hashes = boxbilling::invoice_hashes(&invoices);
    let t = boxbilling::transaction(&payments[0], &hashes).unwrap();
    let paid = invoices.iter().find(|i| i["id"] == 3).unwrap();
    assert_eq!(t.invoice.as_deref(), paid["hash"].as_str());
    assert_eq!(
        (t.method.as_str(), t.status.as_str()),
        ("Custom", "processed")
    );
}

#[test]
fn a_real_fossbilling_order_names_its_domain_from_its_configuration() {
    let hosting =
        boxbilling::decode_envelope(&raw(200, &fossbilling("order_get_hosting"))).unwrap();
    let s = boxbilling::order(&hosting).unwrap();
    assert_eq!(s.domain.as_deref(), Some("alex-shop.com"));
    assert_eq!(s.cycle, "Monthly");
    assert!(s.next_due.is_some());
    let domain = boxbilling::decode_envelope(&raw(200, &fossbilling("order_get_domain"))).unwrap();
    let d = boxbilling::order(&domain).unwrap();
    assert_eq!(d.domain.as_deref(), Some("alex-shop-two.com"));
    // No period of its own: the registration's years, not "One Time".
    assert_eq!(d.cycle, "Annually");
}

#[test]
fn a_real_fossbilling_catalogue_has_its_categories_by_id_and_name() {
    let (rows, _) = boxbilling::page(
        &boxbilling::decode_envelope(&raw(200, &fossbilling("product_get_list"))).unwrap(),
    )
    .unwrap();
    // guest/product/category_get_pairs
    let names = serde_json::json!({"1": "Domains", "2": "Web Hosting"});
    let cats = boxbilling::catalog::categories(&rows, &names);
    let pairs: Vec<_> = cats
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    assert_eq!(pairs, [("1", "Domains"), ("2", "Web Hosting")]);
    let hosting = boxbilling::catalog::products(&rows, "2").unwrap();
    let titles: Vec<_> = hosting.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(titles, ["Shared Hosting S", "Site Migration"]);
    let config = boxbilling::catalog::product_config(&rows, &names, "2").unwrap();
    assert_eq!(config.category, "Web Hosting");
}

#[test]
fn reads_pages_share_are_lists_records_and_the_catalogue_never_live_state_or_secrets() {
    for shared in [
        "/client/invoice/get_list",
        "/client/invoice/get",
        "/client/client/balance_get_list",
        "/client/profile/get",
        "/client/support/ticket_get",
        "/client/order/service",
        "/guest/product/get_list",
        "/guest/product/category_get_pairs",
        "/guest/currency/get",
    ] {
        assert!(boxbilling::is_shared_read(shared), "{shared}");
    }
    for fresh in [
        "/client/servicesolusvm/status",
        "/client/profile/api_key_get",
        "/client/invoice/renewal_invoice",
        "/client/support/ticket_create",
        "/guest/cart/get",
        "/guest/client/login",
    ] {
        assert!(!boxbilling::is_shared_read(fresh), "{fresh}");
    }
}

#[test]
fn an_email_decodes_as_fossbilling_sends_it() {
    // ActivityClientEmail::toApiArray (FOSSBilling, modules/Email/Entity/ActivityClientEmail.php).
    let v = serde_json::json!({
        "id": 7, "client_id": 1, "sender": "Hosting <billing@example.com>",
        "recipients": "alex@example.com", "subject": "Invoice created",
        "content_html": "<p>Due soon</p>", "content_text": null, "has_attachment": false,
        "created_at": "2026-11-30 09:30:00", "updated_at": "2026-11-30 09:30:00"
    });
    let m = atrium::api::dialect::email::message(&v).unwrap();
    assert_eq!(m.id, "7");
    assert_eq!(m.subject, "Invoice created");
    assert_eq!(m.sender.as_deref(), Some("Hosting <billing@example.com>"));
    assert_eq!(m.html.as_deref(), Some("<p>Due soon</p>"));
    assert_eq!(m.text, None);
    assert_eq!(m.date.map(|d| d.iso()), Some("2026-11-30".to_string()));
    let s = atrium::api::dialect::email::summary(&v).unwrap();
    assert_eq!(
        (s.id.as_str(), s.subject.as_str()),
        ("7", "Invoice created")
    );
    // An e-mail without an id cannot be opened: an error, not a row.
    assert!(atrium::api::dialect::email::summary(&serde_json::json!({"subject": "x"})).is_err());
}

#[test]
fn a_real_fossbilling_hosting_account_is_read_with_its_server_and_plan() {
    use atrium::api::dialect::boxbilling::hosting::{
        hosting_account, hosting_plans, is_active_hosting,
    };
    use atrium::model::hosting::HostingLimit;
    let v = boxbilling::decode_envelope(&raw(200, &fossbilling("order_service_hosting"))).unwrap();
    let a = hosting_account(&v).unwrap();
    assert_eq!(a.username, "alexsho0");
    assert_eq!(a.domain.as_deref(), Some("alex-shop.com"));
    assert_eq!(a.ip.as_deref(), Some("127.0.0.2"));
    let server = a.server.unwrap();
    assert_eq!(server.hostname.as_deref(), Some("box1.fb.test"));
    assert_eq!(
        server.nameservers,
        ["ns1.fb.test", "ns2.fb.test"],
        "the null ns3/ns4 left out"
    );
    assert_eq!(
        server.panel_url.as_deref(),
        Some("http://www.google.com?q=cpanel")
    );
    let plan = a.plan.unwrap();
    assert_eq!((plan.id.as_str(), plan.name.as_str()), ("1", "Plan S"));
    assert_eq!(
        plan.limits[0],
        (HostingLimit::DiskMb, "1048576".to_string())
    );
    assert_eq!(plan.limits.len(), 8);
    // A control panel address that is not a web address is not offered as a link.
    let mut bad = v.clone();
    bad["server"]["cpanel_url"] = serde_json::json!("javascript:alert(1)");
    assert_eq!(
        hosting_account(&bad).unwrap().server.unwrap().panel_url,
        None
    );
    // The order it belongs to (real-answers order_get_1) is an active hosting order.
    let order = boxbilling::decode_envelope(&raw(200, &fossbilling("order_get_hosting"))).unwrap();
    assert!(is_active_hosting(&order));
    assert!(!boxbilling::awaits_setup(&order));
    assert_eq!(
        hosting_plans(&serde_json::json!({"2": "Plan M", "1": "Plan S"})),
        [
            ("1".to_string(), "Plan S".to_string()),
            ("2".to_string(), "Plan M".to_string())
        ]
    );
}
