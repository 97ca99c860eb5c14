//! The demo catalogue (seed 004): `GET /category`, `GET /category/@id/product` and the product
//! configuration `GET /order/@product_id`, in the seed's shapes (prices as JSON numbers, cycles
//! as codes, `stock: false` when stock is not tracked). Prices are kept in USD and answered in
//! the signed-in client's currency, as a portal with per-currency pricing does: a VND client
//! never sees a USD figure (under a ₫ sign or otherwise).

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, Reply};
use axum::Json;
use axum::extract::{Path, State};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

/// Cycle codes in the order the catalogue lists them.
pub const CYCLES: [&str; 6] = ["m", "q", "s", "a", "b", "t"];

/// A product row: (id, category id, category name, name, description, stock, prices, config).
pub struct ProductRow {
    pub id: i64,
    pub category: String,
    pub name: String,
    pub description: String,
    pub stock: i64,
    pub prices: Map<String, Value>,
    pub config: Value,
}

/// One product by id.
pub fn product(conn: &Connection, id: i64) -> rusqlite::Result<Option<ProductRow>> {
    conn.query_row(
        "SELECT p.id, c.name, p.name, p.description, p.stock, p.prices, p.config \
         FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id = ?1",
        params![id],
        |r| {
            let prices: String = r.get(5)?;
            let config: String = r.get(6)?;
            Ok(ProductRow {
                id: r.get(0)?,
                category: r.get(1)?,
                name: r.get(2)?,
                description: r.get(3)?,
                stock: r.get(4)?,
                prices: serde_json::from_str(&prices).unwrap_or_default(),
                config: serde_json::from_str(&config).unwrap_or(Value::Null),
            })
        },
    )
    .optional()
}

/// Hundredths of the client's currency per hundredth of a USD catalogue price.
pub const VND_PER_USD: i64 = 25_000;

/// The client's currency and how many of its hundredths one USD hundredth is.
pub fn client_rate(conn: &Connection, client: i64) -> rusqlite::Result<(String, i64)> {
    let currency: String = conn.query_row(
        "SELECT currency FROM clients WHERE id = ?1",
        params![client],
        |r| r.get(0),
    )?;
    let rate = if currency == "VND" { VND_PER_USD } else { 1 };
    Ok((currency, rate))
}

/// Every price in a catalogue answer (`price`, `setup`, `setup_price`, `recurring_price`, as
/// numbers or numeric strings, at any depth) multiplied by `rate`; other fields untouched.
pub fn in_currency(value: &mut Value, rate: i64) {
    if rate == 1 {
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                let is_price = matches!(
                    key.as_str(),
                    "price" | "setup" | "setup_price" | "recurring_price"
                );
                match v {
                    Value::Number(n) if is_price => {
                        if let Some(f) = n.as_f64() {
                            *v = json!((f * rate as f64).round());
                        }
                    }
                    Value::String(text) if is_price => {
                        if let Some(h) = super::billing::hundredths(text) {
                            *v = Value::String(format!("{:.2}", (h * rate) as f64 / 100.0));
                        }
                    }
                    _ => in_currency(v, rate),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| in_currency(v, rate)),
        _ => {}
    }
}

/// A price string as the JSON number the seed shows (`"9.99"` -> `9.99`).
fn number(price: &str) -> Value {
    price
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

fn periods(p: &ProductRow) -> Vec<Value> {
    let mut first = true;
    CYCLES
        .iter()
        .filter_map(|c| {
            let price = p.prices.get(*c)?.as_str()?;
            let selected = std::mem::replace(&mut first, false);
            Some(json!({"title": c, "value": c, "price": number(price), "setup": 0, "selected": selected}))
        })
        .collect()
}

/// `GET /category`.
pub async fn categories(State(demo): State<DemoState>, ClientId(_): ClientId) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt =
        conn.prepare("SELECT id, name, description, slug FROM categories ORDER BY id")?;
    let rows: Vec<Value> = stmt
        .query_map([], |r| {
            Ok(
                json!({"id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
                "description": r.get::<_, String>(2)?, "slug": r.get::<_, String>(3)?}),
            )
        })?
        .collect::<Result<_, _>>()?;
    Ok(Json(json!({ "categories": rows })))
}

/// `GET /category/@id/product`.
pub async fn products(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Category"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let mut stmt = conn.prepare("SELECT id FROM products WHERE category_id = ?1 ORDER BY id")?;
    let ids: Vec<i64> = stmt
        .query_map(params![id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if ids.is_empty() {
        return Err(ApiFailure::not_found("Category"));
    }
    let mut rows = Vec::new();
    for pid in ids {
        let Some(p) = product(&conn, pid)? else {
            continue;
        };
        rows.push(json!({
            "id": p.id.to_string(), "type": "1", "name": p.name, "stock": p.stock >= 0,
            "paytype": "Regular", "description": p.description, "qty": p.stock.max(0).to_string(),
            "tags": [], "periods": periods(&p),
        }));
    }
    let mut answer = json!({ "products": rows });
    in_currency(&mut answer, client_rate(&conn, client)?.1);
    Ok(Json(answer))
}

/// `GET /order/@product_id`: cycles, the domain field when needed, forms, add-ons.
pub async fn product_config(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Product"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let p = product(&conn, id)?.ok_or_else(|| ApiFailure::not_found("Product"))?;
    let cycles = periods(&p);
    let first = cycles.first().cloned().unwrap_or(Value::Null);
    let mut head = vec![json!({
        "type": "select", "title": "pickcycle", "id": "cycle", "name": "cycle", "items": cycles,
        "value": first["value"], "price": first["price"], "setup": 0,
    })];
    if p.config["domain"].as_bool().unwrap_or(false) {
        head.push(json!({"type": "input", "title": "domain", "id": "domain", "name": "domain", "value": null}));
    }
    let mut answer = json!({
        "product": {
            "id": p.id.to_string(), "category_name": p.category, "name": p.name,
            "price": first["price"], "recurring": first["value"], "setup": 0,
            "config": {
                "product": head,
                "forms": p.config.get("forms").cloned().unwrap_or(json!([])),
                "addons": p.config.get("addons").cloned().unwrap_or(json!([])),
                "subproducts": p.config.get("subproducts").cloned().unwrap_or(json!([])),
            },
            "recurring_price": first["price"], "prorata_date": null,
        }
    });
    in_currency(&mut answer, client_rate(&conn, client)?.1);
    Ok(Json(answer))
}

/// Upgrade resources of the demo's cloud services (seed 004's `GET /service/@id/upgrade` shape).
const BANDWIDTH: [(i64, &str, &str); 3] = [
    (9953, "100 GB", "0"),
    (10103, "500 GB", "5"),
    (10104, "1 TB", "10"),
];

/// `GET /service/@id/upgrade`: the other cloud packages and the bandwidth resource.
pub async fn upgrade_options(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, product) = upgradable(&conn, client, &id)?;
    let mut stmt = conn.prepare(
        "SELECT id, name, prices FROM products WHERE category_id = 2 AND id != ?1 ORDER BY id",
    )?;
    let packages: Vec<Value> = stmt
        .query_map(params![product], |r| {
            let prices: String = r.get(2)?;
            let prices: Value = serde_json::from_str(&prices).unwrap_or(Value::Null);
            Ok(json!({"id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?, "price": number(prices["m"].as_str().unwrap_or("0"))}))
        })?
        .collect::<Result<_, _>>()?;
    let items: Vec<Value> = BANDWIDTH
        .iter()
        .map(|(id, name, price)| json!({"id": id.to_string(), "name": name, "price": number(price), "setup_price": 0, "selected": *id == 9953}))
        .collect();
    let mut answer = json!({
        "resources": [{"id": 1557, "name": "Bandwidth", "type": "select", "items": items}],
        "package": packages,
    });
    in_currency(&mut answer, client_rate(&conn, client)?.1);
    Ok(Json(answer))
}

/// A cloud service of this client that can change package: (service id, product id).
pub fn upgradable(conn: &Connection, client: i64, id: &str) -> Result<(i64, i64), ApiFailure> {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Service"))?;
    conn.query_row(
        "SELECT id, product_id FROM services WHERE id = ?1 AND client_id = ?2 AND category = 'Cloud Servers' AND status = 'Active'",
        params![id, client],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| ApiFailure::not_found("Service"))
}

/// Monthly price of bandwidth item `item`, in hundredths.
pub fn bandwidth_price(item: &str) -> Option<i64> {
    BANDWIDTH
        .iter()
        .find(|b| b.0.to_string() == item)
        .and_then(|b| super::billing::hundredths(b.2))
}
