//! BoxBilling's SolusVM calls in the demo (seed 003, `client/servicesolusvm/*`), over the HostBill
//! demo's VM simulation: an order's virtual server is the order's first VM, so its power states,
//! task timings and locks are the same in every dialect.

use super::DemoState;
use super::auth::ClientId;
use super::boxbilling::{fail, failure, internal, json_headers, ok};
use super::vms;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

/// SolusVM calls on an order's virtual server: `info`, `status`, `boot`, `reboot`, `shutdown`,
/// `set_hostname`, `set_root_password`, `change_password` (the control panel's) and `rebuild`.
pub async fn solusvm(demo: &DemoState, client: i64, method: &str, f: &Value) -> Response {
    let order = match f.get("order_id") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let vm: Option<i64> = {
        let Ok(conn) = demo.db.lock() else {
            return internal();
        };
        conn.query_row(
            "SELECT v.id FROM vms v JOIN services s ON s.id = v.service_id \
             WHERE s.id = ?1 AND s.client_id = ?2 ORDER BY v.id LIMIT 1",
            params![order.parse::<i64>().unwrap_or(-1), client],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten()
    };
    let Some(vm) = vm else {
        return fail("Order not found", 404);
    };
    let target = Path((order.clone(), vm.to_string()));
    match method {
        "info" | "status" => {
            let v = match vms::detail(State(demo.clone()), ClientId(client), target).await {
                Ok(Json(v)) => v["vm"].clone(),
                Err(e) => return failure(e),
            };
            if method == "status" {
                let word = match v["status"].as_str().unwrap_or("") {
                    "running" => "online",
                    "stopped" => "offline",
                    "suspended" => "disabled",
                    other => other,
                };
                return ok(json!(word));
            }
            ok(json!({
                "hostname": v["label"], "template": v["template"], "cpus": v["cpus"],
                "memory": v["memory"], "hdd": v["disk"],
                "mainipaddress": v["ipv4"].get(0).cloned().unwrap_or(Value::Null),
            }))
        }
        "boot" | "reboot" | "shutdown" => {
            let action = if method == "boot" { "start" } else { method };
            let path = Path((order, vm.to_string(), action.to_string()));
            match vms::power(State(demo.clone()), ClientId(client), path).await {
                Ok(_) => ok(json!(true)),
                Err(e) => failure(e),
            }
        }
        "set_hostname" => {
            let name = f
                .get("hostname")
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim();
            if !super::vm_extras::valid_hostname(name) {
                return fail("Hostname is not valid", 9999);
            }
            let Ok(conn) = demo.db.lock() else {
                return internal();
            };
            match conn.execute("UPDATE vms SET label = ?1 WHERE id = ?2", params![name, vm]) {
                Ok(_) => ok(json!(true)),
                Err(_) => internal(),
            }
        }
        "set_root_password" => {
            let n = f
                .get("password")
                .and_then(Value::as_str)
                .map_or(0, |p| p.chars().count());
            if (8..=64).contains(&n) {
                ok(json!(true))
            } else {
                fail("Password must be between 8 and 64 characters", 9999)
            }
        }
        // The SolusVM control panel's own login: checked like the root password.
        "change_password" => {
            let n = f
                .get("password")
                .and_then(Value::as_str)
                .map_or(0, |p| p.chars().count());
            if (8..=64).contains(&n) {
                ok(json!(true))
            } else {
                fail("Password must be between 8 and 64 characters", 9999)
            }
        }
        // `template` is a SolusVM template identifier (the reseller lists them in config.json).
        "rebuild" => {
            let template = f.get("template").and_then(Value::as_str).unwrap_or("");
            let body = Bytes::from(json!({ "template": template }).to_string());
            match vms::rebuild(
                State(demo.clone()),
                ClientId(client),
                target,
                json_headers(),
                body,
            )
            .await
            {
                Ok(_) => ok(json!(true)),
                Err(e) => failure(e),
            }
        }
        _ => fail(
            &format!("Method servicesolusvm/{method} is not available"),
            740,
        ),
    }
}
