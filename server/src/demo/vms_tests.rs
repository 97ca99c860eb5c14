//! The demo VM simulation over HTTP: transitions take time and end, locked VMs refuse work,
//! resources bound creation, rDNS is validated, foreign VMs are 404.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::json;
use std::time::Duration;

async fn settle() {
    // Tasks take 1% of real time in tests: a 12 s rebuild settles within 120 ms.
    tokio::time::sleep(Duration::from_millis(200)).await;
}

#[tokio::test]
async fn a_start_shows_starting_then_running_and_locks_the_vm_meanwhile() {
    let app = portal("vm-power");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, v) = call(&app, "GET", "/service/303/vms/9003", Some(&t), None).await;
    assert_eq!(v["vm"]["status"], "stopped");
    let (status, v) = call(&app, "POST", "/service/303/vms/9003/start", Some(&t), None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["vm"]["status"], "starting");
    assert_eq!(v["vm"]["locked"], true);
    let (status, v) = call(&app, "POST", "/service/303/vms/9003/stop", Some(&t), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(v["error"][0].as_str().unwrap().contains("locked"));
    settle().await;
    let (_, v) = call(&app, "GET", "/service/303/vms/9003", Some(&t), None).await;
    assert_eq!(v["vm"]["status"], "running");
    // Starting a running VM is refused by the portal, as a real hypervisor would.
    let (status, _) = call(&app, "POST", "/service/303/vms/9003/start", Some(&t), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn rebuild_needs_a_known_template_and_foreign_vms_are_hidden() {
    let app = portal("vm-rebuild");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (status, _) = call(&app, "GET", "/service/303/vms/9001", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "GET", "/service/401/vms/9001", Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let body = Some(json!({"template": "nope"}));
    let (status, _) = call(
        &app,
        "POST",
        "/service/303/vms/9001/rebuild",
        Some(&t),
        body,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let body = Some(json!({"template": "debian-12"}));
    let (status, v) = call(
        &app,
        "POST",
        "/service/303/vms/9001/rebuild",
        Some(&t),
        body,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["vm"]["status"], "rebuilding");
    settle().await;
    let (_, v) = call(&app, "GET", "/service/303/vms/9001", Some(&t), None).await;
    assert_eq!(v["vm"]["status"], "running");
    assert_eq!(v["vm"]["template"], "Debian 12");
}

#[tokio::test]
async fn creation_and_resize_stay_within_the_service_limits() {
    let app = portal("vm-limits");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, r) = call(&app, "GET", "/service/303/resources", Some(&t), None).await;
    let cpu = r["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == "cpu")
        .unwrap()
        .clone();
    assert_eq!(
        (cpu["used"].as_str(), cpu["total"].as_str()),
        (Some("7"), Some("10"))
    );
    let too_big = json!({"label": "big", "template": "debian-12", "memory": "2048", "cpu": "4", "disk": "20"});
    let (status, _) = call(&app, "POST", "/service/303/vms", Some(&t), Some(too_big)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let fits = json!({"label": "cache-01", "template": "debian-12", "memory": "2048", "cpu": "2", "disk": "20"});
    let (status, v) = call(&app, "POST", "/service/303/vms", Some(&t), Some(fits)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["vm"]["status"], "creating");
    assert_eq!(v["vm"]["ipv4"][0], "203.0.113.40");
    // Resizing a running VM is refused; a stopped one may grow within what is left.
    let (status, _) = call(
        &app,
        "PUT",
        "/service/303/vms/9001",
        Some(&t),
        Some(json!({"memory": "4096", "cpu": "2"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(
        &app,
        "PUT",
        "/service/303/vms/9003",
        Some(&t),
        Some(json!({"memory": "6144", "cpu": "2"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(&app, "DELETE", "/service/303/vms/9002", Some(&t), None).await;
    assert_eq!(status, StatusCode::OK);
    let (_, v) = call(&app, "GET", "/service/303/vms", Some(&t), None).await;
    assert_eq!(v["vms"].as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn rdns_is_validated_and_applied_all_or_nothing() {
    let app = portal("vm-rdns");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let bad =
        json!({"ipaddress": {"203.0.113.11": "ok.example.com", "2001:db8:10::11": "not a name"}});
    let (status, _) = call(
        &app,
        "POST",
        "/service/303/vms/9001/rdns",
        Some(&t),
        Some(bad),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, v) = call(&app, "GET", "/service/303/vms/9001/rdns", Some(&t), None).await;
    assert_eq!(v["rdns"][0]["hostname"], "web-01.nguyenstudio.com");
    let good = json!({"ipaddress": {"2001:db8:10::11": "v6.nguyenstudio.com"}});
    let (status, _) = call(
        &app,
        "POST",
        "/service/303/vms/9001/rdns",
        Some(&t),
        Some(good),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, v) = call(&app, "GET", "/service/303/vms/9001/rdns", Some(&t), None).await;
    assert_eq!(v["rdns"][1]["hostname"], "v6.nguyenstudio.com");
}

#[tokio::test]
async fn usage_is_stable_and_cancellation_is_asked_once() {
    let app = portal("vm-usage");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (_, a) = call(&app, "GET", "/service/303/vms/9001/usage", Some(&t), None).await;
    let (_, b) = call(&app, "GET", "/service/303/vms/9001/usage", Some(&t), None).await;
    assert_eq!(a["usage"]["points"].as_array().unwrap().len(), 24);
    assert_eq!(a, b);
    let ask = json!({"reason": "Moving elsewhere", "immediate": "0"});
    let (status, v) = call(
        &app,
        "POST",
        "/service/304/cancel",
        Some(&t),
        Some(ask.clone()),
    )
    .await;
    assert_eq!(
        (status, v["info"][0].as_str()),
        (StatusCode::OK, Some("cancell_sent"))
    );
    let (status, _) = call(&app, "POST", "/service/304/cancel", Some(&t), Some(ask)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, s) = call(&app, "GET", "/service/304", Some(&t), None).await;
    assert_eq!(s["service"]["cancel_request"], "End of billing period");
    let (_, inv) = call(
        &app,
        "GET",
        "/invoices?filter[service]=306&perpage=100",
        Some(&t),
        None,
    )
    .await;
    assert!(!inv["invoices"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn an_iso_image_is_added_by_its_url_checked_and_listed_for_its_owner_only() {
    let app = portal("vm-images");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let (_, v) = call(&app, "GET", "/service/303/images", Some(&t), None).await;
    let before = v["images"].as_array().unwrap().len();
    for (body, words) in [
        (
            json!({"label": "", "file_url": "https://h.example/a.iso", "os": "linux"}),
            "Label",
        ),
        (
            json!({"label": "A", "file_url": "https://h.example/page", "os": "linux"}),
            "File URL",
        ),
        (
            json!({"label": "A", "file_url": "https://h.example/a.iso", "os": "beos"}),
            "OS",
        ),
        (
            json!({"label": "A", "file_url": "https://h.example/a.iso", "os": "linux", "min_memory": "12"}),
            "memory",
        ),
    ] {
        let (status, v) = call(&app, "POST", "/service/303/images", Some(&t), Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
        assert!(v["error"][0].as_str().unwrap().contains(words), "{v}");
    }
    let good = json!({"label": "Alpine 3.20", "file_url": "https://h.example/alpine.iso", "os": "linux", "min_memory": 256});
    let (status, _) = call(
        &app,
        "POST",
        "/service/303/images",
        Some(&other),
        Some(good.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, v) = call(&app, "POST", "/service/303/images", Some(&t), Some(good)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (_, v) = call(&app, "GET", "/service/303/images", Some(&t), None).await;
    let list = v["images"].as_array().unwrap();
    assert_eq!(list.len(), before + 1);
    assert_eq!(list.last().unwrap()["name"], "Alpine 3.20");
    // The attach call the demo once invented is gone.
    let (status, _) = call(
        &app,
        "POST",
        "/service/303/vms/9001/iso",
        Some(&t),
        Some(json!({"image": "iso-memtest"})),
    )
    .await;
    assert_ne!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_network_rebuild_stops_the_vm_as_asked_and_starts_it_again_when_asked() {
    let app = portal("vm-rebuild-network");
    let (t, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let path = "/service/303/vms/9001/rebuild_network";
    let (status, _) = call(&app, "POST", path, Some(&other), Some(json!({}))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, v) = call(
        &app,
        "POST",
        path,
        Some(&t),
        Some(json!({"shutdown_type": "pull-the-plug"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    // Running, started again: a reboot; the VM is locked meanwhile.
    let body = json!({"shutdown_type": "shutdown", "force": "0", "startup": "1"});
    let (status, v) = call(&app, "POST", path, Some(&t), Some(body.clone())).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["vm"]["locked"], true);
    let (status, _) = call(&app, "POST", path, Some(&t), Some(body)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    settle().await;
    let (_, v) = call(&app, "GET", "/service/303/vms/9001", Some(&t), None).await;
    assert_eq!(v["vm"]["status"], "running");
    // Powered off and left stopped.
    let body = json!({"shutdown_type": "poweroff", "force": "1", "startup": "0"});
    call(&app, "POST", path, Some(&t), Some(body)).await;
    settle().await;
    let (_, v) = call(&app, "GET", "/service/303/vms/9001", Some(&t), None).await;
    assert_eq!(v["vm"]["status"], "stopped");
}
