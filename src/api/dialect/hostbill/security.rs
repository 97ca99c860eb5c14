//! `GET /security`: seed 002 documents the call and the fields sent (`rule`; `ssh_key_name`,
//! `ssh_key_key`) but shows no answer, so the lists are read under the names those fields
//! suggest, with the usual alternatives, and an entry without an id is an error (it could not be
//! removed).

use super::envelope::first_list as list;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{IpRuleEntry, SecurityOverview, SshKeyEntry};
use crate::security::ssh_key::parse_key;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct KeyWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, alias = "ssh_key_name", deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    fingerprint: Option<String>,
    #[serde(default, alias = "ssh_key_key", deserialize_with = "wire::opt_text")]
    key: Option<String>,
}

#[derive(Deserialize)]
struct RuleWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(deserialize_with = "wire::text")]
    rule: String,
}

/// Decodes `GET /security`.
pub fn security(v: &Value) -> Result<SecurityOverview, ApiError> {
    let decode = |what: &str, e: serde_json::Error| ApiError::Decode(format!("{what}: {e}"));
    let ssh_keys = list(v, &["sshkeys", "ssh_keys", "keys"])
        .iter()
        .map(|k| {
            let w = wire::from_tree::<KeyWire>(k).map_err(|e| decode("ssh key", e))?;
            let fingerprint = w.fingerprint.or_else(|| {
                w.key
                    .as_deref()
                    .and_then(|k| parse_key(k).ok())
                    .map(|k| k.fingerprint)
            });
            Ok(SshKeyEntry {
                id: w.id,
                name: w.name,
                fingerprint,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let ip_rules = list(v, &["ipaccess", "ip_access", "rules"])
        .iter()
        .map(|r| {
            let w = wire::from_tree::<RuleWire>(r).map_err(|e| decode("ip rule", e))?;
            Ok(IpRuleEntry {
                id: w.id,
                rule: w.rule,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let current_ip = ["your_ip", "current_ip", "ip"]
        .iter()
        .find_map(|n| v.get(*n).and_then(Value::as_str))
        .filter(|s| s.parse::<std::net::IpAddr>().is_ok())
        .map(str::to_string);
    Ok(SecurityOverview {
        ssh_keys,
        ip_rules,
        current_ip,
    })
}
