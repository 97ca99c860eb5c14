//! HostBill's client settings (seed 002): `GET /clientarea/settings` (the seed shows no answer;
//! the settings are read from `configs`, `settings` or the answer itself, by the names `POST`
//! takes) and `POST /clientarea/settings` with `{"configs": {name: value}}`.

use crate::model::settings::AccountSettings;
use serde_json::{Map, Value, json};

fn flag(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_i64().unwrap_or(0) != 0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "1" | "on" | "true" | "yes" => Some(true),
            "0" | "off" | "false" | "no" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn nameservers(v: &Value) -> Option<Vec<String>> {
    let list: Vec<String> = match v {
        Value::Array(a) => a
            .iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect(),
        Value::String(s) => s.split([',', '\n', ';', ' ']).map(str::to_string).collect(),
        Value::Object(o) => o
            .values()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect(),
        _ => return None,
    };
    Some(
        list.into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

/// `GET /clientarea/settings`.
pub fn settings(v: &Value) -> AccountSettings {
    let c = v
        .get("configs")
        .or_else(|| v.get("settings"))
        .filter(|c| c.is_object())
        .unwrap_or(v);
    AccountSettings {
        payment_method: c.get("DefaultPaymentModule").and_then(|m| match m {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }),
        credit_auto_apply: c.get("CreditAutoApply").and_then(flag),
        notifications: c.get("ClientNotifications").and_then(flag),
        nameservers: c.get("DefaultNameservers").and_then(nameservers),
    }
}

/// `POST /clientarea/settings`' body: only the settings the portal answered.
pub fn settings_body(s: &AccountSettings) -> Value {
    let mut configs = Map::new();
    if let Some(m) = &s.payment_method {
        configs.insert("DefaultPaymentModule".into(), json!(m));
    }
    if let Some(on) = s.credit_auto_apply {
        configs.insert("CreditAutoApply".into(), json!(if on { "1" } else { "0" }));
    }
    if let Some(on) = s.notifications {
        configs.insert(
            "ClientNotifications".into(),
            json!(if on { "1" } else { "0" }),
        );
    }
    if let Some(ns) = &s.nameservers {
        configs.insert("DefaultNameservers".into(), json!(ns));
    }
    json!({ "configs": configs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_from_any_wrapper_and_sent_back_by_the_names_post_takes() {
        let v = json!({"configs": {"DefaultPaymentModule": 12, "CreditAutoApply": "on",
            "ClientNotifications": "0", "DefaultNameservers": "ns1.example.net, ns2.example.net"}});
        let s = settings(&v);
        assert_eq!(s.payment_method.as_deref(), Some("12"));
        assert_eq!(
            (s.credit_auto_apply, s.notifications),
            (Some(true), Some(false))
        );
        assert_eq!(
            s.nameservers.clone().unwrap(),
            ["ns1.example.net", "ns2.example.net"]
        );
        assert_eq!(
            settings(&json!({"settings": {"CreditAutoApply": 1}})).credit_auto_apply,
            Some(true)
        );
        let body = settings_body(&s);
        assert_eq!(body["configs"]["CreditAutoApply"], "1");
        assert_eq!(
            body["configs"]["DefaultNameservers"],
            json!(["ns1.example.net", "ns2.example.net"])
        );
        // What was not answered is not sent.
        let none = settings_body(&settings(&json!({})));
        assert_eq!(none, json!({"configs": {}}));
    }
}
