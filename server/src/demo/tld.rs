//! The demo's domain registry: the TLDs its domain product sells (kept in that product's config
//! as FOSSBilling keeps `Model_Tld` rows: yearly prices for registration, renewal and transfer,
//! the allow flags and the fewest years), which names are taken, and the rules a registration or
//! a transfer must pass, in FOSSBilling 0.6.22's words (`Servicedomain\Service::validateOrderData`,
//! `Servicedomain\Api\Guest::check` and `can_be_transferred`).
//!
//! A name is taken when any demo client holds it, or when it is one of a few well-known names
//! held "elsewhere" (`example`, `google`, ... under every TLD). Only a name held elsewhere can be
//! transferred in: a free name has nothing to transfer, and a client's own is already here.

use super::billing::hundredths;
use super::catalog::ProductRow;
use rusqlite::{Connection, params};
use serde_json::{Value, json};

/// Names the demo treats as registered with another registrar.
const HELD_ELSEWHERE: [&str; 5] = ["example", "google", "wikipedia", "github", "taken"];

/// One TLD on sale (prices in USD hundredths, like the rest of the catalogue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tld {
    pub tld: String,
    pub register: i64,
    pub renew: i64,
    pub transfer: i64,
    pub active: bool,
    pub allow_register: bool,
    pub allow_transfer: bool,
    pub min_years: i64,
}

fn flag(v: &Value) -> bool {
    matches!(v, Value::Bool(true)) || v.as_i64().is_some_and(|n| n != 0)
}

fn money(v: &Value) -> i64 {
    match v {
        Value::String(s) => hundredths(s).unwrap_or(0),
        Value::Number(n) => hundredths(&n.to_string()).unwrap_or(0),
        _ => 0,
    }
}

/// The TLDs in a product's config (none for a product that is not a domain product).
pub fn tlds(product: &ProductRow) -> Vec<Tld> {
    product.config["tlds"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| Tld {
            tld: t["tld"].as_str().unwrap_or("").to_ascii_lowercase(),
            register: money(&t["price_registration"]),
            renew: money(&t["price_renew"]),
            transfer: money(&t["price_transfer"]),
            active: flag(&t["active"]),
            allow_register: flag(&t["allow_register"]),
            allow_transfer: flag(&t["allow_transfer"]),
            min_years: t["min_years"].as_i64().unwrap_or(1),
        })
        .collect()
}

/// FOSSBilling's `tldToApiArray`, the shape of each entry of a domain product's `pricing` and
/// of `guest/servicedomain/tlds`.
pub fn api_array(id: usize, t: &Tld) -> Value {
    let amount = super::reply::amount;
    json!({
        "id": id + 1, "tld": t.tld,
        "price_registration": amount(t.register), "price_renew": amount(t.renew),
        "price_transfer": amount(t.transfer),
        "active": i64::from(t.active), "allow_register": i64::from(t.allow_register),
        "allow_transfer": i64::from(t.allow_transfer), "min_years": t.min_years,
        "registrar": { "id": 1, "title": "Custom" },
    })
}

/// The active TLD named `tld` (with or without its dot).
pub fn find<'a>(list: &'a [Tld], tld: &str) -> Option<&'a Tld> {
    let tld = format!(
        ".{}",
        tld.trim().trim_start_matches('.').to_ascii_lowercase()
    );
    list.iter().find(|t| t.active && t.tld == tld)
}

/// FOSSBilling's `isSldValid`: one label of letters, digits and inner hyphens.
pub fn sld_valid(sld: &str) -> bool {
    !sld.is_empty()
        && sld.len() <= 63
        && !sld.starts_with('-')
        && !sld.ends_with('-')
        && sld.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn held_here(conn: &Connection, domain: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT COUNT(*) FROM services WHERE lower(domain) = ?1",
        params![domain],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

fn held_elsewhere(sld: &str) -> bool {
    HELD_ELSEWHERE.contains(&sld.to_ascii_lowercase().as_str())
}

/// Whether `sld` + `tld` can be registered; `Err` with FOSSBilling's words when not.
pub fn can_register(conn: &Connection, tld: &Tld, sld: &str) -> Result<(), String> {
    let sld = sld.trim().to_ascii_lowercase();
    if !sld_valid(&sld) {
        return Err(format!("Domain name {sld} is invalid"));
    }
    if !tld.allow_register {
        return Err("Domain cannot be registered".into());
    }
    let domain = format!("{sld}{}", tld.tld);
    if held_elsewhere(&sld) || held_here(conn, &domain).unwrap_or(true) {
        return Err("Domain is not available.".into());
    }
    Ok(())
}

/// Whether `sld` + `tld` can be transferred in; `Err` with FOSSBilling's words when not.
pub fn can_transfer(conn: &Connection, tld: &Tld, sld: &str) -> Result<(), String> {
    let sld = sld.trim().to_ascii_lowercase();
    if !sld_valid(&sld) {
        return Err("Domain name is invalid".into());
    }
    if !tld.allow_transfer {
        return Err("Domain cannot be transferred".into());
    }
    let domain = format!("{sld}{}", tld.tld);
    if !held_elsewhere(&sld) || held_here(conn, &domain).unwrap_or(true) {
        return Err("Domain cannot be transferred.".into());
    }
    Ok(())
}

/// A registration or transfer put in the cart: what it is for and what it costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainLine {
    /// `register` or `transfer`.
    pub action: String,
    /// The whole name.
    pub domain: String,
    /// Years charged (a transfer adds one).
    pub years: i64,
    /// USD hundredths per year.
    pub per_year: i64,
}

fn required(f: &Value, key: &str, message: &str) -> Result<String, String> {
    match &f[key] {
        Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_ascii_lowercase()),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err(message.into()),
    }
}

/// FOSSBilling's `validateOrderData` for a domain product's `add_item` fields: the action and,
/// for it, the name, the TLD and the years (registration) or the name and TLD (transfer).
pub fn validate_order(conn: &Connection, list: &[Tld], f: &Value) -> Result<DomainLine, String> {
    let action = required(
        f,
        "action",
        "Are you registering new domain or transferring existing? Action parameter missing",
    )?;
    match action.as_str() {
        "register" => {
            let tld = required(
                f,
                "register_tld",
                "Domain registration tld parameter missing.",
            )?;
            let sld = required(
                f,
                "register_sld",
                "Domain registration sld parameter missing.",
            )?;
            let years = required(
                f,
                "register_years",
                "Years parameter is missing for domain configuration.",
            )?;
            if !sld_valid(&sld) {
                return Err(format!("Domain name {sld} is invalid"));
            }
            let t = find(list, &tld).ok_or("TLD not found")?;
            let years: i64 = years.parse().unwrap_or(0);
            if years < t.min_years {
                return Err(format!(
                    "{} can be registered for at least {} years",
                    t.tld, t.min_years
                ));
            }
            let domain = format!("{sld}{}", t.tld);
            can_register(conn, t, &sld).map_err(|_| format!("{domain} is already registered!"))?;
            Ok(DomainLine {
                action,
                domain,
                years,
                per_year: t.register,
            })
        }
        "transfer" => {
            let tld = required(f, "transfer_tld", "Transfer domain type (TLD) is required.")?;
            let sld = required(f, "transfer_sld", "Transfer domain name (SLD) is required.")?;
            if !sld_valid(&sld) {
                return Err(format!("Domain name {sld} is invalid"));
            }
            let t = find(list, &tld).ok_or("TLD not found")?;
            let domain = format!("{sld}{}", t.tld);
            can_transfer(conn, t, &sld).map_err(|_| format!("{domain} cannot be transferred!"))?;
            Ok(DomainLine {
                action,
                domain,
                years: 1,
                per_year: t.transfer,
            })
        }
        "owndomain" => Err("A domain product registers or transfers a name".into()),
        _ => Err("Invalid domain action.".into()),
    }
}

/// The HostBill cycle code of a number of years (the demo's services keep cycles by code).
pub fn cycle_of_years(years: i64) -> &'static str {
    match years {
        2 => "b",
        3 => "t",
        4 => "p4",
        5 => "p5",
        _ => "a",
    }
}

/// What a registration or transfer of `domain` costs for `years` under `list` (USD hundredths)
/// and the cycle it renews on, priced from the product's own TLD table, never from the request.
pub fn price(list: &[Tld], action: &str, domain: &str, years: i64) -> Result<(i64, i64), String> {
    let domain = domain.trim().to_ascii_lowercase();
    let t = list
        .iter()
        .filter(|t| t.active && domain.ends_with(&t.tld) && domain.len() > t.tld.len())
        .max_by_key(|t| t.tld.len())
        .ok_or("Unknown TLD. Could not determine registration price")?;
    match action {
        "register" if t.allow_register && years >= t.min_years => Ok((t.register * years, years)),
        "register" => Err(format!(
            "{} can be registered for at least {} years",
            t.tld, t.min_years
        )),
        "transfer" if t.allow_transfer => Ok((t.transfer, 1)),
        _ => Err("Domain cannot be transferred".into()),
    }
}
