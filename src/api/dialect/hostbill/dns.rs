//! HostBill DNS (seed 004): `GET /dns` lists zones with their service, a zone's details carry its
//! `records`, and record calls answer the `record`. The documents' examples have empty names and
//! content; SRV content may come as a list (`[weight, port, target]`), joined here.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::dns::{Record, RecordType};
use crate::model::{Zone, ZoneSummary};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct ZoneRowWire {
    #[serde(deserialize_with = "wire::id")]
    domain_id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    service_id: Option<String>,
}

impl ZoneRowWire {
    /// The zone, under its own `service_id` or (a service's list may leave it out) `service`.
    fn summary(self, service: Option<&str>) -> Result<ZoneSummary, ApiError> {
        let service_id = self
            .service_id
            .or_else(|| service.map(str::to_string))
            .ok_or_else(|| ApiError::Decode("a zone without its service".into()))?;
        Ok(ZoneSummary {
            id: self.domain_id,
            service_id,
            name: self.name.trim_end_matches('.').to_ascii_lowercase(),
        })
    }
}

/// `GET /dns`.
pub fn zones(v: &Value) -> Result<Vec<ZoneSummary>, ApiError> {
    let rows: Vec<ZoneRowWire> = field(v, "zones")?;
    rows.into_iter().map(|w| w.summary(None)).collect()
}

/// `GET /service/@service_id/dns`: the service's zones, in the rows of `GET /dns` (the
/// documents' only example is the refusal of a service without DNS, see
/// [`has_no_dns`]); a row without its `service_id` is the asked service's.
pub fn service_zones(v: &Value, service_id: &str) -> Result<Vec<ZoneSummary>, ApiError> {
    let rows: Vec<ZoneRowWire> = field(v, "zones")?;
    rows.into_iter()
        .map(|w| w.summary(Some(service_id)))
        .collect()
}

/// The portal's answer to a DNS call on a service whose module has none: the documents'
/// example of `GET /service/@service_id/dns` is `{"error": ["invalid method"]}`.
pub fn has_no_dns(e: &ApiError) -> bool {
    matches!(e, ApiError::Portal { messages, .. }
        if messages.iter().any(|m| m.trim().eq_ignore_ascii_case("invalid method")))
}

#[derive(Deserialize)]
struct RecordWire {
    #[serde(default, deserialize_with = "wire::opt_text")]
    id: Option<String>,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(rename = "type", deserialize_with = "wire::text")]
    rtype: String,
    #[serde(default, deserialize_with = "wire::text")]
    ttl: String,
    #[serde(default, deserialize_with = "wire::text")]
    priority: String,
    #[serde(default)]
    content: Value,
}

impl RecordWire {
    fn record(self) -> Result<Record, ApiError> {
        let content = match self.content {
            Value::String(s) => s,
            Value::Array(parts) => parts
                .iter()
                .map(|p| {
                    p.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| p.to_string())
                })
                .collect::<Vec<_>>()
                .join(" "),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        let num = |s: &str, what: &str| -> Result<u64, ApiError> {
            if s.trim().is_empty() {
                return Ok(0);
            }
            s.trim()
                .parse()
                .map_err(|_| ApiError::Decode(format!("record {what}: {s:?}")))
        };
        Ok(Record {
            id: self.id,
            name: if self.name.is_empty() {
                "@".into()
            } else {
                self.name
            },
            rtype: RecordType::parse(&self.rtype),
            ttl: u32::try_from(num(&self.ttl, "ttl")?)
                .map_err(|_| ApiError::Decode("record ttl out of range".into()))?,
            priority: u16::try_from(num(&self.priority, "priority")?)
                .map_err(|_| ApiError::Decode("record priority out of range".into()))?,
            content,
        })
    }
}

#[derive(Deserialize)]
struct ZoneWire {
    #[serde(default, deserialize_with = "wire::opt_text")]
    id: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    domain_id: Option<String>,
    #[serde(deserialize_with = "wire::id")]
    service_id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default)]
    records: Vec<RecordWire>,
}

/// `GET /service/@service_id/dns/@zone_id`: the zone at the root or under `zone`. SOA records
/// are left out (the portal manages them).
pub fn zone(v: &Value, zone_id: &str) -> Result<Zone, ApiError> {
    let inner = v.get("zone").unwrap_or(v);
    let w =
        wire::from_tree::<ZoneWire>(inner).map_err(|e| ApiError::Decode(format!("zone: {e}")))?;
    zone_of(w, zone_id)
}

fn zone_of(w: ZoneWire, zone_id: &str) -> Result<Zone, ApiError> {
    let records = w
        .records
        .into_iter()
        .map(RecordWire::record)
        .filter(|r| !matches!(r, Ok(r) if r.rtype == RecordType::Other("SOA".into())))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Zone {
        id: w.id.or(w.domain_id).unwrap_or_else(|| zone_id.to_string()),
        service_id: w.service_id,
        name: w.name.trim_end_matches('.').to_ascii_lowercase(),
        records,
    })
}

#[derive(Deserialize)]
struct NestedZoneWire {
    zone: ZoneWire,
}

/// A zone from the body text, decoded straight into the wire types (a 5,000-record zone opens
/// about twice as fast as through a JSON tree); anything else goes through the envelope decoder.
pub fn zone_from_text(body: &str, zone_id: &str) -> Result<Zone, ApiError> {
    let typed = serde_json::from_str::<ZoneWire>(body)
        .or_else(|_| serde_json::from_str::<NestedZoneWire>(body).map(|n| n.zone));
    match typed {
        Ok(w) => zone_of(w, zone_id),
        Err(_) => zone(
            &super::decode_envelope(&crate::api::http::RawResponse {
                csrf_token: None,
                status: 200,
                retry_after: None,
                body: body.to_string(),
                bytes: None,
            })?,
            zone_id,
        ),
    }
}

/// The `record` of an add or edit answer.
pub fn record(v: &Value) -> Result<Record, ApiError> {
    let w: RecordWire = field(v, "record")?;
    w.record()
}

/// A record as sent: priority only where the type has one.
pub fn record_body(r: &Record) -> Value {
    serde_json::json!({
        "name": r.name,
        "ttl": r.ttl,
        "priority": if r.rtype.has_priority() { r.priority } else { 0 },
        "type": r.rtype.as_str(),
        "content": r.content,
    })
}
