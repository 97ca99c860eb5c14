//! HostBill's account security (seed 002): `GET /security`, SSH keys (`POST /security/sshkey`,
//! removed with `POST /security/sshkey/@id`) and sign-in IP rules (`POST /security/ipaccess`,
//! `DELETE /security/ipaccess/@id`). The seed shows no answer for `GET /security`; the demo
//! answers `{"sshkeys": [...], "ipaccess": [...], "your_ip": ...}`, names taken from the fields
//! the calls send. While an account has rules, sign-in is refused from an address none matches
//! ([`sign_in_allowed`]), except on the accounts every visitor shares.

use super::DemoState;
use super::auth::{ClientId, Peer, body_fields};
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use rusqlite::{Connection, params};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::net::IpAddr;

/// Accounts every visitor of the demo shares: their rules are kept but not enforced, so one
/// visitor cannot shut the others out.
const SHARED_ACCOUNTS: [i64; 3] = [1, 2, 3];

fn bad(message: &str) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, message)
}

/// The fingerprint of an OpenSSH public key line, if it is one.
pub fn fingerprint(line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    let (kind, data) = (words.next()?, words.next()?);
    let blob = base64::engine::general_purpose::STANDARD
        .decode(data)
        .ok()?;
    let len = u32::from_be_bytes(blob.get(..4)?.try_into().ok()?) as usize;
    (blob.get(4..4 + len)? == kind.as_bytes() && kind != "ssh-dss").then(|| {
        format!(
            "SHA256:{}",
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(Sha256::digest(&blob))
        )
    })
}

/// Whether `rule` matches `ip`; `None` when the rule is none of the documented formats.
pub fn rule_matches(rule: &str, ip: IpAddr) -> Option<bool> {
    let rule = rule.trim();
    if rule.eq_ignore_ascii_case("all") {
        return Some(true);
    }
    let (addr, mask) = rule
        .split_once('/')
        .map_or((rule, None), |(a, m)| (a, Some(m)));
    let net: IpAddr = addr.parse().ok()?;
    let max: u32 = if net.is_ipv4() { 32 } else { 128 };
    let prefix = match mask {
        None => max,
        Some(m) if m.contains('.') => {
            let bits = u32::from(m.parse::<std::net::Ipv4Addr>().ok()?);
            (bits.leading_ones() + bits.trailing_zeros() == 32).then_some(bits.leading_ones())?
        }
        Some(m) => m.parse::<u32>().ok().filter(|p| *p <= max)?,
    };
    Some(match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) => {
            let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
            u32::from(n) & mask == u32::from(i) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(i)) => {
            let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
            u128::from(n) & mask == u128::from(i) & mask
        }
        _ => false,
    })
}

/// Whether `client` may sign in from `peer` (no rules, a matching rule, a shared account, or
/// an address unknown because a test called the router directly).
pub fn sign_in_allowed(
    conn: &Connection,
    client: i64,
    peer: Option<IpAddr>,
) -> rusqlite::Result<bool> {
    let Some(ip) = peer else { return Ok(true) };
    if SHARED_ACCOUNTS.contains(&client) {
        return Ok(true);
    }
    let mut stmt = conn.prepare("SELECT rule FROM ip_rules WHERE client_id = ?1")?;
    let rules = stmt
        .query_map(params![client], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rules.is_empty() || rules.iter().any(|r| rule_matches(r, ip) == Some(true)))
}

/// `GET /security`.
pub async fn overview(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    peer: Peer,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn
        .prepare("SELECT id, name, fingerprint FROM ssh_keys WHERE client_id = ?1 ORDER BY id")?;
    let keys = stmt
        .query_map(params![client], |r| {
            Ok(json!({"id": r.get::<_, i64>(0)?, "name": r.get::<_, String>(1)?, "fingerprint": r.get::<_, String>(2)?}))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut stmt =
        conn.prepare("SELECT id, rule FROM ip_rules WHERE client_id = ?1 ORDER BY id")?;
    let rules = stmt
        .query_map(params![client], |r| {
            Ok(json!({"id": r.get::<_, i64>(0)?.to_string(), "rule": r.get::<_, String>(1)?}))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut answer = json!({ "sshkeys": keys, "ipaccess": rules });
    if let Some(ip) = peer.0 {
        answer["your_ip"] = json!(ip.to_string());
    }
    Ok(Json(answer))
}

fn text(fields: &Value, name: &str) -> String {
    fields
        .get(name)
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string()
}

/// `POST /security/sshkey` with `ssh_key_name` and `ssh_key_key`.
pub async fn add_key(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let (name, key) = (text(&f, "ssh_key_name"), text(&f, "ssh_key_key"));
    if name.is_empty() || name.chars().count() > 64 {
        return Err(bad("SSH key name is required"));
    }
    let print = fingerprint(&key).ok_or_else(|| bad("SSH key is not a valid public key"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let taken: i64 = conn.query_row(
        "SELECT COUNT(*) FROM ssh_keys WHERE client_id = ?1 AND fingerprint = ?2",
        params![client, print],
        |r| r.get(0),
    )?;
    if taken > 0 {
        return Err(bad("This SSH key is already added"));
    }
    conn.execute(
        "INSERT INTO ssh_keys(client_id, name, key, fingerprint) VALUES (?1, ?2, ?3, ?4)",
        params![client, name, key, print],
    )?;
    Ok(Json(json!({ "success": true, "info": ["SSH key added"] })))
}

/// Deletes a row of `table` (`ssh_keys` or `ip_rules`) owned by `client`; 404 names `what`.
fn remove_owned(demo: &DemoState, client: i64, id: &str, table: &str, what: &str) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let n = conn.execute(
        &format!("DELETE FROM {table} WHERE id = ?1 AND client_id = ?2"),
        params![id, client],
    )?;
    if n == 0 {
        return Err(ApiFailure::not_found(what));
    }
    Ok(Json(
        json!({ "success": true, "info": [format!("{what} removed")] }),
    ))
}

/// `POST /security/sshkey/@id`: removes the key.
pub async fn remove_key(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    remove_owned(&demo, client, &id, "ssh_keys", "SSH key")
}

/// `POST /security/ipaccess` with `rule`.
pub async fn add_rule(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let rule = text(&body_fields(&headers, &body), "rule");
    if rule_matches(&rule, IpAddr::from([0, 0, 0, 0])).is_none() {
        return Err(bad("Invalid IP access rule"));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    conn.execute(
        "INSERT INTO ip_rules(client_id, rule) VALUES (?1, ?2)",
        params![client, rule],
    )?;
    Ok(Json(
        json!({ "success": true, "info": ["IP access rule added"] }),
    ))
}

/// `DELETE /security/ipaccess/@id`.
pub async fn remove_rule(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    remove_owned(&demo, client, &id, "ip_rules", "IP access rule")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_follow_the_documented_formats() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(rule_matches("all", ip("1.2.3.4")), Some(true));
        assert_eq!(
            rule_matches("10.10.10.10/32", ip("10.10.10.10")),
            Some(true)
        );
        assert_eq!(
            rule_matches("10.0.0.0/255.0.0.0", ip("10.9.9.9")),
            Some(true)
        );
        assert_eq!(rule_matches("10.0.0.0/8", ip("11.0.0.1")), Some(false));
        assert_eq!(rule_matches("10.0.0.0/33", ip("10.0.0.1")), None);
        assert_eq!(rule_matches("nope", ip("10.0.0.1")), None);
    }
}
