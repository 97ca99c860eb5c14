//! Pricing, quotes and orders (seed 004: `POST /quote`, `POST /order`, `POST /order/@id`).
//! Every item is priced from its product's cycle, its form answers (monthly item prices times the
//! cycle's months) and its add-ons, in hundredths; a promo code may discount the subtotal; the
//! USD account pays 8 % sales tax, the VND account 10 % VAT (catalogue prices are in USD and are
//! converted at 25,000 VND per USD). Errors are per item, as the seed's `items[].error` shows.

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::billing::hundredths;
use super::catalog::product;
use super::reply::{ApiFailure, Reply, amount};
use super::vm_extras::valid_hostname;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, params};
use serde_json::{Value, json};

fn months(cycle: &str) -> Option<i64> {
    Some(match cycle {
        "m" => 1,
        "q" => 3,
        "s" => 6,
        "a" => 12,
        "b" => 24,
        "t" => 36,
        _ => return None,
    })
}

/// A JSON number or string as hundredths (`5` -> 500, `"9.99"` -> 999).
fn price_of(v: &Value) -> i64 {
    match v {
        Value::Number(n) => hundredths(&n.to_string()).unwrap_or(0),
        Value::String(s) => hundredths(s).unwrap_or(0),
        _ => 0,
    }
}

fn count(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(true) => Some(1),
        _ => None,
    }
}

/// One priced item: recurring per cycle, setup, its cycle, what to call it, and its errors.
pub(super) struct Priced {
    pub(super) product_id: i64,
    pub(super) name: String,
    category: String,
    domain: String,
    cycle: String,
    /// Everything charged per period on the first invoice, add-ons included.
    pub(super) recurring: i64,
    /// The add-ons' share of `recurring`, each under its own cycle: a monthly add-on on a
    /// yearly plan renews monthly, and the quote says so instead of folding it into the year.
    own_cycles: Vec<(String, i64)>,
    pub(super) setup: i64,
    pub(super) errors: Vec<String>,
}

fn price_item(conn: &Connection, item: &Value) -> rusqlite::Result<Priced> {
    let pid = item.get("product_id").and_then(count).unwrap_or(-1);
    let cycle = item
        .get("cycle")
        .and_then(Value::as_str)
        .unwrap_or("m")
        .to_string();
    let domain = item
        .get("domain")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string();
    let mut out = Priced {
        product_id: pid,
        name: String::new(),
        category: String::new(),
        domain: domain.clone(),
        cycle: cycle.clone(),
        recurring: 0,
        own_cycles: vec![],
        setup: 0,
        errors: vec![],
    };
    let Some(p) = product(conn, pid)? else {
        out.errors.push("Product not found".into());
        return Ok(out);
    };
    out.name = p.name.clone();
    out.category = p.category.clone();
    if p.stock == 0 {
        out.errors.push("This product is out of stock".into());
    }
    // A domain product's registration or transfer is priced by its TLD and years.
    if let Some(action) = item.get("domain_action").and_then(Value::as_str) {
        let years = item.get("years").and_then(count).unwrap_or(1);
        match super::tld::price(&super::tld::tlds(&p), action, &domain, years) {
            Ok((recurring, years)) => {
                out.recurring = recurring;
                out.cycle = super::tld::cycle_of_years(years).to_string();
                out.name = domain.to_ascii_lowercase();
            }
            Err(e) => out.errors.push(e),
        }
        return Ok(out);
    }
    // HostBill orders the domain product with the name and a yearly cycle: a registration of
    // that many years, priced by its TLD like the domain search says, and refused when the name
    // is taken.
    let sold = super::tld::tlds(&p);
    if !sold.is_empty() {
        let years = match cycle.as_str() {
            "a" => 1,
            "b" => 2,
            "t" => 3,
            _ => {
                out.errors
                    .push(format!("Billing cycle {cycle} is not offered"));
                return Ok(out);
            }
        };
        if !valid_hostname(&domain) {
            out.errors.push("Invalid domain name".into());
            return Ok(out);
        }
        match super::tld::price(&sold, "register", &domain, years) {
            Ok((recurring, _)) => out.recurring = recurring,
            Err(e) => out.errors.push(e),
        }
        let (sld, tld) = domain.split_once('.').unwrap_or((&domain, ""));
        if let Some(t) = super::tld::find(&sold, tld)
            && let Err(e) = super::tld::can_register(conn, t, sld)
        {
            out.errors.push(e);
        }
        return Ok(out);
    }
    let Some(base) = p.prices.get(&cycle).and_then(Value::as_str) else {
        out.errors
            .push(format!("Billing cycle {cycle} is not offered"));
        return Ok(out);
    };
    out.recurring = hundredths(base).unwrap_or(0);
    let factor = months(&cycle).unwrap_or(1);
    if p.config["domain"].as_bool().unwrap_or(false) && !valid_hostname(&domain) {
        out.errors.push("Invalid domain name".into());
    }
    let answers = item.get("custom").cloned().unwrap_or(Value::Null);
    let hidden = hidden_forms(&p.config, &answers);
    for form in p.config["forms"].as_array().into_iter().flatten() {
        let id = form["id"].as_str().unwrap_or("");
        if hidden.contains(id) {
            continue;
        }
        let title = form["title"].as_str().unwrap_or(id);
        let answer = answers.get(id).and_then(Value::as_object);
        let kind = form["type"].as_str().unwrap_or("");
        let empty = answer.is_none_or(|a| {
            a.is_empty()
                || (kind == "input"
                    && a.values()
                        .all(|v| v.as_str().is_none_or(|s| s.trim().is_empty())))
        });
        if empty {
            if form["required"].as_bool().unwrap_or(false) {
                out.errors.push(format!("{title} is required"));
            }
            continue;
        }
        let (min, max) = (
            form["config"]["minvalue"].as_i64().unwrap_or(0),
            form["config"]["maxvalue"].as_i64().unwrap_or(i64::MAX),
        );
        for (item_id, value) in answer.into_iter().flatten() {
            let Some(it) =
                form["items"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|i| match &i["id"] {
                        Value::Number(n) => n.as_i64().is_some_and(|n| item_id.parse() == Ok(n)),
                        Value::String(s) => s == item_id,
                        _ => false,
                    })
            else {
                out.errors.push(format!("{title}: unknown choice"));
                continue;
            };
            let units = match kind {
                "slider" | "qty" => {
                    let n = count(value).unwrap_or(-1);
                    if n < min || n > max {
                        out.errors
                            .push(format!("{title} must be between {min} and {max}"));
                        continue;
                    }
                    n
                }
                "input" => 1,
                _ => 1,
            };
            out.recurring += price_of(&it["price"]) * factor * units;
            out.setup += price_of(&it["setup"]);
        }
    }
    for (flags, cycles, list, noun) in [
        ("addon", "addon_cycles", "addons", "Add-on"),
        (
            "subproducts",
            "subproducts_cycles",
            "subproducts",
            "Sub-product",
        ),
    ] {
        let chosen = item.get(flags).and_then(Value::as_object);
        for (id, _) in chosen.into_iter().flatten() {
            let extra_cycle = item[cycles][id].as_str().unwrap_or("m");
            let def = p.config[list]
                .as_array()
                .into_iter()
                .flatten()
                .find(|a| a["id"].as_str() == Some(id.as_str()));
            let price = def.and_then(|a| {
                a["config"].as_array()?.iter().find_map(|c| {
                    c["items"]
                        .as_array()?
                        .iter()
                        .find(|i| i["value"].as_str() == Some(extra_cycle))
                })
            });
            match price {
                Some(i) => {
                    out.recurring += price_of(&i["price"]);
                    out.own_cycles
                        .push((extra_cycle.to_string(), price_of(&i["price"])));
                    out.setup += price_of(&i["setup"]);
                }
                None => out.errors.push(format!("{noun} {id} is not available")),
            }
        }
    }
    Ok(out)
}

/// Forms hidden by the config's conditional rules for these answers (the demo's own rules use
/// `{"condition": "eq"|"neq", "value": <item id>, "action": "show"|"hide", "target": <form id>}`):
/// their answers are neither priced nor required, as the client area expects.
fn hidden_forms(config: &Value, answers: &Value) -> std::collections::BTreeSet<String> {
    let forms = config["forms"].as_array().cloned().unwrap_or_default();
    let rules: Vec<(String, &Value)> = forms
        .iter()
        .flat_map(|f| {
            let id = f["id"].as_str().unwrap_or("").to_string();
            f["config"]["conditionals"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |r| (id.clone(), r))
        })
        .collect();
    let target = |r: &Value| r["target"].as_str().unwrap_or("").to_string();
    let only_shown: std::collections::BTreeSet<String> = rules
        .iter()
        .filter(|(_, r)| r["action"].as_str().unwrap_or("show") == "show")
        .map(|(_, r)| target(r))
        .collect();
    let mut hidden = only_shown.clone();
    for _ in 0..=forms.len() {
        let (mut shown, mut hide) = (
            std::collections::BTreeSet::new(),
            std::collections::BTreeSet::new(),
        );
        for (source, r) in rules.iter().filter(|(s, _)| !hidden.contains(s)) {
            let value = match &r["value"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let is = answers[source.as_str()]
                .as_object()
                .is_some_and(|a| a.contains_key(&value));
            if is != (r["condition"].as_str() == Some("neq")) {
                match r["action"].as_str().unwrap_or("show") {
                    "hide" => hide.insert(target(r)),
                    _ => shown.insert(target(r)),
                };
            }
        }
        let next = only_shown.difference(&shown).cloned().chain(hide).collect();
        if next == hidden {
            break;
        }
        hidden = next;
    }
    hidden
}

/// Discount in hundredths for a promo code, or `Err` when the code is not valid.
/// A promo code's discount in hundredths, or `Err` for a code that does not exist.
pub(super) fn discount(code: &str, items: &[Priced], subtotal: i64) -> Result<i64, ()> {
    match code.trim().to_ascii_uppercase().as_str() {
        "" => Ok(0),
        "WELCOME10" => Ok(subtotal / 10),
        "CLOUD5" => Ok(items
            .iter()
            .filter(|i| i.category == "Cloud Servers")
            .count() as i64
            * 500),
        _ => Err(()),
    }
}

pub(super) struct Totals {
    pub(super) items: Vec<Priced>,
    pub(super) subtotal: i64,
    pub(super) discount: i64,
    tax_name: &'static str,
    tax_rate: i64,
    tax: i64,
    pub(super) total: i64,
    pub(super) currency: String,
    pub(super) promo_error: bool,
}

pub(super) fn totals(conn: &Connection, client: i64, body: &Value) -> Result<Totals, ApiFailure> {
    let (currency, rate) = super::catalog::client_rate(conn, client)?;
    totals_at(conn, currency, rate, body)
}

/// The totals of an order body in `currency`, `rate` of its hundredths per USD hundredth (the
/// catalogue's own prices at a rate of one).
pub(super) fn totals_at(
    conn: &Connection,
    currency: String,
    rate: i64,
    body: &Value,
) -> Result<Totals, ApiFailure> {
    let list = body
        .get("items")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if list.is_empty() {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "The cart is empty",
        ));
    }
    let mut items = Vec::new();
    for it in &list {
        let mut p = price_item(conn, it)?;
        p.recurring *= rate;
        p.setup *= rate;
        p.own_cycles.iter_mut().for_each(|e| e.1 *= rate);
        items.push(p);
    }
    let subtotal: i64 = items.iter().map(|i| i.recurring + i.setup).sum();
    let promo = body.get("promocode").and_then(Value::as_str).unwrap_or("");
    let (discount, promo_error) = match discount(promo, &items, subtotal) {
        Ok(d) => (
            d * if promo.eq_ignore_ascii_case("CLOUD5") {
                rate
            } else {
                1
            },
            false,
        ),
        Err(()) => (0, true),
    };
    let (tax_name, tax_rate) = if currency == "VND" {
        ("VAT", 10)
    } else {
        ("Sales tax", 8)
    };
    let taxable = (subtotal - discount).max(0);
    // Half up to the minor unit (whole dong for VND).
    let unit = if currency == "VND" { 100 } else { 1 };
    let tax = ((taxable * tax_rate + 50 * unit) / (100 * unit)) * unit;
    Ok(Totals {
        subtotal,
        discount,
        tax_name,
        tax_rate,
        tax,
        total: taxable + tax,
        currency,
        promo_error,
        items,
    })
}

fn money(hundredths: i64) -> Value {
    json!(hundredths as f64 / 100.0)
}

/// `POST /quote`: the seed's summary and per-item verdicts.
pub async fn quote(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let body = body_fields(&headers, &body);
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let t = totals(&conn, client, &body)?;
    // What renews, per cycle: each item at its own cycle, each add-on at the add-on's.
    let mut recurring: Vec<(String, i64)> = Vec::new();
    let mut add = |cycle: &str, price: i64| match recurring.iter_mut().find(|r| r.0 == cycle) {
        Some(r) => r.1 += price,
        None => recurring.push((cycle.to_string(), price)),
    };
    for i in &t.items {
        let extras: i64 = i.own_cycles.iter().map(|e| e.1).sum();
        add(&i.cycle, i.recurring - extras);
        for (cycle, price) in &i.own_cycles {
            add(cycle, *price);
        }
    }
    let word = |c: &str| match c {
        "m" => "Monthly",
        "q" => "Quarterly",
        "s" => "Semi-Annually",
        "a" => "Annually",
        "b" => "Biennially",
        "t" => "Triennially",
        _ => "Other",
    };
    let items: Vec<Value> = t
        .items
        .iter()
        .enumerate()
        .map(|(n, i)| {
            json!({
                "product": {"id": i.product_id, "name": i.name, "category_name": i.category, "domain": i.domain},
                "domains": {}, "coupon": {}, "index": n, "valid": i.errors.is_empty(),
                "info": [], "error": i.errors,
            })
        })
        .collect();
    let mut answer = json!({
        "summary": {
            "subtotal": money(t.subtotal), "total": money(t.total), "credit": 0,
            "discount": money(t.discount), "cost": money(t.subtotal),
            "recurring": recurring.iter().map(|(c, p)| json!({"title": word(c), "price": money(*p), "value": c})).collect::<Vec<_>>(),
            "tax": [{"name": t.tax_name, "tax": money(t.tax), "value": t.tax_rate}],
            "currency": t.currency,
        },
        "items": items,
    });
    if t.promo_error {
        answer["error"] = json!(["Promotion code is not valid"]);
    }
    Ok(Json(answer))
}

pub(super) fn place(conn: &mut Connection, client: i64, body: &Value) -> Result<Value, ApiFailure> {
    let t = totals(conn, client, body)?;
    if t.promo_error {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Promotion code is not valid",
        ));
    }
    if let Some((n, i)) = t
        .items
        .iter()
        .enumerate()
        .find(|(_, i)| !i.errors.is_empty())
    {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!("Item {}: {}", n + 1, i.errors.join("; ")),
        ));
    }
    let tx = conn.transaction()?;
    let id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
        r.get(0)
    })?;
    let now = chrono::Local::now();
    let today = now.format("%Y-%m-%d").to_string();
    let number = format!("{}/{}", now.format("%Y/%m"), id);
    tx.execute(
        "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, tax, taxrate, total, status, currency, notes) \
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, 'Unpaid', ?9, 'New order')",
        params![id, client, number, today, t.subtotal - t.discount, t.tax, t.tax_rate.to_string(), t.total, t.currency],
    )?;
    let mut rows = Vec::new();
    for i in &t.items {
        let cycle = match i.cycle.as_str() {
            "a" => "Annually",
            "q" => "Quarterly",
            "s" => "Semi-Annually",
            "b" => "Biennially",
            "t" => "Triennially",
            "p4" => "Quadrennially",
            "p5" => "Quinquennially",
            _ => "Monthly",
        };
        tx.execute(
            "INSERT INTO services(client_id, product_id, name, category, domain, total, billingcycle, date_created, next_due, status, username) \
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?8,'Pending','')",
            params![client, i.product_id, i.name, i.category, i.domain, i.recurring, cycle, today],
        )?;
        let service = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO invoice_items(invoice_id, type, item_id, description, amount, qty, taxed) VALUES (?1,'Hosting',?2,?3,?4,'1.00',1)",
            params![id, service, format!("{} ({cycle})", i.name), i.recurring + i.setup],
        )?;
        rows.push(json!({"type": "Hosting", "id": service.to_string(), "name": i.name, "product_id": i.product_id.to_string()}));
    }
    if t.discount > 0 {
        tx.execute(
            "INSERT INTO invoice_items(invoice_id, type, description, amount, qty, taxed) VALUES (?1,'Discount','Promotion',?2,'1.00',0)",
            params![id, -t.discount],
        )?;
    }
    tx.commit()?;
    Ok(json!({
        "order_num": 873_340_000 + id, "invoice_id": id.to_string(), "total": amount(t.total), "items": rows,
    }))
}

/// `POST /order` with several items: answers `order_num_list`.
pub async fn order_many(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let body = body_fields(&headers, &body);
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let placed = place(&mut conn, client, &body)?;
    Ok(Json(json!({ "order_num_list": [placed] })))
}

/// `POST /order/@product_id` with one item's fields at the top level.
pub async fn order_one(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let mut item = body_fields(&headers, &body);
    item["product_id"] = json!(id);
    let promo = item.get("promocode").cloned().unwrap_or(Value::Null);
    let body = json!({ "items": [item], "promocode": promo });
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    Ok(Json(place(&mut conn, client, &body)?))
}

/// `POST /service/@id/upgrade` with `package`, `resources` and `send`: without `send` it only
/// estimates (the monthly difference, never below zero); with it, it changes the service and
/// bills the difference for the first month on a new invoice.
pub async fn upgrade(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, product) = super::catalog::upgradable(&conn, client, &id)?;
    let package = f.get("package").and_then(count).unwrap_or(product);
    let target = super::catalog::product(&conn, package)?
        .filter(|p| p.category == "Cloud Servers")
        .ok_or_else(|| ApiFailure::new(StatusCode::BAD_REQUEST, "Unknown package"))?;
    if target.stock == 0 {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "This package is sold out",
        ));
    }
    let bandwidth = match f["resources"].get("1557") {
        None | Some(Value::Null) => 0,
        Some(v) => {
            let item = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            super::catalog::bandwidth_price(&item).ok_or_else(|| {
                ApiFailure::new(StatusCode::BAD_REQUEST, "Unknown bandwidth option")
            })?
        }
    };
    let current: i64 = conn.query_row(
        "SELECT total FROM services WHERE id = ?1",
        params![service],
        |r| r.get(0),
    )?;
    // The catalogue is in USD; the service and any invoice are in the client's currency.
    let (currency, rate) = super::catalog::client_rate(&conn, client)?;
    let new_price = (target
        .prices
        .get("m")
        .and_then(Value::as_str)
        .and_then(hundredths)
        .unwrap_or(0)
        + bandwidth)
        * rate;
    let difference = (new_price - current).max(0);
    let send = matches!(f.get("send"), Some(Value::Bool(true)))
        || f.get("send").and_then(Value::as_str) == Some("1");
    if !send {
        return Ok(Json(json!({
            "success": true,
            "estimate": {"total": amount(difference), "recurring": amount(new_price), "package": target.name},
        })));
    }
    if package == product && bandwidth == 0 {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "Nothing to change",
        ));
    }
    let tx = conn.transaction()?;
    let mut invoice = None;
    if difference > 0 {
        let id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoices", [], |r| {
            r.get(0)
        })?;
        let now = chrono::Local::now();
        tx.execute(
            "INSERT INTO invoices(id, client_id, number, date, duedate, subtotal, total, status, currency, notes) \
             VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5, 'Unpaid', ?6, 'Upgrade')",
            params![id, client, format!("{}/{}", now.format("%Y/%m"), id), now.format("%Y-%m-%d").to_string(), difference, currency],
        )?;
        tx.execute(
            "INSERT INTO invoice_items(invoice_id, type, item_id, description, amount, qty, taxed) VALUES (?1,'Upgrade',?2,?3,?4,'1.00',0)",
            params![id, service, format!("Upgrade to {}", target.name), difference],
        )?;
        invoice = Some(id.to_string());
    }
    tx.execute(
        "UPDATE services SET product_id = ?1, name = ?2, total = ?3 WHERE id = ?4",
        params![package, target.name, new_price, service],
    )?;
    tx.commit()?;
    Ok(Json(
        json!({ "success": true, "invoice_id": invoice, "info": ["upgrade_requested"] }),
    ))
}
