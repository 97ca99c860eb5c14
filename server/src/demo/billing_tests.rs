//! The demo portal's money paths beyond a single invoice: pay all, credit history, vouchers,
//! estimates and PDFs, each with its ownership check.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn pay_all_merges_unpaid_invoices_and_paying_it_settles_them() {
    let app = portal("payall");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, due) = call(&app, "GET", "/invoices/due", t, None).await;
    let usd: Vec<String> = due["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["currency"] == "USD")
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    assert!(usd.len() >= 2);
    let vnd = due["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["currency"] == "VND")
        .unwrap()["id"]
        .clone();
    let (status, v) = call(
        &app,
        "POST",
        "/invoices/payall",
        t,
        Some(json!({"selected": [usd[0], vnd]})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(v["error"][0].as_str().unwrap().contains("currencies"));

    let (status, v) = call(
        &app,
        "POST",
        "/invoices/payall",
        t,
        Some(json!({"selected": usd})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let merged = v["invoice_id"].as_str().unwrap().to_string();
    let (_, inv) = call(&app, "GET", &format!("/invoice/{merged}"), t, None).await;
    assert_eq!(inv["invoice"]["items"].as_array().unwrap().len(), usd.len());
    assert_eq!(inv["invoice"]["status"], "Unpaid");

    // Pay the merged invoice through the demo gateway: every gathered invoice is then paid.
    let (_, link) = call(&app, "GET", &format!("/billing/{merged}/pay/1"), t, None).await;
    let url = link["url"].as_str().unwrap().trim_start_matches("/api");
    let (status, _) = call(&app, "POST", url, None, None).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    for id in &usd {
        let (_, inv) = call(&app, "GET", &format!("/invoice/{id}"), t, None).await;
        assert_eq!(inv["invoice"]["status"], "Paid", "invoice {id}");
    }
}

#[tokio::test]
async fn another_pay_all_or_a_single_payment_dissolves_an_unpaid_merge() {
    let app = portal("payall-dissolve");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, due) = call(&app, "GET", "/invoices/due", t, None).await;
    let first = due["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["currency"] == "USD")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, a) = call(
        &app,
        "POST",
        "/invoices/payall",
        t,
        Some(json!({"selected": [first]})),
    )
    .await;
    let (_, b) = call(
        &app,
        "POST",
        "/invoices/payall",
        t,
        Some(json!({"selected": {first.clone(): first}})),
    )
    .await;
    let (_, old) = call(
        &app,
        "GET",
        &format!("/invoice/{}", a["invoice_id"].as_str().unwrap()),
        t,
        None,
    )
    .await;
    assert_eq!(
        old["invoice"]["status"], "Cancelled",
        "the first merge is void"
    );
    call(&app, "GET", &format!("/billing/{first}/pay/1"), t, None).await;
    let (_, newer) = call(
        &app,
        "GET",
        &format!("/invoice/{}", b["invoice_id"].as_str().unwrap()),
        t,
        None,
    )
    .await;
    assert_eq!(
        newer["invoice"]["status"], "Cancelled",
        "paying alone voids the merge"
    );
}

#[tokio::test]
async fn vouchers_are_single_use_and_logged_in_the_credit_history() {
    let app = portal("voucher");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, logs) = call(&app, "GET", "/billing/creditlogs", t, None).await;
    assert_eq!(
        logs["logs"][0]["balance"], "25.50",
        "history ends at the balance"
    );
    let (status, v) = call(
        &app,
        "POST",
        "/billing/creditvoucher",
        t,
        Some(json!({"code": "save10-001"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["amount"], "10.00");
    let (status, v) = call(
        &app,
        "POST",
        "/billing/creditvoucher",
        t,
        Some(json!({"code": "SAVE10-001"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(v["error"][0].as_str().unwrap().contains("already"));
    let (status, _) = call(
        &app,
        "POST",
        "/billing/creditvoucher",
        t,
        Some(json!({"code": "TET2027"})),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a VND voucher on a USD account"
    );
    let (status, _) = call(
        &app,
        "POST",
        "/billing/creditvoucher",
        t,
        Some(json!({"code": "NOPE"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, balance) = call(&app, "GET", "/balance", t, None).await;
    assert_eq!(balance["details"]["acc_credit"], "35.50");
    let (_, logs) = call(&app, "GET", "/billing/creditlogs", t, None).await;
    assert_eq!(logs["logs"][0]["in"], "10.00");
    assert_eq!(logs["logs"][0]["balance"], "35.50");
}

#[tokio::test]
async fn estimates_and_pdfs_belong_to_their_client() {
    let app = portal("estimates");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, list) = call(&app, "GET", "/estimates", Some(&token), None).await;
    assert_eq!(list["estimates"].as_array().unwrap().len(), 3);
    let (_, one) = call(&app, "GET", "/estimates/1", Some(&token), None).await;
    assert_eq!(one["estimate"]["subtotal"], "480.00");
    assert_eq!(one["estimate"]["tax"], "38.40");
    assert_eq!(one["estimate"]["total"], "518.40");
    let (status, _) = call(&app, "GET", "/estimates/1", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "GET", "/estimate/1/pdf", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "GET", "/invoice/1040/pdf", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "GET", "/invoice/1040/pdf", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_bulk_client_pages_ten_thousand_invoices() {
    let app = portal("bulk");
    let (token, _) = login(&app, "bulk@atrium.test", "bulk1234").await;
    let (_, page) = call(
        &app,
        "GET",
        "/invoices?page=3&perpage=50",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(page["sorter"]["total"], 10_000);
    assert_eq!(page["invoices"].as_array().unwrap().len(), 50);
    let (_, all) = call(&app, "GET", "/invoice", Some(&token), None).await;
    assert_eq!(all["invoices"].as_array().unwrap().len(), 10_000);
}

#[tokio::test]
async fn a_page_number_near_the_largest_integer_is_an_empty_page_not_a_crash() {
    let app = portal("page-overflow");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, page) = call(
        &app,
        "GET",
        &format!("/invoices?page={}&perpage=500", i64::MAX),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["invoices"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn a_services_invoices_are_the_ones_that_bill_it_and_no_other() {
    let app = portal("service-invoices");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let mut seen = std::collections::BTreeMap::new();
    for service in [301, 302, 303, 304, 306] {
        let (_, list) = call(
            &app,
            "GET",
            &format!("/invoices?perpage=100&filter[service]={service}"),
            Some(&t),
            None,
        )
        .await;
        let ids: Vec<String> = list["invoices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect();
        assert!(!ids.is_empty(), "service {service} has invoices");
        for id in &ids {
            let (_, inv) = call(&app, "GET", &format!("/invoice/{id}"), Some(&t), None).await;
            let items = inv["invoice"]["items"].as_array().unwrap();
            assert!(
                items
                    .iter()
                    .all(|i| i["item_id"].as_str() == Some(&service.to_string())),
                "invoice {id} under service {service} bills only it: {items:?}"
            );
            assert!(
                seen.insert(id.clone(), service).is_none(),
                "invoice {id} under two services"
            );
        }
    }
    // The domain's invoices are domain lines, not a hosting plan's.
    let (_, list) = call(&app, "GET", "/invoices?filter[service]=306", Some(&t), None).await;
    let id = list["invoices"][0]["id"].as_str().unwrap().to_string();
    let (_, inv) = call(&app, "GET", &format!("/invoice/{id}"), Some(&t), None).await;
    assert_eq!(inv["invoice"]["items"][0]["type"], "Domain");
}

#[tokio::test]
async fn an_unpaid_invoice_is_deleted_by_its_owner_once_and_a_paid_one_never() {
    let app = portal("invoice-delete");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, v) = call(
        &app,
        "POST",
        "/billing/addfunds",
        Some(&t),
        Some(json!({"funds": "25", "gateway": "1"})),
    )
    .await;
    let path = format!("/invoice/{}", v["invoice_id"].as_str().unwrap());
    let (status, _) = call(&app, "DELETE", &path, Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another client's invoice");
    let (status, v) = call(&app, "DELETE", &path, Some(&t), None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (status, _) = call(&app, "GET", &path, Some(&t), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "gone");
    let (status, _) = call(&app, "DELETE", &path, Some(&t), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "deleted once");
    let (_, list) = call(&app, "GET", "/invoice", Some(&t), None).await;
    let paid = list["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "Paid")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, v) = call(&app, "DELETE", &format!("/invoice/{paid}"), Some(&t), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "Only unpaid invoices can be deleted");
}

#[tokio::test]
async fn due_invoices_come_in_pages_oldest_due_first() {
    let app = portal("due-pages");
    let (token, _) = login(&app, "bulk@atrium.test", "bulk1234").await;
    let t = Some(token.as_str());
    let (_, unpaid) = call(
        &app,
        "GET",
        "/invoices?filter[status]=Unpaid&perpage=1",
        t,
        None,
    )
    .await;
    let total = unpaid["sorter"]["total"].as_i64().unwrap();
    assert!(
        total > 100,
        "the bulk client has more unpaid invoices than one page"
    );
    let mut seen = Vec::new();
    for page in 0..2 {
        let (status, v) = call(
            &app,
            "GET",
            &format!("/invoices/due?page={page}&perpage=100"),
            t,
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v["sorter"]["total"], total);
        let rows = v["invoices"].as_array().unwrap();
        assert!(rows.iter().all(|i| i["status"] == "Unpaid"));
        let due: Vec<&str> = rows
            .iter()
            .map(|i| i["duedate"].as_str().unwrap())
            .collect();
        assert!(due.windows(2).all(|w| w[0] <= w[1]), "oldest due first");
        seen.extend(rows.iter().map(|i| i["id"].as_str().unwrap().to_string()));
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        (seen.len(), unique.len()),
        (total as usize, total as usize),
        "pages do not overlap"
    );
}

#[tokio::test]
async fn payment_modules_answer_in_the_documents_shape_and_need_a_session() {
    let app = portal("payment-modules");
    let (status, _) = call(&app, "GET", "/payment", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (status, v) = call(&app, "GET", "/payment", Some(token.as_str()), None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    // `{"payments": {"10": "BankTransfer"}}`: id to module name.
    assert_eq!(v["payments"]["1"], "BankTransfer");
    assert_eq!(v["payments"]["5"], "PayPal");
    assert_eq!(v["payments"].as_object().unwrap().len(), 4);
}
