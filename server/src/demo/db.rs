//! The demo database: schema, opening, seeding on first use or `--reset`.

use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;

/// Bump when the schema changes: an older file is re-seeded.
const SCHEMA_VERSION: i64 = 18;

const SCHEMA: &str = r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE clients (
  id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, salt TEXT NOT NULL,
  firstname TEXT NOT NULL, lastname TEXT NOT NULL, companyname TEXT NOT NULL DEFAULT '',
  address1 TEXT NOT NULL DEFAULT '', address2 TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
  phonenumber TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL, credit INTEGER NOT NULL DEFAULT 0,
  lastlogin TEXT NOT NULL DEFAULT ''
);
CREATE TABLE invoices (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id), number TEXT NOT NULL,
  date TEXT NOT NULL, duedate TEXT NOT NULL, datepaid TEXT NOT NULL DEFAULT '0000-00-00 00:00:00',
  subtotal INTEGER NOT NULL, credit INTEGER NOT NULL DEFAULT 0, tax INTEGER NOT NULL DEFAULT 0,
  taxrate TEXT NOT NULL DEFAULT '0', total INTEGER NOT NULL, status TEXT NOT NULL,
  currency TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
  merge_id INTEGER
);
CREATE INDEX invoices_client ON invoices(client_id, status);
CREATE TABLE invoice_items (
  id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES invoices(id), type TEXT NOT NULL,
  item_id INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL, amount INTEGER NOT NULL,
  qty TEXT NOT NULL DEFAULT '1.00', taxed INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE estimates (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, subject TEXT NOT NULL, date TEXT NOT NULL,
  valid_until TEXT NOT NULL, subtotal INTEGER NOT NULL, tax INTEGER NOT NULL, taxrate TEXT NOT NULL,
  total INTEGER NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE estimate_items (
  id INTEGER PRIMARY KEY, estimate_id INTEGER NOT NULL REFERENCES estimates(id), description TEXT NOT NULL,
  amount INTEGER NOT NULL, qty TEXT NOT NULL DEFAULT '1.00'
);
CREATE TABLE credit_logs (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, date TEXT NOT NULL, description TEXT NOT NULL,
  amount INTEGER NOT NULL, balance INTEGER NOT NULL, invoice_id INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE vouchers (
  code TEXT PRIMARY KEY, amount INTEGER NOT NULL, currency TEXT NOT NULL, used_by INTEGER
);
CREATE TABLE payment_methods (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, module TEXT NOT NULL, fixed_fee TEXT NOT NULL,
  percent_fee TEXT NOT NULL
);
CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE products (
  id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
  stock INTEGER NOT NULL DEFAULT -1, prices TEXT NOT NULL, config TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE services (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, product_id INTEGER, name TEXT NOT NULL,
  category TEXT NOT NULL, domain TEXT NOT NULL DEFAULT '', total INTEGER NOT NULL,
  billingcycle TEXT NOT NULL, date_created TEXT NOT NULL, next_due TEXT NOT NULL,
  status TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '',
  cancel_request TEXT NOT NULL DEFAULT ''
);
CREATE TABLE vms (
  id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL,
  template TEXT NOT NULL, cpus INTEGER NOT NULL, memory_mb INTEGER NOT NULL, disk_gb INTEGER NOT NULL,
  task TEXT NOT NULL DEFAULT '', task_ends_ms INTEGER NOT NULL DEFAULT 0, task_result TEXT NOT NULL DEFAULT '',
  iso TEXT NOT NULL DEFAULT ''
);
CREATE TABLE vm_ips (
  id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, vm_id INTEGER, address TEXT NOT NULL,
  version INTEGER NOT NULL, rdns TEXT NOT NULL DEFAULT '', primary_ip INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE server_ips (
  service_id INTEGER NOT NULL, address TEXT NOT NULL, version INTEGER NOT NULL,
  rdns TEXT NOT NULL DEFAULT '', primary_ip INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (service_id, address)
);
CREATE TABLE licences (
  service_id INTEGER PRIMARY KEY, license_key TEXT NOT NULL, validate_ip INTEGER NOT NULL,
  validate_host INTEGER NOT NULL, validate_version INTEGER NOT NULL, validate_path INTEGER NOT NULL,
  ips TEXT NOT NULL, hosts TEXT NOT NULL, paths TEXT NOT NULL, versions TEXT NOT NULL, pinged_at TEXT
);
CREATE TABLE domain_settings (service_id INTEGER PRIMARY KEY, autorenew INTEGER NOT NULL);
CREATE TABLE dnssec_keys (
  id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, keytag INTEGER NOT NULL, alg INTEGER NOT NULL,
  digest_type INTEGER NOT NULL, digest TEXT NOT NULL
);
CREATE TABLE vm_backups (
  id INTEGER PRIMARY KEY, vm_id INTEGER NOT NULL, name TEXT NOT NULL, date TEXT NOT NULL, size_mb INTEGER NOT NULL
);
CREATE TABLE service_limits (
  service_id INTEGER PRIMARY KEY, vms INTEGER NOT NULL, cpus INTEGER NOT NULL, memory_mb INTEGER NOT NULL,
  disk_gb INTEGER NOT NULL
);
CREATE TABLE dns_zones (id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, client_id INTEGER NOT NULL, domain TEXT NOT NULL);
CREATE TABLE dns_records (
  id INTEGER PRIMARY KEY, zone_id INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
  ttl INTEGER NOT NULL, priority INTEGER NOT NULL DEFAULT 0, content TEXT NOT NULL
);
CREATE INDEX dns_records_zone ON dns_records(zone_id);
CREATE TABLE tickets (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, number TEXT NOT NULL, date TEXT NOT NULL,
  deptname TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL,
  lastreply TEXT NOT NULL, client_read INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, rel_type TEXT NOT NULL DEFAULT '',
  rel_id TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL, message TEXT NOT NULL, date TEXT NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY, client_id INTEGER NOT NULL, expires_at INTEGER NOT NULL,
  remember INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0, family TEXT NOT NULL DEFAULT ''
);
CREATE INDEX refresh_tokens_family ON refresh_tokens(family);
CREATE TABLE revoked_access (jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE api_keys (client_id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE ticket_replies (
  id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, name TEXT NOT NULL, date TEXT NOT NULL,
  body TEXT NOT NULL, type TEXT NOT NULL
);
CREATE TABLE domain_details (
  service_id INTEGER PRIMARY KEY, ns1 TEXT NOT NULL, ns2 TEXT NOT NULL, ns3 TEXT NOT NULL DEFAULT '',
  ns4 TEXT NOT NULL DEFAULT '', locked INTEGER NOT NULL DEFAULT 1, privacy INTEGER NOT NULL DEFAULT 0,
  transfer_code TEXT NOT NULL, contact TEXT NOT NULL
);
CREATE TABLE iso_images (
  id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, label TEXT NOT NULL, url TEXT NOT NULL,
  os TEXT NOT NULL, min_memory INTEGER
);
CREATE TABLE password_resets (
  code TEXT PRIMARY KEY, client_id INTEGER NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE emails (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, date TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE ssh_keys (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL
);
CREATE TABLE ip_rules (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, rule TEXT NOT NULL);
CREATE TABLE activity_log (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, date TEXT NOT NULL, action TEXT NOT NULL, ip TEXT NOT NULL DEFAULT ''
);
CREATE TABLE account_history (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, date TEXT NOT NULL, description TEXT NOT NULL
);
CREATE TABLE client_settings (client_id INTEGER PRIMARY KEY, configs TEXT NOT NULL);
CREATE TABLE verifications (
  client_id INTEGER NOT NULL, type TEXT NOT NULL, code TEXT NOT NULL, expires INTEGER NOT NULL,
  verified INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (client_id, type)
);
CREATE TABLE posts (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, url TEXT NOT NULL, content TEXT NOT NULL);
CREATE TABLE downloads (
  id INTEGER PRIMARY KEY, category TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, filename TEXT NOT NULL,
  content BLOB NOT NULL, date TEXT NOT NULL
);
CREATE TABLE affiliates (
  client_id INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, status TEXT NOT NULL, visits INTEGER NOT NULL DEFAULT 0,
  date_created TEXT NOT NULL
);
CREATE TABLE aff_plans (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, rate TEXT NOT NULL, recurring INTEGER NOT NULL,
  enable_voucher INTEGER NOT NULL
);
CREATE TABLE aff_commissions (
  id INTEGER PRIMARY KEY, aff_id INTEGER NOT NULL, order_id INTEGER NOT NULL, date_created TEXT NOT NULL,
  pname TEXT NOT NULL, domain TEXT NOT NULL, total INTEGER NOT NULL, commission INTEGER NOT NULL, paid INTEGER NOT NULL
);
CREATE TABLE aff_payouts (
  id INTEGER PRIMARY KEY, aff_id INTEGER NOT NULL, date TEXT NOT NULL, amount INTEGER NOT NULL, method TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE aff_vouchers (
  id INTEGER PRIMARY KEY, aff_id INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, plan_id INTEGER NOT NULL, type TEXT NOT NULL,
  value TEXT NOT NULL, cycle TEXT NOT NULL, audience TEXT NOT NULL, expires TEXT NOT NULL DEFAULT '',
  num_usage INTEGER NOT NULL DEFAULT 0, max_usage INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE aff_campaigns (
  id INTEGER PRIMARY KEY, aff_id INTEGER NOT NULL, name TEXT NOT NULL, visits INTEGER NOT NULL, signups INTEGER NOT NULL
);
CREATE TABLE ssl_products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, periods TEXT NOT NULL);
CREATE TABLE certificates (
  service_id INTEGER PRIMARY KEY, csr TEXT NOT NULL, cert_email TEXT NOT NULL, cert_status TEXT NOT NULL DEFAULT '',
  cert_expires TEXT NOT NULL DEFAULT '', software TEXT NOT NULL DEFAULT '', crt TEXT NOT NULL DEFAULT ''
);
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, email TEXT NOT NULL, firstname TEXT NOT NULL,
  lastname TEXT NOT NULL, companyname TEXT NOT NULL DEFAULT '', address1 TEXT NOT NULL DEFAULT '',
  address2 TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', phonenumber TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT 'Private', privileges TEXT NOT NULL DEFAULT '{}',
  password_hash TEXT NOT NULL DEFAULT '', salt TEXT NOT NULL DEFAULT '',
  lastlogin TEXT NOT NULL DEFAULT '0000-00-00 00:00:00'
);
CREATE TABLE ticket_attachments (
  file TEXT PRIMARY KEY, ticket_id INTEGER NOT NULL, reply_id INTEGER, name TEXT NOT NULL, content BLOB NOT NULL
);
CREATE TABLE gateway_payments (
  reference TEXT PRIMARY KEY, invoice_id INTEGER NOT NULL, gateway_id INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
"#;

/// Opens the file, creating and seeding it when new, outdated or `reset`.
pub fn open(path: &Path, reset: bool) -> Result<Connection, String> {
    if reset && path.exists() {
        std::fs::remove_file(path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    let conn =
        Connection::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    conn.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    )
    .map_err(|e| e.to_string())?;
    let version: Option<i64> = conn
        .query_row("SELECT value FROM meta WHERE key='schema'", [], |r| {
            r.get::<_, String>(0)
        })
        .optional()
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok());
    if version != Some(SCHEMA_VERSION) {
        drop(conn);
        let _ = std::fs::remove_file(path);
        let mut conn = Connection::open(path).map_err(|e| e.to_string())?;
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;")
            .map_err(|e| e.to_string())?;
        let tx = conn.transaction().map_err(|e| e.to_string())?;
        tx.execute_batch(SCHEMA).map_err(|e| e.to_string())?;
        super::seed::seed(&tx).map_err(|e| format!("seeding failed: {e}"))?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('schema', ?1)",
            params![SCHEMA_VERSION.to_string()],
        )
        .map_err(|e| e.to_string())?;
        tx.commit().map_err(|e| e.to_string())?;
        return Ok(conn);
    }
    Ok(conn)
}

/// The JWT signing secret, made once per database so tokens survive restarts.
pub fn signing_secret(conn: &Connection) -> Result<String, String> {
    let existing: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key='jwt_secret'", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(|e| e.to_string())?;
    if let Some(s) = existing {
        return Ok(s);
    }
    let secret = super::auth::random_token();
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('jwt_secret', ?1)",
        params![secret],
    )
    .map_err(|e| e.to_string())?;
    Ok(secret)
}
