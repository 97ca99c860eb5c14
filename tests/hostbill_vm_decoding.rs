//! HostBill cloud VM answers. The seeds document the routes without example answers, so these
//! pin both the demo portal's shape and the other shapes HostBill's cloud modules produce
//! (lists keyed by id, `online`/`offline`, numbers as numbers, comma-separated addresses).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::api::dialect::hostbill;
use atrium::model::ResourceKind;
use atrium::vm::{Busy, PowerState};
use serde_json::{Value, json};

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap()
}

#[test]
fn a_vm_list_decodes_as_array_or_keyed_object() {
    let array = parse(
        r#"{"vms": [{"id": "9001", "label": "web-01", "status": "starting", "locked": true, "task": "start",
            "template": "Ubuntu 24.04 LTS", "cpus": "2", "memory": "4096", "disk": "80",
            "ipv4": ["203.0.113.11"], "ipv6": ["2001:db8:10::11"], "rescue": false, "iso": ""}]}"#,
    );
    let vms = hostbill::vms(&array).unwrap();
    assert_eq!(vms[0].state, PowerState::Busy(Busy::Starting));
    assert!(vms[0].locked && vms[0].busy());
    assert_eq!(
        (vms[0].cpus, vms[0].memory_mb, vms[0].disk_gb),
        (2, 4096, 80)
    );
    assert_eq!(vms[0].iso, None);
    let keyed = parse(
        r#"{"vms": {"77": {"id": 77, "hostname": "db", "state": "Online", "cpu": 4, "ram": 8192,
            "disk": 160, "ip": "198.51.100.7, 198.51.100.8"}}}"#,
    );
    let vms = hostbill::vms(&keyed).unwrap();
    assert_eq!(vms[0].id, "77");
    assert_eq!(vms[0].label, "db");
    assert_eq!(vms[0].state, PowerState::Running);
    assert_eq!(vms[0].ipv4, vec!["198.51.100.7", "198.51.100.8"]);
}

#[test]
fn a_power_answer_carries_the_vm_when_the_portal_sends_it() {
    let with =
        parse(r#"{"info": ["VM start initiated"], "vm": {"id": "1", "status": "starting"}}"#);
    assert_eq!(
        hostbill::vm_in_answer(&with).map(|v| v.state),
        Some(PowerState::Busy(Busy::Starting))
    );
    assert_eq!(hostbill::vm_in_answer(&parse(r#"{"info": ["ok"]}"#)), None);
}

#[test]
fn templates_resources_usage_and_traffic_decode() {
    let t = hostbill::templates(&parse(
        r#"{"templates": [{"id": "debian-12", "name": "Debian 12", "min_disk": "10"}, {"id": "x"}]}"#,
    ))
    .unwrap();
    assert_eq!(t[0].min_disk_gb, Some(10));
    assert_eq!(t[1].name, "x");
    let r = hostbill::resources(&parse(
        r#"{"resources": [{"name": "cpu", "unit": "cores", "used": "6", "total": "8", "available": "2"},
            {"name": "memory", "unit": "MB", "used": 14336, "total": 16384}]}"#,
    ))
    .unwrap();
    assert_eq!(
        (r[0].kind.clone(), r[0].available()),
        (ResourceKind::Cpu, 2)
    );
    assert_eq!(r[1].available(), 2048);
    let u = hostbill::usage(&parse(
        r#"{"usage": {"interval": "3600", "points": [
            {"time": "2026-12-01 11:00:00", "cpu": "12.5", "net_in": "3.1", "net_out": "1", "disk_read": "0.4", "disk_write": ""},
            {"time": "2026-12-01 10:00:00", "cpu": 80}]}}"#,
    ))
    .unwrap();
    assert_eq!(u[0].time, "2026-12-01 10:00:00", "sorted oldest first");
    assert_eq!((u[1].cpu, u[1].disk_write), (12.5, 0.0));
    let tr = hostbill::traffic(&parse(
        r#"{"traffic": {"limit_gb": "1000", "in_gb": "12.5", "out_gb": "2.5"}}"#,
    ))
    .unwrap();
    assert_eq!(tr.used_gb.to_string(), "15.0");
    assert!(hostbill::usage(&parse(r#"{"usage": {"points": [{"cpu": "lots"}]}}"#)).is_err());
}

#[test]
fn backups_addresses_disks_and_passwords_decode() {
    let b = hostbill::backups(&parse(
        r#"{"backups": [{"id": "5", "name": "web-01-weekly", "date": "2026-11-30 03:00:00", "size": "1930"}]}"#,
    ))
    .unwrap();
    assert_eq!(b[0].size_mb, 1930);
    let ips = hostbill::vm_ips(&parse(
        r#"{"ips": [{"id": "1", "ipaddress": "203.0.113.11", "type": "ipv4", "rdns": "web-01.example.com", "primary": true},
            {"id": "2", "ipaddress": "2001:db8::1", "rdns": ""}]}"#,
    ))
    .unwrap();
    assert!(ips[0].primary && !ips[0].v6);
    assert!(ips[1].v6 && ips[1].rdns.is_none());
    let d = hostbill::disks(&parse(
        r#"{"disks": [{"id": "disk0", "name": "Primary disk", "size": "80", "max_size": "100"}]}"#,
    ))
    .unwrap();
    assert_eq!((d[0].size_gb, d[0].max_gb), (80, Some(100)));
    assert_eq!(
        hostbill::new_password(&json!({"password": "s3cret", "info": ["ok"]})).unwrap(),
        "s3cret"
    );
    assert!(hostbill::new_password(&json!({"info": ["ok"]})).is_err());
    let rdns = hostbill::rdns(&parse(
        r#"{"rdns": [{"ipaddress": "203.0.113.11", "hostname": "a.example.com"}]}"#,
    ))
    .unwrap();
    assert_eq!(rdns[0].1, "a.example.com");
    // The reverse-DNS list names the addresses: a name it has wins, an empty one clears, an
    // address it leaves out keeps its own.
    let mut named = ips.clone();
    hostbill::name_addresses(
        &mut named,
        vec![
            ("2001:db8::1".into(), "v6.example.com".into()),
            ("198.51.100.9".into(), "elsewhere.example.com".into()),
        ],
    );
    assert_eq!(named[0].rdns.as_deref(), Some("web-01.example.com"));
    assert_eq!(named[1].rdns.as_deref(), Some("v6.example.com"));
    hostbill::name_addresses(&mut named, vec![("203.0.113.11".into(), String::new())]);
    assert_eq!(named[0].rdns, None);
}

#[test]
fn vm_features_come_from_the_method_routes() {
    let v = parse(
        r#"{"methods": [{"method": "GET", "route": "\/service\/@id\/vms"},
            {"method": "POST", "route": "\/service\/@id\/vms\/@vmid\/start"},
            {"method": "POST", "route": "\/service\/@id\/vms\/@vmid\/shutdown"},
            {"method": "POST", "route": "\/service\/@id\/vms\/@vmid\/rebuild"},
            {"method": "DELETE", "route": "\/service\/@id\/vms\/@vmid"}]}"#,
    );
    let a = hostbill::service_actions(&v).unwrap();
    assert!(a.vms && a.vm.rebuild && a.vm.destroy && !a.vm.resize);
    assert_eq!(a.vm.power, vec!["start", "shutdown"]);
    // Only the list route: the calls every HostBill cloud module has.
    let bare = parse(r#"{"methods": [{"method": "GET", "route": "/service/@id/vms"}]}"#);
    let a = hostbill::service_actions(&bare).unwrap();
    assert_eq!(a.vm.power, vec!["start", "stop", "reboot"]);
}

#[test]
fn a_console_ticket_is_a_path_of_this_site_only() {
    let ok = json!({"console": {"type": "vnc", "url": "/console/abc_DEF-123", "expires_in": "60"}});
    assert_eq!(hostbill::console_url(&ok).unwrap(), "/console/abc_DEF-123");
    for elsewhere in [
        "wss://portal.example/console/x",
        "//portal.example/console/x",
        "",
    ] {
        let v = json!({"console": {"url": elsewhere}});
        assert!(hostbill::console_url(&v).is_err(), "{elsewhere}");
    }
    assert!(hostbill::console_url(&json!({"error": ["nope"]})).is_err());
}
