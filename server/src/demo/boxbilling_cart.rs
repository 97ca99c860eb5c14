//! BoxBilling's catalogue and session cart in the demo (calls the seed does not list but that
//! `client/cart/checkout` needs): `guest/product/get_list`, `guest/cart/{get, reset, add_item,
//! remove_item, apply_promo, remove_promo}`, and the checkout itself. Shapes follow BoxBilling's
//! `Cart\Service::toApiArray` and `checkoutCart`: the cart total is before tax (tax is added on the
//! invoice), `add_item` replaces the cart unless `multiple` is set, and checkout pays the new
//! invoice from the account balance when the balance covers it (BoxBilling's `use_credits`),
//! answering `invoice_hash: null` in that case.
//!
//! The cart lives in memory, keyed by the session cookie as PHP's session would be; a request
//! without one gets a new cookie. Prices, forms and promo codes come from the HostBill demo's
//! order rules, so every dialect sells the same things at the same prices.

use super::DemoState;
use super::boxbilling::{COOKIE, client_of, fail, internal, invoice_hash, ok, session_cookie};
use super::catalog::product;
use super::ordering;
use super::reply::amount;
use super::tld::{self, DomainLine};
use super::vm_extras::valid_hostname;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use rusqlite::{Connection, params};
use serde_json::{Map, Value, json};

/// One session's cart.
#[derive(Clone, Debug, Default)]
pub struct Cart {
    items: Vec<CartLine>,
    promo: Option<String>,
    next_id: i64,
}

#[derive(Clone, Debug)]
struct CartLine {
    id: i64,
    product_id: i64,
    /// BoxBilling period code (`1M`, `1Y`, ...).
    period: String,
    domain: String,
    /// A domain product's registration or transfer.
    domain_line: Option<DomainLine>,
}

/// BoxBilling period codes and the HostBill cycle codes the demo prices by.
const PERIODS: [(&str, &str); 6] = [
    ("1M", "m"),
    ("3M", "q"),
    ("6M", "s"),
    ("1Y", "a"),
    ("2Y", "b"),
    ("3Y", "t"),
];

fn cycle_of(period: &str) -> Option<&'static str> {
    PERIODS.iter().find(|(p, _)| *p == period).map(|(_, c)| *c)
}

/// BoxBilling's product type for a demo category.
fn product_type(category: &str) -> &'static str {
    match category {
        "Cloud Servers" => "solusvm",
        "Domains" => "domain",
        _ => "hosting",
    }
}

fn text(f: &Value, key: &str) -> String {
    match f.get(key) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn truthy(f: &Value, key: &str) -> bool {
    matches!(f.get(key), Some(Value::Bool(true))) || matches!(text(f, key).as_str(), "1" | "true")
}

/// The domain of an `add_item` call: `domain[owndomain_sld]` + `domain[owndomain_tld]` (also
/// `register_*`), or a plain `domain`.
fn domain_of(f: &Value) -> String {
    let d = &f["domain"];
    if let Some(s) = d.as_str() {
        return s.trim().to_ascii_lowercase();
    }
    for kind in ["owndomain", "register", "transfer"] {
        let sld = text(d, &format!("{kind}_sld"));
        let tld = text(d, &format!("{kind}_tld"));
        if !sld.is_empty() {
            return format!("{sld}.{}", tld.trim_start_matches('.')).to_ascii_lowercase();
        }
    }
    String::new()
}

/// Answers for a product's required choices (the selected item of each drop-down and radio):
/// BoxBilling's own forms are not part of its client API, so the demo's cloud options take their
/// defaults, as a BoxBilling product without a custom form would.
fn default_answers(config: &Value) -> Value {
    let mut custom = Map::new();
    for form in config["forms"].as_array().into_iter().flatten() {
        if !matches!(form["type"].as_str(), Some("select" | "radio")) {
            continue;
        }
        let items = form["items"].as_array().cloned().unwrap_or_default();
        let pick = items
            .iter()
            .find(|i| i["selected"] == json!(true))
            .or(items.first());
        if let (Some(id), Some(item)) = (form["id"].as_str(), pick) {
            let item_id = match &item["id"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            custom.insert(id.to_string(), json!({ item_id: 1 }));
        }
    }
    Value::Object(custom)
}

/// The cart as a HostBill order body, for the shared pricing and order rules.
fn order_body(conn: &Connection, cart: &Cart) -> rusqlite::Result<Value> {
    let mut items = Vec::new();
    for line in &cart.items {
        let config = product(conn, line.product_id)?
            .map(|p| p.config)
            .unwrap_or(Value::Null);
        let mut item = json!({
            "type": "product", "product_id": line.product_id.to_string(),
            "cycle": cycle_of(&line.period).unwrap_or("m"), "domain": line.domain,
            "custom": default_answers(&config),
        });
        if let Some(d) = &line.domain_line {
            item["domain_action"] = json!(d.action);
            item["years"] = json!(d.years);
        }
        items.push(item);
    }
    Ok(json!({ "items": items, "promocode": cart.promo.clone().unwrap_or_default() }))
}

/// The cart key of a request and, when it had no session cookie, the cookie to set.
fn session(headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    match session_cookie(headers) {
        Some(sid) => (sid, None),
        None => {
            let sid = super::auth::random_token();
            let cookie =
                HeaderValue::from_str(&format!("{COOKIE}={sid}; Path=/; HttpOnly; SameSite=Lax"))
                    .ok();
            (sid, cookie)
        }
    }
}

/// `POST /guest/<module>/<method>` (other than the login).
pub async fn guest(
    State(demo): State<DemoState>,
    Path((module, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let f = super::auth::body_fields(&headers, &body);
    let (sid, new_cookie) = session(&headers);
    // A signed-in visitor's cart is priced in their currency; a guest's in the first account's.
    let client = client_of(&demo, &headers).unwrap_or(1);
    let mut answer = match (module.as_str(), method.as_str()) {
        ("product", "get_list") => product_list(&demo, &f),
        ("product", "category_get_pairs") => category_pairs(&demo),
        ("servicedomain", m) => domain_call(&demo, m, &f),
        ("currency", m) => currency_call(m, &f),
        ("cart", m) => cart_call(&demo, &sid, client, m, &f),
        _ => fail(&format!("Method {module}/{method} is not available"), 740),
    };
    if let Some(cookie) = new_cookie {
        answer.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    answer
}

/// `guest/product/get_list`: every product with its category and its pricing by period.
fn product_list(demo: &DemoState, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Vec<Value>> {
        let mut stmt = conn.prepare(
            "SELECT p.id, c.id, c.name FROM products p JOIN categories c ON c.id = p.category_id ORDER BY p.id",
        )?;
        let rows: Vec<(i64, i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for (id, category_id, category) in rows {
            let Some(p) = product(&conn, id)? else {
                continue;
            };
            let tlds = tld::tlds(&p);
            if !tlds.is_empty() {
                // As FOSSBilling's `ProductDomainTable::getPricingArray`: the active TLDs, keyed
                // by TLD, no `type` (real-answers product_get_list.json).
                let pricing: Map<String, Value> = tlds
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.active)
                    .map(|(i, t)| {
                        let mut row = tld::api_array(i, t);
                        if let Some(o) = row.as_object_mut() {
                            o.remove("id");
                        }
                        (t.tld.clone(), row)
                    })
                    .collect();
                out.push(json!({
                    "id": p.id, "title": p.name, "description": p.description,
                    "type": "domain", "status": "enabled",
                    "product_category_id": category_id, "category": null,
                    "stock_control": false, "quantity_in_stock": 0, "pricing": pricing,
                }));
                continue;
            }
            let mut recurrent = Map::new();
            for (period, cycle) in PERIODS {
                if let Some(price) = p.prices.get(cycle).and_then(Value::as_str) {
                    recurrent.insert(
                        period.to_string(),
                        json!({ "price": price, "setup": "0.00", "enabled": true }),
                    );
                }
            }
            out.push(json!({
                "id": p.id, "title": p.name, "description": p.description,
                "type": product_type(&category), "status": "enabled",
                // As FOSSBilling 0.6.22: the category's id only (its name comes from
                // `category_get_pairs`; real-answers product_get_list.json).
                "product_category_id": category_id, "category": null,
                "stock_control": p.stock >= 0, "quantity_in_stock": p.stock.max(0),
                "pricing": { "type": "recurrent", "recurrent": recurrent },
            }));
        }
        Ok(out)
    };
    match run() {
        Ok(rows) => super::boxbilling::paged(rows, f),
        Err(_) => internal(),
    }
}

/// `guest/product/category_get_pairs`: `{"<id>": "<title>"}` of the categories on sale.
fn category_pairs(demo: &DemoState) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let run = || -> rusqlite::Result<Map<String, Value>> {
        let mut stmt = conn.prepare("SELECT id, name FROM categories ORDER BY id")?;
        stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?.to_string(),
                json!(r.get::<_, String>(1)?),
            ))
        })?
        .collect()
    };
    match run() {
        Ok(pairs) => ok(Value::Object(pairs)),
        Err(_) => internal(),
    }
}

fn cart_call(demo: &DemoState, sid: &str, client: i64, method: &str, f: &Value) -> Response {
    let Ok(mut carts) = demo.bb_carts.lock() else {
        return internal();
    };
    let cart = carts.entry(sid.to_string()).or_default();
    match method {
        "get" => {
            let Ok(conn) = demo.db.lock() else {
                return internal();
            };
            match cart_json(&conn, client, cart) {
                Ok(v) => ok(v),
                Err(_) => internal(),
            }
        }
        "reset" => {
            *cart = Cart::default();
            ok(json!(true))
        }
        "add_item" => add_item(demo, cart, f),
        "remove_item" => {
            let id: i64 = text(f, "id").parse().unwrap_or(-1);
            let before = cart.items.len();
            cart.items.retain(|l| l.id != id);
            if cart.items.len() == before {
                return fail("Cart item not found", 404);
            }
            ok(json!(true))
        }
        "apply_promo" => {
            let code = text(f, "promocode");
            if code.is_empty() {
                return fail("Promo code not passed", 9999);
            }
            if ordering::discount(&code, &[], 0).is_err() {
                return fail("The promo code has expired or does not exist", 9999);
            }
            if cart.items.is_empty() {
                return fail("Add products to cart before applying promo code", 9999);
            }
            cart.promo = Some(code.to_ascii_uppercase());
            ok(json!(true))
        }
        "remove_promo" => {
            cart.promo = None;
            ok(json!(true))
        }
        _ => fail(&format!("Method cart/{method} is not available"), 740),
    }
}

/// The domain product (the one selling TLDs).
fn domain_product(conn: &Connection) -> rusqlite::Result<Option<super::catalog::ProductRow>> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM products ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in ids {
        if let Some(p) = product(conn, id)?.filter(|p| !tld::tlds(p).is_empty()) {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

/// `guest/servicedomain/{tlds, pricing, check, can_be_transferred}` (`Servicedomain\Api\Guest`):
/// the TLDs on sale and whether a name can be registered or transferred in, refused in
/// FOSSBilling's words.
fn domain_call(demo: &DemoState, method: &str, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let list = match domain_product(&conn) {
        Ok(p) => p.map(|p| tld::tlds(&p)).unwrap_or_default(),
        Err(_) => return internal(),
    };
    let (tld_name, sld) = (text(f, "tld"), text(f, "sld"));
    match method {
        "tlds" => {
            let register = f.get("allow_register").is_some();
            let transfer = f.get("allow_transfer").is_some();
            let rows: Vec<Value> = list
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    t.active && (!register || t.allow_register) && (!transfer || t.allow_transfer)
                })
                .map(|(i, t)| tld::api_array(i, t))
                .collect();
            ok(json!(rows))
        }
        "pricing" if tld_name.is_empty() => fail("TLD is missing", 0),
        "pricing" => match list
            .iter()
            .position(|t| Some(t) == tld::find(&list, &tld_name))
        {
            Some(i) => ok(tld::api_array(i, &list[i])),
            None => fail("TLD not found", 0),
        },
        "check" | "can_be_transferred" if tld_name.is_empty() => fail("TLD is missing", 0),
        "check" | "can_be_transferred" if sld.is_empty() => fail("SLD is missing", 0),
        // `Guest::check` reads the name itself before asking the registrar.
        "check" if !tld::sld_valid(&sld.to_ascii_lowercase()) => {
            fail(&format!("Domain {sld} is invalid"), 0)
        }
        "check" => match tld::find(&list, &tld_name) {
            None => fail(
                "Domain availability could not be determined. TLD is not active.",
                0,
            ),
            Some(t) => match tld::can_register(&conn, t, &sld) {
                Ok(()) => ok(json!(true)),
                Err(words) => fail(&words, 0),
            },
        },
        "can_be_transferred" => match tld::find(&list, &tld_name) {
            None => fail("TLD is not active.", 0),
            Some(t) => match tld::can_transfer(&conn, t, &sld) {
                Ok(()) => ok(json!(true)),
                Err(words) => fail(&words, 0),
            },
        },
        _ => fail(
            &format!("Method servicedomain/{method} is not available"),
            740,
        ),
    }
}

/// `guest/cart/add_item` with `id`, `period`, `multiple` and, for hosting and domains, the domain.
fn add_item(demo: &DemoState, cart: &mut Cart, f: &Value) -> Response {
    let Ok(conn) = demo.db.lock() else {
        return internal();
    };
    let id: i64 = text(f, "id").parse().unwrap_or(-1);
    let p = match product(&conn, id) {
        Ok(Some(p)) => p,
        Ok(None) => return fail("Product not found", 404),
        Err(_) => return internal(),
    };
    if p.stock == 0 {
        return fail("This product is out of stock", 9999);
    }
    let tlds = tld::tlds(&p);
    if !tlds.is_empty() {
        // A domain product: no period of its own; the years set it (`validateOrderData`).
        let line = match tld::validate_order(&conn, &tlds, f) {
            Ok(line) => line,
            Err(words) => return fail(&words, 0),
        };
        if !truthy(f, "multiple") {
            *cart = Cart::default();
        }
        cart.next_id += 1;
        cart.items.push(CartLine {
            id: cart.next_id,
            product_id: id,
            period: format!("{}Y", line.years),
            domain: line.domain.clone(),
            domain_line: Some(line),
        });
        return ok(json!(true));
    }
    let period = text(f, "period");
    let offered = cycle_of(&period).is_some_and(|c| p.prices.contains_key(c));
    if !offered {
        return fail("Selected billing period is not valid", 9999);
    }
    let domain = domain_of(f);
    let needs_domain = p.config["domain"].as_bool().unwrap_or(false);
    if needs_domain && !valid_hostname(&domain) {
        return fail("Domain name is not valid", 9999);
    }
    if !truthy(f, "multiple") {
        *cart = Cart::default();
    }
    cart.next_id += 1;
    cart.items.push(CartLine {
        id: cart.next_id,
        product_id: id,
        period,
        domain,
        domain_line: None,
    });
    ok(json!(true))
}

/// A currency as FOSSBilling's `Currency\Service::toApiArray` answers it: `conversion_rate` is
/// how many of it one USD (the demo's default currency) is.
fn currency_json(code: &str) -> Value {
    let (title, rate, format) = match code {
        "VND" => (
            "Vietnamese Dong",
            super::catalog::VND_PER_USD,
            "{{price}} ₫",
        ),
        _ => ("US Dollar", 1, "${{price}}"),
    };
    json!({
        "code": if rate == 1 { "USD" } else { code }, "title": title, "conversion_rate": rate,
        "format": format, "price_format": "1", "default": i64::from(rate == 1),
    })
}

/// `guest/currency/get` (one currency by `code`, else the default) and `get_pairs`.
fn currency_call(method: &str, f: &Value) -> Response {
    match method {
        "get" => match text(f, "code").to_ascii_uppercase().as_str() {
            "" | "USD" => ok(currency_json("USD")),
            "VND" => ok(currency_json("VND")),
            _ => fail("Currency not found", 0),
        },
        "get_pairs" => ok(json!({"USD": "US Dollar", "VND": "Vietnamese Dong"})),
        _ => fail(&format!("Method currency/{method} is not available"), 740),
    }
}

/// `guest/cart/get`: items priced by the shared rules; `total` is before tax. As FOSSBilling's
/// `Cart\Service::toApiArray` (real-answers cart_get.json): the amounts are in the default
/// currency, with the cart's currency (the client's) and its rate beside them; the order made at
/// checkout is converted.
fn cart_json(conn: &Connection, client: i64, cart: &Cart) -> rusqlite::Result<Value> {
    let currency: String = conn.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    if cart.items.is_empty() {
        return Ok(json!({
            "promocode": cart.promo, "discount": 0, "subtotal": 0, "total": 0, "items": [],
            "currency": currency_json(&currency),
        }));
    }
    let body = order_body(conn, cart)?;
    let t = match ordering::totals_at(conn, "USD".into(), 1, &body) {
        Ok(t) => t,
        Err(_) => return Err(rusqlite::Error::InvalidQuery),
    };
    let items: Vec<Value> = cart
        .items
        .iter()
        .zip(&t.items)
        .map(|(line, p)| match &line.domain_line {
            // As `getCartProductTitle` and `validateOrderData`: "Domain x registration", the
            // price of one year, the years as the quantity.
            Some(d) => json!({
                "id": line.id, "product_id": line.product_id,
                "title": format!("Domain {} {}", d.domain, if d.action == "transfer" { "transfer" } else { "registration" }),
                "period": line.period, "quantity": d.years, "unit": "year",
                "price": amount(p.recurring / d.years.max(1)), "setup_price": amount(0),
                "discount": 0, "total": amount(p.recurring), "domain": line.domain,
                "action": d.action,
            }),
            None => json!({
                "id": line.id, "product_id": line.product_id, "title": p.name,
                "period": line.period, "quantity": 1, "unit": "product",
                "price": amount(p.recurring), "setup_price": amount(p.setup),
                "discount": 0, "total": amount(p.recurring), "domain": line.domain,
            }),
        })
        .collect();
    Ok(json!({
        "promocode": cart.promo, "discount": amount(t.discount), "subtotal": amount(t.subtotal),
        "total": amount(t.subtotal - t.discount), "items": items,
        "currency": currency_json(&currency),
    }))
}

/// `client/cart/checkout`: orders and one invoice for the session's cart, paid from the balance
/// when it covers the invoice; the cart is emptied.
pub fn checkout(demo: &DemoState, client: i64, headers: &HeaderMap, f: &Value) -> Response {
    let sid = session_cookie(headers).unwrap_or_default();
    let Ok(mut carts) = demo.bb_carts.lock() else {
        return internal();
    };
    let Some(cart) = carts.get(&sid).filter(|c| !c.items.is_empty()).cloned() else {
        return fail("Can not checkout an empty cart", 9999);
    };
    let Ok(mut conn) = demo.db.lock() else {
        return internal();
    };
    let Ok(body) = order_body(&conn, &cart) else {
        return internal();
    };
    let placed = match ordering::place(&mut conn, client, &body) {
        Ok(p) => p,
        Err(e) => return fail(e.message(), 9999),
    };
    carts.remove(&sid);
    let invoice: i64 = placed["invoice_id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let paid = match pay_with_credit(&mut conn, client, invoice) {
        Ok(paid) => paid,
        Err(_) => return internal(),
    };
    let orders: Vec<i64> = placed["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["id"].as_str()?.parse().ok())
        .collect();
    ok(json!({
        "gateway_id": f.get("gateway_id").cloned().unwrap_or(Value::Null),
        "invoice_hash": (!paid).then(|| invoice_hash(demo, invoice)),
        "order_id": orders.first(),
        "orders": orders,
    }))
}

/// Pays the invoice from the client's balance when the balance covers all of it.
pub(super) fn pay_with_credit(
    conn: &mut Connection,
    client: i64,
    invoice: i64,
) -> rusqlite::Result<bool> {
    let tx = conn.transaction()?;
    let (credit, total, number): (i64, i64, String) = tx.query_row(
        "SELECT c.credit, i.total - i.credit, i.number FROM invoices i JOIN clients c ON c.id = i.client_id \
         WHERE i.id = ?1 AND i.client_id = ?2",
        params![invoice, client],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if credit < total || total <= 0 {
        return Ok(false);
    }
    super::credit::move_credit(
        &tx,
        client,
        -total,
        &format!("Credit applied to invoice #{number}"),
        invoice,
    )?;
    tx.execute(
        "UPDATE invoices SET credit = credit + ?1, status = 'Paid', datepaid = datetime('now') WHERE id = ?2",
        params![total, invoice],
    )?;
    tx.commit()?;
    Ok(true)
}
