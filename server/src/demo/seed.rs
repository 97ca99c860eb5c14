//! Seed data: a realistic account for the demo and the tests. Deterministic apart from dates,
//! which are laid out around the day of seeding so that "overdue" and "due soon" are real.

use super::auth::hash_password;
use chrono::{Duration, Local, NaiveDate};
use rusqlite::{Transaction, params};

/// The demo login printed at start-up.
pub const DEMO_EMAIL: &str = "demo@atrium.test";
/// The demo's live VM (a real QEMU machine where QEMU is installed: `live_vm.rs`).
pub const LIVE_VM_ID: i64 = 9006;
/// Its label and the guest's host name.
pub const LIVE_VM_NAME: &str = "live-01";
/// Its password.
pub const DEMO_PASSWORD: &str = "demo1234";
/// A second client, to prove one client cannot read another's data.
pub const OTHER_EMAIL: &str = "other@atrium.test";
/// Its password.
pub const OTHER_PASSWORD: &str = "other1234";
/// A reseller with [`BULK_INVOICES`] invoices, for the large-list tests and benchmarks.
pub const BULK_EMAIL: &str = "bulk@atrium.test";
/// Its password.
pub const BULK_PASSWORD: &str = "bulk1234";
/// A client of its own for the password-reset tests (the shared accounts keep their passwords).
pub const RESET_EMAIL: &str = "reset@atrium.test";
/// A client of its own for the security tests (its sign-in rules are enforced).
pub const KEYS_EMAIL: &str = "keys@atrium.test";
/// How many invoices the bulk client has.
pub const BULK_INVOICES: i64 = 10_000;

/// The demo account's SSH key (made with `ssh-keygen -t ed25519`; its fingerprint beside it).
const SEED_SSH_KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIECi/2h7nsU9II3HSRJFBqbIrySG1ULJ06k05+CDQvR3 alex@laptop";

/// The demo account's past activity: sign-ins (one refused) and the history of its account.
fn activity(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    for (days_ago, action, ip) in [
        (9, "Signed in", "203.0.113.7"),
        (6, "Failed sign-in attempt", "198.51.100.23"),
        (6, "Signed in", "203.0.113.7"),
        (3, "Password changed", "203.0.113.7"),
    ] {
        tx.execute(
            "INSERT INTO activity_log(client_id, date, action, ip) VALUES (1, ?1, ?2, ?3)",
            params![
                format!("{} 08:15:00", d(today - Duration::days(days_ago))),
                action,
                ip
            ],
        )?;
    }
    for (days_ago, text) in [
        (30, "Service #301 Starter Hosting activated"),
        (12, "Invoice #2026-0098 paid"),
        (5, "Cancellation requested for service #305"),
    ] {
        tx.execute(
            "INSERT INTO account_history(client_id, date, description) VALUES (1, ?1, ?2)",
            params![
                format!("{} 10:00:00", d(today - Duration::days(days_ago))),
                text
            ],
        )?;
    }
    Ok(())
}

/// The demo account's one contact (seed 004's example, Mary Sue), who sees and opens tickets.
/// The provider's posts (one with HTML and a script the client must not run) and two files.
fn news(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    for (kind, title, days_ago, url, content) in [
        (
            "recent",
            "New data centre in Ho Chi Minh City",
            2,
            "https://atrium.test/blog/hcmc-dc",
            "<p>Cloud servers can now run in <b>Ho Chi Minh City</b>, 5 ms from most customers in the south.</p>",
        ),
        (
            "recent",
            "Planned maintenance on 12 December",
            6,
            "https://atrium.test/blog/maintenance",
            "<p>Network maintenance from 01:00 to 03:00 (UTC+7). Sites stay up; the control panel may be slow.</p><script>document.title='x'</script>",
        ),
        (
            "sale",
            "Year-end offer: 30% off the first year of hosting",
            1,
            "https://atrium.test/offers/year-end",
            "<p>Order any hosting plan before 31 December and pay 30% less for the first year.</p>",
        ),
    ] {
        tx.execute(
            "INSERT INTO posts(kind, title, date, url, content) VALUES (?1,?2,?3,?4,?5)",
            params![
                kind,
                title,
                format!("{} 09:00:00", d(today - Duration::days(days_ago))),
                url,
                content
            ],
        )?;
    }
    for (category, name, description, filename, content) in [
        (
            "Guides",
            "Getting started with your hosting",
            "Upload a site, point a domain, add e-mail.",
            "getting-started.txt",
            "Getting started\n\n1. Sign in to the control panel.\n2. Upload your site to public_html.\n",
        ),
        (
            "Tools",
            "PuTTY SSH client settings",
            "A saved session for our servers (port 22, UTF-8).",
            "putty-session.reg",
            "Windows Registry Editor Version 5.00\n",
        ),
    ] {
        tx.execute(
            "INSERT INTO downloads(category, name, description, filename, content, date) VALUES (?1,?2,?3,?4,?5,?6)",
            params![category, name, description, filename, content.as_bytes(), d(today - Duration::days(30))],
        )?;
    }
    Ok(())
}

/// The affiliate programme's plans, and the demo client as an affiliate (number 7) with
/// commissions approved and awaiting approval, a payout, a voucher and two campaigns. Amounts in
/// hundredths of the client's currency (USD).
fn affiliates(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    for (id, name, kind, rate, recurring, vouchers) in [
        (1, "10% Commission", "Percent", "10", 0, 1),
        (2, "5% on every renewal", "Percent", "5", 1, 1),
        (3, "$20 per referred order", "Fixed", "20.00", 0, 0),
    ] {
        tx.execute(
            "INSERT INTO aff_plans(id, name, type, rate, recurring, enable_voucher) VALUES (?1,?2,?3,?4,?5,?6)",
            params![id, name, kind, rate, recurring, vouchers],
        )?;
    }
    tx.execute(
        "INSERT INTO affiliates(client_id, id, status, visits, date_created) VALUES (1, 7, 'Active', 128, ?1)",
        params![d(today - Duration::days(400))],
    )?;
    for (order, days_ago, pname, domain, total, commission, paid) in [
        (
            9101,
            90,
            "Starter Hosting",
            "banhmi-saigon.vn",
            1299,
            130,
            1,
        ),
        (9144, 40, "Cloud S", "ha-noi-travel.com", 2700, 270, 1),
        (9187, 3, "Business Hosting", "pho-24h.vn", 4999, 500, 0),
    ] {
        tx.execute(
            "INSERT INTO aff_commissions(aff_id, order_id, date_created, pname, domain, total, commission, paid) \
             VALUES (7, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![order, format!("{} 10:00:00", d(today - Duration::days(days_ago))), pname, domain, total, commission, paid],
        )?;
    }
    tx.execute(
        "INSERT INTO aff_payouts(aff_id, date, amount, method, notes) VALUES (7, ?1, 200, 'Account credit', 'Added to your credit balance')",
        params![d(today - Duration::days(30))],
    )?;
    tx.execute(
        "INSERT INTO aff_vouchers(aff_id, code, plan_id, type, value, cycle, audience, expires, num_usage, max_usage) \
         VALUES (7, 'ALEX5OFF', 1, 'percent', '5.00', 'once', 'new', ?1, 3, 50)",
        params![d(today + Duration::days(60))],
    )?;
    for (name, visits, signups) in [("Blog sidebar", 96, 2), ("Newsletter, November", 32, 1)] {
        tx.execute(
            "INSERT INTO aff_campaigns(aff_id, name, visits, signups) VALUES (7, ?1, ?2, ?3)",
            params![name, visits, signups],
        )?;
    }
    Ok(())
}

/// SSL certificates on sale (prices in hundredths of a USD) and two of the demo client's: one
/// issued that expires within the month (the list marks it), one awaiting validation.
fn certificates(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    for (id, name, description, periods) in [
        (
            60,
            "PositiveSSL",
            "Domain validation, issued in minutes. One domain, with and without www.",
            r#"[{"years":1,"price":1200,"renew":1500},{"years":2,"price":2200,"renew":2800}]"#,
        ),
        (
            61,
            "InstantSSL",
            "Organisation validated: your company's name in the certificate.",
            r#"[{"years":1,"price":2785,"renew":2785},{"years":2,"price":4875,"renew":4875}]"#,
        ),
        (
            62,
            "PositiveSSL Wildcard",
            "Every sub-domain of one domain (*.example.com).",
            r#"[{"years":1,"price":8900,"renew":9900}]"#,
        ),
    ] {
        tx.execute(
            "INSERT INTO ssl_products(id, name, description, periods) VALUES (?1,?2,?3,?4)",
            params![id, name, description, periods],
        )?;
    }
    for (id, name, domain, total, status, age, next, email, cert_status, expires, crt) in [
        (
            320,
            "PositiveSSL",
            "nguyenstudio.vn",
            1500,
            "Active",
            345,
            20,
            "admin@nguyenstudio.vn",
            "Issued",
            Some(20),
            super::certificates::DEMO_CRT,
        ),
        (
            321,
            "InstantSSL",
            "shop.nguyenstudio.vn",
            2785,
            "Pending",
            2,
            363,
            "webmaster@nguyenstudio.vn",
            "Awaiting validation",
            None,
            "",
        ),
    ] {
        tx.execute(
            "INSERT INTO services(id, client_id, product_id, name, category, domain, total, billingcycle, date_created, next_due, status) \
             VALUES (?1, 1, NULL, ?2, 'SSL Certificates', ?3, ?4, 'Annually', ?5, ?6, ?7)",
            params![id, name, domain, total, d(today - Duration::days(age)), d(today + Duration::days(next)), status],
        )?;
        tx.execute(
            "INSERT INTO certificates(service_id, csr, cert_email, cert_status, cert_expires, software, crt) \
             VALUES (?1, ?2, ?3, ?4, ?5, '4', ?6)",
            params![
                id,
                SEED_CSR,
                email,
                cert_status,
                expires.map(|days| format!("{} 23:59:59", d(today + Duration::days(days)))).unwrap_or_default(),
                crt
            ],
        )?;
    }
    Ok(())
}

/// The signing request the seeded certificates were ordered with (made by openssl for
/// shop.nguyenstudio.vn; tests/fixtures/csr/good.csr).
const SEED_CSR: &str = include_str!("../../../tests/fixtures/csr/good.csr");

fn contacts(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO contacts(id, client_id, email, firstname, lastname, address1, address2, city, state, \
         postcode, country, phonenumber, type, privileges) \
         VALUES (49, 1, 'mary.sue@atrium.test', 'Mary', 'Sue', 'Pretty View Lane', '3194', 'Santa Rosa', \
         'California', '95401', 'US', '+1.24123123', 'Private', ?1)",
        params![r#"{"support":["tickets","newticket"]}"#],
    )?;
    Ok(())
}

/// E-mails the demo account was sent, for the history pages. The notice carries what a hostile
/// mail might: a script, a remote image, a form; the page must show its text and run none of it.
fn emails(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    let rows = [
        (
            3,
            "Invoice #2026-0101 created",
            "<h1>Invoice #2026-0101</h1><p>Dear Alex, a new invoice of <strong>$22.68</strong> is due in 14 days.</p>\
             <p><a href=\"https://billing.atrium.test/invoices/101\">View the invoice</a></p>",
        ),
        (
            2,
            "Payment received, thank you",
            "<p>We received your payment of <b>$18.00</b>. Thank you!</p>",
        ),
        (
            1,
            "Scheduled maintenance notice",
            "<p>Network maintenance on Saturday 02:00-04:00 UTC.</p>\
             <img src=\"https://tracker.example/pixel.gif\" alt=\"\">\
             <script>document.body.textContent = 'SCRIPT RAN'; parent.document.title = 'SCRIPT RAN';</script>\
             <form action=\"https://phish.example/\"><input name=\"password\"><button>Log in</button></form>",
        ),
    ];
    for (days_ago, subject, body) in rows {
        tx.execute(
            "INSERT INTO emails(client_id, date, subject, body) VALUES (1, ?1, ?2, ?3)",
            params![
                format!("{} 09:30:00", d(today - Duration::days(days_ago))),
                subject,
                body
            ],
        )?;
    }
    Ok(())
}

fn d(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Seeds every table.
pub fn seed(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let today = Local::now().date_naive();
    clients(tx)?;
    payment_methods(tx)?;
    catalogue(tx)?;
    invoices(tx, today)?;
    estimates(tx, today)?;
    credit(tx, today)?;
    bulk_client(tx, today)?;
    services(tx, today)?;
    dns(tx)?;
    tickets(tx, today)?;
    notifications(tx, today)?;
    emails(tx, today)?;
    contacts(tx)?;
    certificates(tx, today)?;
    affiliates(tx, today)?;
    news(tx, today)?;
    activity(tx, today)?;
    tx.execute(
        "INSERT INTO ssh_keys(client_id, name, key, fingerprint) VALUES (1, 'alex-laptop', ?1, ?2)",
        params![
            SEED_SSH_KEY,
            "SHA256:5DPKhFXIxKRLaCjRgDQ6MsRcQ0bG66RxocL9uu+X00c"
        ],
    )?;
    Ok(())
}

fn clients(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let rows = [
        (
            1,
            DEMO_EMAIL,
            DEMO_PASSWORD,
            "Alex",
            "Nguyen",
            "Nguyen Studio LLC",
            "12 Ly Tu Trong",
            "District 1",
            "Ho Chi Minh City",
            "",
            "700000",
            "VN",
            "+84.901234567",
            "USD",
            2550,
        ),
        (
            4,
            RESET_EMAIL,
            "reset1234",
            "Mai",
            "Le",
            "",
            "3 Le Loi",
            "",
            "Hue",
            "",
            "530000",
            "VN",
            "+84.934567890",
            "USD",
            0,
        ),
        (
            5,
            KEYS_EMAIL,
            "keys1234",
            "Quang",
            "Vo",
            "",
            "9 Bach Dang",
            "",
            "Da Nang",
            "",
            "550000",
            "VN",
            "+84.945678901",
            "USD",
            0,
        ),
        (
            2,
            OTHER_EMAIL,
            OTHER_PASSWORD,
            "Bao",
            "Tran",
            "",
            "88 Tran Hung Dao",
            "",
            "Ha Noi",
            "",
            "100000",
            "VN",
            "+84.912345678",
            "VND",
            0,
        ),
    ];
    for (
        id,
        email,
        pw,
        first,
        last,
        company,
        a1,
        a2,
        city,
        state,
        post,
        country,
        phone,
        cur,
        credit,
    ) in rows
    {
        let salt = format!("salt-{id}");
        tx.execute(
            "INSERT INTO clients(id, email, password_hash, salt, firstname, lastname, companyname, address1, address2, \
             city, state, postcode, country, phonenumber, currency, credit) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
            params![id, email, hash_password(&salt, pw), salt, first, last, company, a1, a2, city, state, post, country, phone, cur, credit],
        )?;
    }
    Ok(())
}

fn payment_methods(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    for (id, name, module, fixed, pct) in [
        (1, "Bank Transfer", "BankTransfer", "0.0", "0.0"),
        (2, "Stripe", "Stripe", "0.5", "2.9"),
        (4, "Credit Card", "CreditCard", "0.1", "2.4"),
        (5, "PayPal", "PayPal", "0.3", "2.9"),
    ] {
        tx.execute(
            "INSERT INTO payment_methods(id, name, module, fixed_fee, percent_fee) VALUES (?1,?2,?3,?4,?5)",
            params![id, name, module, fixed, pct],
        )?;
    }
    Ok(())
}

/// The configuration of the cloud products, in HostBill's `GET /order/@id` form shapes. Item
/// prices are monthly; other cycles multiply them by their months.
const CLOUD_CONFIG: &str = r#"{
  "domain": false,
  "forms": [
    {"type": "select", "title": "Location", "id": "501", "name": "custom[501]", "required": true, "description": "",
     "items": [{"id": 5011, "title": "Ha Noi", "price": 0, "setup": 0, "selected": true},
               {"id": 5012, "title": "Ho Chi Minh City", "price": 0, "setup": 0, "selected": false},
               {"id": 5013, "title": "Singapore", "price": 2, "setup": 0, "selected": false}]},
    {"type": "radio", "title": "Operating system", "id": "502", "name": "custom[502]", "required": true, "description": "",
     "config": {"conditionals": [{"condition": "eq", "value": "5023", "action": "show", "target": "507"}]},
     "items": [{"id": 5021, "title": "Ubuntu 24.04 LTS", "price": 0, "setup": 0, "selected": true},
               {"id": 5022, "title": "Debian 12", "price": 0, "setup": 0, "selected": false},
               {"id": 5023, "title": "Windows Server 2022", "price": 15, "setup": 0, "selected": false}]},
    {"type": "slider", "title": "Extra memory (GB)", "id": "503", "name": "custom[503]", "required": false, "description": "",
     "config": {"minvalue": 0, "maxvalue": 16, "step": 1},
     "items": [{"id": 5031, "title": "GB", "price": 3, "setup": 0, "selected": false}]},
    {"type": "qty", "title": "Extra IPv4 addresses", "id": "504", "name": "custom[504]", "required": false, "description": "",
     "config": {"minvalue": 0, "maxvalue": 4, "step": 1},
     "items": [{"id": 5041, "title": "IPv4", "price": 3, "setup": 0, "selected": false}]},
    {"type": "checkbox", "title": "Extras", "id": "505", "name": "custom[505]", "required": false, "description": "",
     "items": [{"id": 5051, "title": "DDoS protection", "price": 5, "setup": 0, "selected": false},
               {"id": 5052, "title": "Monitoring", "price": 2, "setup": 0, "selected": false}]},
    {"type": "input", "title": "Hostname", "id": "506", "name": "custom[506]", "required": false, "description": "Shown in your server list",
     "items": [{"id": 5061, "title": "hostname", "price": 0, "setup": 0, "selected": false}]},
    {"type": "select", "title": "Windows licence", "id": "507", "name": "custom[507]", "required": true, "description": "Shown only for Windows",
     "items": [{"id": 5071, "title": "Standard", "price": 0, "setup": 0, "selected": true},
               {"id": 5072, "title": "Datacenter", "price": 20, "setup": 0, "selected": false}]}
  ],
  "addons": [
    {"type": "subitem", "title": "Daily backups", "id": "41", "value": null, "description": "Seven daily snapshots, restorable from the VM page",
     "config": [{"type": "checkbox", "title": "add", "name": "addon[41]", "checked": false},
                {"type": "select", "title": "billingcycle", "name": "addon_cycles[41]",
                 "items": [{"title": "m", "value": "m", "price": 4, "setup": 0, "selected": true},
                           {"title": "a", "value": "a", "price": 40, "setup": 0, "selected": false}]}],
     "price": 0, "recurring_price": 0, "setup": 0, "prorata_date": null}
  ],
  "subproducts": [
    {"type": "subitem", "title": "Managed support", "id": "61", "value": null, "description": "Our engineers patch and monitor the server for you",
     "config": [{"type": "checkbox", "title": "add", "name": "subproducts[61]", "checked": false},
                {"type": "select", "title": "billingcycle", "name": "subproducts_cycles[61]",
                 "items": [{"title": "m", "value": "m", "price": 10, "setup": 0, "selected": true},
                           {"title": "a", "value": "a", "price": 100, "setup": 0, "selected": false}]}],
     "price": 0, "recurring_price": 0, "setup": 0, "prorata_date": null}
  ]
}"#;

/// The domain product: a name under one of these TLDs, registered or transferred in, priced per
/// year as FOSSBilling prices TLDs (`.ai` needs two years at least, `.vn` and `.shop` cannot be
/// transferred in, `.shop`'s first year is on sale, `.xyz` is switched off; see `tld.rs`). Its cycle prices above are what the
/// HostBill dialect sells it for (a `.com` registration).
const DOMAIN_CONFIG: &str = r#"{"domain": true, "forms": [], "addons": [], "tlds": [
    {"tld": ".com", "price_registration": "12.99", "price_renew": "12.99", "price_transfer": "9.99", "active": 1, "allow_register": 1, "allow_transfer": 1, "min_years": 1},
    {"tld": ".net", "price_registration": "14.99", "price_renew": "14.99", "price_transfer": "11.99", "active": 1, "allow_register": 1, "allow_transfer": 1, "min_years": 1},
    {"tld": ".ai", "price_registration": "80.00", "price_renew": "80.00", "price_transfer": "80.00", "active": 1, "allow_register": 1, "allow_transfer": 1, "min_years": 2},
    {"tld": ".vn", "price_registration": "30.00", "price_renew": "30.00", "price_transfer": "0.00", "active": 1, "allow_register": 1, "allow_transfer": 0, "min_years": 1},
    {"tld": ".shop", "price_registration": "1.99", "price_renew": "24.99", "price_transfer": "0.00", "active": 1, "allow_register": 1, "allow_transfer": 0, "min_years": 1},
    {"tld": ".xyz", "price_registration": "2.00", "price_renew": "12.00", "price_transfer": "12.00", "active": 0, "allow_register": 1, "allow_transfer": 1, "min_years": 1}
]}"#;

fn catalogue(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    for (id, name, slug, desc) in [
        (
            1,
            "Web Hosting",
            "hosting",
            "Shared hosting with daily backups",
        ),
        (
            2,
            "Cloud Servers",
            "cloud",
            "KVM virtual machines billed monthly",
        ),
        (
            3,
            "Domains",
            "domains",
            "Register and transfer domain names",
        ),
    ] {
        tx.execute(
            "INSERT INTO categories(id, name, slug, description) VALUES (?1,?2,?3,?4)",
            params![id, name, slug, desc],
        )?;
    }
    let products = [
        (
            10,
            1,
            "Starter Hosting",
            "1 site, 10 GB SSD, free SSL",
            50,
            r#"{"m":"4.99","q":"14.25","a":"54.00","b":"99.00"}"#,
        ),
        (
            11,
            1,
            "Business Hosting",
            "Unlimited sites, 100 GB NVMe, staging",
            -1,
            r#"{"m":"14.99","a":"159.00","b":"299.00"}"#,
        ),
        (
            20,
            2,
            "Cloud S",
            "1 vCPU, 2 GB RAM, 40 GB NVMe",
            -1,
            r#"{"m":"9.00","q":"27.00","s":"52.00","a":"100.00"}"#,
        ),
        (
            21,
            2,
            "Cloud M",
            "2 vCPU, 4 GB RAM, 80 GB NVMe",
            -1,
            r#"{"m":"18.00","q":"54.00","s":"104.00","a":"200.00"}"#,
        ),
        (
            22,
            2,
            "Cloud L",
            "4 vCPU, 8 GB RAM, 160 GB NVMe",
            0,
            r#"{"m":"36.00","a":"400.00"}"#,
        ),
        (
            30,
            3,
            "Domain names",
            "Register a new name or transfer one in, WHOIS privacy included",
            -1,
            r#"{"a":"12.99","b":"25.98","t":"38.97"}"#,
        ),
    ];
    for (id, cat, name, desc, stock, prices) in products {
        // Cloud servers are configurable (every form type the API describes); hosting and
        // domains need a domain name.
        let config = match cat {
            2 => CLOUD_CONFIG,
            3 => DOMAIN_CONFIG,
            _ => r#"{"domain": true, "forms": [], "addons": []}"#,
        };
        tx.execute(
            "INSERT INTO products(id, category_id, name, description, stock, prices, config) VALUES (?1,?2,?3,?4,?5,?6,?7)",
            params![id, cat, name, desc, stock, prices, config],
        )?;
    }
    Ok(())
}

/// What an invoice of the demo account looks like, by its index (0 = newest).
fn invoice_plan(i: i64) -> (&'static str, &'static str) {
    let currency = if i % 4 == 3 { "VND" } else { "USD" };
    let status = match i {
        0..=3 | 5 | 9 => "Unpaid",
        4 | 13 | 22 => "Cancelled",
        17 | 26 => "Refunded",
        30 => "Collections",
        _ => "Paid",
    };
    (currency, status)
}

fn invoices(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    // Each invoice bills one service (its renewal and that service's own add-ons), as a
    // portal's recurring invoices do: `filter[service]` then finds exactly the invoices that bill
    // it, and a domain's invoices are never a hosting plan's.
    // (description, amount in hundredths, item type, the service it bills, 0 for none)
    type Line = (&'static str, i64, &'static str, i64);
    let usd_renewals: [&[Line]; 5] = [
        &[
            ("Cloud M - web cluster (monthly)", 1800, "Hosting", 303),
            (
                "Extra IPv4 address - web cluster (monthly)",
                300,
                "Hosting",
                303,
            ),
        ],
        &[(
            "Starter Hosting - nguyenstudio.vn (monthly)",
            499,
            "Hosting",
            301,
        )],
        &[
            ("Cloud S - staging (monthly)", 900, "Hosting", 304),
            (
                "Daily backups add-on - staging (monthly)",
                250,
                "Hosting",
                304,
            ),
        ],
        &[(
            ".com renewal - nguyenstudio.com (1 year)",
            1299,
            "Domain",
            306,
        )],
        &[(
            "Business Hosting - shop.nguyenstudio.vn (monthly)",
            1499,
            "Hosting",
            302,
        )],
    ];
    // Client 1's VND invoices bill things outside its services list (a .vn name and a
    // certificate bought elsewhere); client 2's bill its Vietnamese VPS.
    let vnd_client1: [&[Line]; 2] = [
        &[(
            "Ten mien .vn - nguyenstudio.vn (1 nam)",
            45_000_000,
            "Other",
            0,
        )],
        &[(
            "SSL Positive - nguyenstudio.vn (1 nam)",
            35_000_000,
            "Other",
            0,
        )],
    ];
    let vnd_client2: &[Line] = &[("Cloud S - tran-vps (thang)", 22_500_000, "Hosting", 401)];
    let mut item_id = 1;
    let mut add = |client: i64,
                   id: i64,
                   i: i64,
                   currency: &str,
                   status: &str,
                   issued: NaiveDate,
                   due: NaiveDate|
     -> rusqlite::Result<()> {
        let picks: &[Line] = match (client, currency) {
            (2, _) => vnd_client2,
            (_, "VND") => vnd_client1[(i % 2) as usize],
            _ => usd_renewals[(i % 5) as usize],
        };
        let subtotal: i64 = picks.iter().map(|p| p.1).sum();
        let taxrate: i64 = if currency == "VND" {
            10
        } else if i % 2 == 0 {
            0
        } else {
            8
        };
        // Tax rounded half up to the minor unit (whole dong for VND).
        let unit = if currency == "VND" { 100 } else { 1 };
        let tax = ((subtotal * taxrate + 50 * unit) / (100 * unit)) * unit;
        let total = subtotal + tax;
        let paid = if status == "Paid" || status == "Refunded" {
            format!("{} 10:15:00", d(issued + Duration::days(2)))
        } else {
            "0000-00-00 00:00:00".into()
        };
        let number = format!("{}/{:02}/{}", issued.format("%Y"), issued.format("%m"), id);
        tx.execute(
            "INSERT INTO invoices(id, client_id, number, date, duedate, datepaid, subtotal, tax, taxrate, total, status, currency) \
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
            params![id, client, number, d(issued), d(due), paid, subtotal, tax, taxrate.to_string(), total, status, currency],
        )?;
        for &(desc, amount, kind, service) in picks {
            tx.execute(
                "INSERT INTO invoice_items(id, invoice_id, type, item_id, description, amount, qty, taxed) VALUES (?1,?2,?3,?4,?5,?6,'1.00',?7)",
                params![item_id, id, kind, service, desc, amount, i64::from(taxrate > 0)],
            )?;
            item_id += 1;
        }
        Ok(())
    };
    for i in 0..40i64 {
        let (currency, status) = invoice_plan(i);
        let issued = today - Duration::days(i * 12 + 3);
        let due = match i {
            0 => today + Duration::days(4),
            1 => today + Duration::days(11),
            2 => today + Duration::days(25),
            _ => issued + Duration::days(14),
        };
        add(1, 1000 + (40 - i), i, currency, status, issued, due)?;
    }
    for i in 0..5i64 {
        let issued = today - Duration::days(i * 30 + 5);
        let status = if i == 0 { "Unpaid" } else { "Paid" };
        add(
            2,
            2000 + i,
            i * 4 + 3,
            "VND",
            status,
            issued,
            issued + Duration::days(14),
        )?;
    }
    Ok(())
}

fn estimates(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    type Line = (&'static str, i64, &'static str);
    /// id, subject, age in days, status, currency, lines, tax rate.
    type Plan = (
        i64,
        &'static str,
        i64,
        &'static str,
        &'static str,
        &'static [Line],
        i64,
    );
    let plans: [Plan; 3] = [
        (
            1,
            "Migration of 12 WordPress sites",
            5,
            "Sent",
            "USD",
            &[
                ("Site migration (per site)", 3500, "12"),
                ("DNS cut-over and monitoring", 6000, "1"),
            ],
            8,
        ),
        (
            2,
            "Dedicated server upgrade",
            40,
            "Accepted",
            "USD",
            &[("Dedicated E-2388G, 64 GB RAM (first month)", 129_900, "1")],
            0,
        ),
        (
            3,
            "Goi hosting doanh nghiep 3 nam",
            20,
            "Draft",
            "VND",
            &[
                ("Business Hosting 36 thang", 540_000_000, "1"),
                ("Chung chi SSL 3 nam", 105_000_000, "1"),
                ("Ten mien .vn 3 nam", 45_000_000, "3"),
            ],
            10,
        ),
    ];
    for (id, subject, days, status, cur, lines, taxrate) in plans {
        let date = today - Duration::days(days);
        let subtotal: i64 = lines
            .iter()
            .map(|(_, amount, qty)| amount * qty.parse::<i64>().unwrap_or(1))
            .sum();
        let unit = if cur == "VND" { 100 } else { 1 };
        let tax = ((subtotal * taxrate + 50 * unit) / (100 * unit)) * unit;
        tx.execute(
            "INSERT INTO estimates(id, client_id, subject, date, valid_until, subtotal, tax, taxrate, total, status, currency, notes) \
             VALUES (?1,1,?2,?3,?4,?5,?6,?7,?8,?9,?10,'Prices valid for 30 days.')",
            params![id, subject, d(date), d(date + Duration::days(30)), subtotal, tax, taxrate.to_string(), subtotal + tax, status, cur],
        )?;
        for (desc, amount, qty) in lines {
            tx.execute(
                "INSERT INTO estimate_items(estimate_id, description, amount, qty) VALUES (?1,?2,?3,?4)",
                params![id, desc, amount, format!("{qty}.00")],
            )?;
        }
    }
    Ok(())
}

/// The demo account's credit history (ending at its seeded credit of 25.50) and voucher codes:
/// single-use codes so that tests and visitors each have their own.
fn credit(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    let mut balance = 0;
    for (days, desc, amount, invoice) in [
        (120, "Voucher WELCOME50 redeemed", 5000, 0),
        (95, "Credit applied to an invoice", -3450, 0),
        (60, "Refund of invoice 1023 as credit", 1250, 1023),
        (31, "Add funds payment", 1000, 0),
        (12, "Credit applied to an invoice", -930, 0),
        (4, "Goodwill credit: network incident", 180, 0),
        (2, "Credit applied to an invoice", -500, 0),
    ] {
        balance += amount;
        tx.execute(
            "INSERT INTO credit_logs(client_id, date, description, amount, balance, invoice_id) VALUES (1,?1,?2,?3,?4,?5)",
            params![format!("{} 09:30:00", d(today - Duration::days(days))), desc, amount, balance, invoice],
        )?;
    }
    debug_assert_eq!(
        balance, 2550,
        "the credit history ends at the seeded credit"
    );
    for n in 1..=50 {
        tx.execute(
            "INSERT INTO vouchers(code, amount, currency) VALUES (?1, 1000, 'USD')",
            params![format!("SAVE10-{n:03}")],
        )?;
    }
    tx.execute(
        "INSERT INTO vouchers(code, amount, currency) VALUES ('TET2027', 20000000, 'VND')",
        [],
    )?;
    Ok(())
}

/// A client with 10,000 invoices, to show the list stays fast at that size.
fn bulk_client(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    let salt = "salt-3";
    tx.execute(
        "INSERT INTO clients(id, email, password_hash, salt, firstname, lastname, companyname, address1, city, postcode, country, currency) \
         VALUES (3, ?1, ?2, ?3, 'Linh', 'Pham', 'Pham Reseller Co', '5 Hai Ba Trung', 'Da Nang', '550000', 'VN', 'USD')",
        params![BULK_EMAIL, hash_password(salt, BULK_PASSWORD), salt],
    )?;
    let mut invoice = tx.prepare(
        "INSERT INTO invoices(id, client_id, number, date, duedate, datepaid, subtotal, total, status, currency) \
         VALUES (?1,3,?2,?3,?4,?5,?6,?6,?7,'USD')",
    )?;
    let mut item = tx.prepare(
        "INSERT INTO invoice_items(invoice_id, type, description, amount, qty, taxed) VALUES (?1,'Hosting',?2,?3,'1.00',0)",
    )?;
    for i in 0..BULK_INVOICES {
        let id = 100_000 + i;
        let issued = today - Duration::days((BULK_INVOICES - i) / 8);
        let status = match i % 23 {
            0 => "Cancelled",
            1 => "Refunded",
            _ if i >= BULK_INVOICES - 40 || i % 97 == 5 => "Unpaid",
            _ => "Paid",
        };
        let paid = if status == "Paid" {
            format!("{} 08:00:00", d(issued + Duration::days(1)))
        } else {
            "0000-00-00 00:00:00".into()
        };
        // Varied, exact amounts (hundredths), so sorting by total means something.
        let total = 199 + (i * 7919) % 250_000;
        let number = format!("{}/{}/{id}", issued.format("%Y"), issued.format("%m"));
        invoice.execute(params![
            id,
            number,
            d(issued),
            d(issued + Duration::days(14)),
            paid,
            total,
            status
        ])?;
        item.execute(params![
            id,
            format!("Reseller hosting account #{}", i % 400 + 1),
            total
        ])?;
    }
    Ok(())
}

fn services(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    let rows = [
        (
            301,
            1,
            10,
            "Starter Hosting",
            "Hosting",
            "nguyenstudio.vn",
            499,
            "Monthly",
            400,
            9,
            "Active",
        ),
        (
            302,
            1,
            11,
            "Business Hosting",
            "Hosting",
            "shop.nguyenstudio.vn",
            1499,
            "Monthly",
            200,
            -20,
            "Suspended",
        ),
        (
            303,
            1,
            21,
            "Cloud M",
            "Cloud Servers",
            "web cluster",
            1800,
            "Monthly",
            300,
            12,
            "Active",
        ),
        (
            304,
            1,
            20,
            "Cloud S",
            "Cloud Servers",
            "staging",
            900,
            "Monthly",
            90,
            21,
            "Active",
        ),
        (
            305,
            1,
            10,
            "Starter Hosting",
            "Hosting",
            "old-blog.net",
            499,
            "Monthly",
            700,
            -200,
            "Cancelled",
        ),
        (
            306,
            1,
            30,
            ".com registration",
            "Domains",
            "nguyenstudio.com",
            1299,
            "Annually",
            500,
            230,
            "Active",
        ),
        (
            307,
            1,
            20,
            "Cloud S",
            "Cloud Servers",
            "test-box",
            900,
            "Monthly",
            800,
            -400,
            "Terminated",
        ),
        (
            308,
            1,
            0,
            "Dedicated E-2388G",
            "Dedicated Servers",
            "db1.nguyenstudio.vn",
            12990,
            "Monthly",
            150,
            17,
            "Active",
        ),
        (
            309,
            1,
            0,
            "Atrium Pro licence",
            "Licenses",
            "shop.nguyenstudio.vn",
            4900,
            "Annually",
            120,
            245,
            "Active",
        ),
        (
            401,
            2,
            20,
            "Cloud S",
            "Cloud Servers",
            "tran-vps",
            // Cloud S's $9.00 in the client's own currency (the catalogue's 25,000 VND per USD).
            22_500_000,
            "Monthly",
            60,
            15,
            "Active",
        ),
    ];
    for (id, client, product, name, cat, domain, total, cycle, age, next, status) in rows {
        tx.execute(
            "INSERT INTO services(id, client_id, product_id, name, category, domain, total, billingcycle, date_created, next_due, status, username) \
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
            params![id, client, product, name, cat, domain, total, cycle, d(today - Duration::days(age)), d(today + Duration::days(next)), status, format!("user{id}")],
        )?;
    }
    // The dedicated server and the licence are not in the catalogue (so no upgrade options).
    tx.execute(
        "UPDATE services SET product_id = NULL WHERE id IN (308, 309)",
        [],
    )?;
    // The licence, bound where the shop runs (BoxBilling's licence module; FOSSBilling keeps the
    // lists as JSON text).
    tx.execute(
        "INSERT INTO licences(service_id, license_key, validate_ip, validate_host, validate_version, validate_path, ips, hosts, paths, versions, pinged_at) \
         VALUES (309, 'ATR-7F3K-92QD-LM4X', 1, 1, 0, 0, '[\"103.56.158.10\"]', '[\"shop.nguyenstudio.vn\"]', '[\"/var/www/shop\"]', '[\"2.4.1\"]', ?1)",
        params![format!("{} 08:15:00", d(today - Duration::days(2)))],
    )?;
    // The domain's automatic renewal (on) and its DNSSEC keys (a KSK's DS records, SHA-256 and
    // SHA-384), as HostBill lists them with the domain.
    tx.execute(
        "INSERT INTO domain_settings(service_id, autorenew) VALUES (306, 1)",
        [],
    )?;
    for (id, keytag, alg, digest_type, digest) in [
        (
            1,
            2371,
            13,
            2,
            "1F987CC6583E92DF0890718C42E0A7B2F3D7A8C5F8C4B4B3E1C61D2A0B79C3E2",
        ),
        (
            2,
            2371,
            13,
            4,
            "8A2E6B1C3F0D9E7A5B4C2D1E0F9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D1E0F9A8B7C6",
        ),
    ] {
        tx.execute(
            "INSERT INTO dnssec_keys(id, service_id, keytag, alg, digest_type, digest) VALUES (?1, 306, ?2, ?3, ?4, ?5)",
            params![id, keytag, alg, digest_type, digest],
        )?;
    }
    // The dedicated server's addresses (a /29's usable four and an IPv6 one); one has its name.
    for (address, version, rdns, primary) in [
        ("103.56.158.10", 4, "db1.nguyenstudio.vn", 1),
        ("103.56.158.11", 4, "", 0),
        ("103.56.158.12", 4, "", 0),
        ("103.56.158.13", 4, "", 0),
        ("2405:4800:100:2::10", 6, "", 0),
    ] {
        tx.execute(
            "INSERT INTO server_ips(service_id, address, version, rdns, primary_ip) VALUES (308, ?1, ?2, ?3, ?4)",
            params![address, version, rdns, primary],
        )?;
    }
    // Cloud server limits (the VM resources page shows used and available).
    for (svc, vms, cpus, mem, disk) in [
        (303, 6, 10, 20480, 320),
        (304, 2, 2, 4096, 80),
        (401, 1, 1, 2048, 40),
    ] {
        tx.execute(
            "INSERT INTO service_limits(service_id, vms, cpus, memory_mb, disk_gb) VALUES (?1,?2,?3,?4,?5)",
            params![svc, vms, cpus, mem, disk],
        )?;
    }
    type VmSeed<'a> = (
        i64,
        i64,
        &'a str,
        &'a str,
        &'a str,
        i64,
        i64,
        i64,
        &'a str,
        &'a str,
    );
    let vms: [VmSeed<'_>; 7] = [
        (
            9001,
            303,
            "web-01",
            "running",
            "Ubuntu 24.04 LTS",
            2,
            4096,
            80,
            "203.0.113.11",
            "2001:db8:10::11",
        ),
        (
            9002,
            303,
            "web-02",
            "running",
            "Ubuntu 24.04 LTS",
            2,
            4096,
            80,
            "203.0.113.12",
            "2001:db8:10::12",
        ),
        (
            9003,
            303,
            "db-01",
            "stopped",
            "Debian 12",
            2,
            4096,
            80,
            "203.0.113.13",
            "",
        ),
        (
            9004,
            304,
            "staging-app",
            "running",
            "Rocky Linux 9",
            1,
            2048,
            40,
            "198.51.100.21",
            "",
        ),
        (
            9005,
            304,
            "staging-ci",
            "stopped",
            "Ubuntu 22.04 LTS",
            1,
            2048,
            40,
            "198.51.100.22",
            "",
        ),
        (
            LIVE_VM_ID,
            303,
            LIVE_VM_NAME,
            "stopped",
            super::live_vm::REAL_TEMPLATE,
            1,
            128,
            1,
            "",
            "",
        ),
        (
            9101,
            401,
            "tran-vps",
            "running",
            "Windows Server 2022",
            1,
            2048,
            40,
            "192.0.2.50",
            "",
        ),
    ];
    for (id, svc, label, status, template, cpus, mem, disk, v4, v6) in vms {
        tx.execute(
            "INSERT INTO vms(id, service_id, label, status, template, cpus, memory_mb, disk_gb) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
            params![id, svc, label, status, template, cpus, mem, disk],
        )?;
        let host = format!("{label}.nguyenstudio.com");
        for (address, version, rdns) in [(v4, 4, host.as_str()), (v6, 6, "")] {
            if !address.is_empty() {
                tx.execute(
                    "INSERT INTO vm_ips(service_id, vm_id, address, version, rdns, primary_ip) VALUES (?1,?2,?3,?4,?5,1)",
                    params![svc, id, address, version, rdns],
                )?;
            }
        }
        for k in 0..3i64 {
            let day = today - Duration::days(1 + k * 7);
            tx.execute(
                "INSERT INTO vm_backups(vm_id, name, date, size_mb) VALUES (?1,?2,?3,?4)",
                params![
                    id,
                    format!("{label}-weekly-{}", day.format("%Y%m%d")),
                    format!("{} 03:00:00", d(day)),
                    1800 + (id % 7) * 130 + k * 45
                ],
            )?;
        }
    }
    // Spare addresses of the cloud service that can be assigned to a VM.
    for address in ["203.0.113.40", "203.0.113.41", "203.0.113.42"] {
        tx.execute(
            "INSERT INTO vm_ips(service_id, vm_id, address, version) VALUES (303, NULL, ?1, 4)",
            params![address],
        )?;
    }
    Ok(())
}

fn dns(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute("INSERT INTO dns_zones(id, service_id, client_id, domain) VALUES (1, 306, 1, 'nguyenstudio.com')", [])?;
    tx.execute("INSERT INTO dns_zones(id, service_id, client_id, domain) VALUES (2, 301, 1, 'xn--caf-dma.vn')", [])?;
    tx.execute("INSERT INTO dns_zones(id, service_id, client_id, domain) VALUES (3, 303, 1, 'big-zone.test')", [])?;
    let records: [(i64, &str, &str, i64, i64, &str); 16] = [
        (1, "@", "A", 3600, 0, "203.0.113.11"),
        (1, "@", "AAAA", 3600, 0, "2001:db8:10::11"),
        (1, "www", "CNAME", 3600, 0, "nguyenstudio.com."),
        (1, "@", "MX", 3600, 10, "mx1.mailhost.example."),
        (1, "@", "MX", 3600, 20, "mx2.mailhost.example."),
        (
            1,
            "@",
            "TXT",
            300,
            0,
            "\"v=spf1 include:_spf.mailhost.example ~all\"",
        ),
        (
            1,
            "_dmarc",
            "TXT",
            300,
            0,
            "\"v=DMARC1; p=quarantine; rua=mailto:dmarc@nguyenstudio.com\"",
        ),
        (
            1,
            "_sip._tcp",
            "SRV",
            3600,
            10,
            "60 5060 sip.nguyenstudio.com.",
        ),
        (1, "@", "CAA", 3600, 0, "0 issue \"letsencrypt.org\""),
        (1, "@", "NS", 86400, 0, "ns1.atrium-dns.example."),
        (1, "@", "NS", 86400, 0, "ns2.atrium-dns.example."),
        (1, "*.dev", "A", 600, 0, "198.51.100.21"),
        (2, "@", "A", 3600, 0, "203.0.113.20"),
        (2, "www", "CNAME", 3600, 0, "xn--caf-dma.vn."),
        (2, "@", "MX", 3600, 10, "mail.xn--caf-dma.vn."),
        (2, "mail", "A", 3600, 0, "203.0.113.21"),
    ];
    for (zone, name, kind, ttl, prio, content) in records {
        tx.execute(
            "INSERT INTO dns_records(zone_id, name, type, ttl, priority, content) VALUES (?1,?2,?3,?4,?5,?6)",
            params![zone, name, kind, ttl, prio, content],
        )?;
    }
    let mut stmt = tx.prepare("INSERT INTO dns_records(zone_id, name, type, ttl, priority, content) VALUES (3,?1,?2,300,?3,?4)")?;
    for i in 0..5000i64 {
        let (kind, prio, content) = match i % 10 {
            0..=5 => (
                "A",
                0,
                format!("10.{}.{}.{}", i / 65_536, (i / 256) % 256, i % 256),
            ),
            6 | 7 => ("AAAA", 0, format!("2001:db8::{:x}", i)),
            8 => ("TXT", 0, format!("\"host-{i} owner=team-{}\"", i % 37)),
            _ => ("CNAME", 0, format!("host-{}.big-zone.test.", i - 1)),
        };
        stmt.execute(params![format!("host-{i}"), kind, prio, content])?;
    }
    Ok(())
}

fn tickets(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    for (id, client, number, dept, subject, status, age) in [
        (
            1,
            1,
            "736633",
            "Billing",
            "Invoice shows the wrong VAT number",
            "Answered",
            2,
        ),
        (
            2,
            1,
            "736702",
            "Technical",
            "db-01 does not boot after kernel update",
            "Open",
            0,
        ),
        (
            3,
            1,
            "736710",
            "Sales",
            "Volume discount for 10 Cloud M servers?",
            "Customer-Reply",
            1,
        ),
        (
            4,
            1,
            "735980",
            "Technical",
            "SSL renewal failed",
            "Closed",
            40,
        ),
        (5, 2, "736800", "Billing", "Xuat hoa don VAT", "Open", 3),
    ] {
        let date = format!("{} 09:30:00", d(today - Duration::days(age)));
        let body = format!("{subject}.\r\nCould you take a look, please?\r\n\r\nThanks");
        tx.execute(
            "INSERT INTO tickets(id, client_id, number, date, deptname, subject, body, status, lastreply, client_read) \
             VALUES (?1,?2,?3,?4,?5,?6,?8,?7,?4,1)",
            params![id, client, number, date, dept, subject, status, body],
        )?;
        // Answered tickets carry the staff's answer; the customer's own follow-up on the others.
        let reply = match status {
            "Answered" | "Closed" => Some((
                "Support Staff",
                "Admin",
                "Thanks for the report: it is fixed on our side.\r\n\r\n-- Atrium Hosting support --",
            )),
            "Customer-Reply" => Some(("Alex Nguyen", "Client", "Any news on this?")),
            _ => None,
        };
        if let Some((name, kind, text)) = reply {
            let at = format!("{} 11:00:00", d(today - Duration::days(age)));
            tx.execute(
                "INSERT INTO ticket_replies(ticket_id, name, date, body, type) VALUES (?1,?2,?3,?4,?5)",
                params![id, name, at, text, kind],
            )?;
            tx.execute(
                "UPDATE tickets SET lastreply = ?1 WHERE id = ?2",
                params![at, id],
            )?;
            // The staff's answer to the first answered ticket comes with the trace they ran.
            if kind == "Admin" && id == first_answered(tx)? {
                tx.execute(
                    "INSERT OR IGNORE INTO ticket_attachments(file, ticket_id, reply_id, name, content) \
                     VALUES ('f3a9c2e1', ?1, last_insert_rowid(), 'traceroute.txt', ?2)",
                    params![id, TRACEROUTE.as_bytes()],
                )?;
            }
        }
    }
    Ok(())
}

/// The file attached to the staff's answer of the first answered ticket.
const TRACEROUTE: &str = "traceroute to 203.0.113.10, 30 hops max\n 1  gw.atrium.test  0.4 ms\n 2  203.0.113.10  1.2 ms\n";

/// The first ticket answered by staff.
fn first_answered(tx: &Transaction<'_>) -> rusqlite::Result<i64> {
    tx.query_row(
        "SELECT MIN(ticket_id) FROM ticket_replies WHERE type = 'Admin'",
        [],
        |r| r.get(0),
    )
}

fn notifications(tx: &Transaction<'_>, today: NaiveDate) -> rusqlite::Result<()> {
    for (id, client, rel_type, rel_id, subject, message, age, seen) in [
        (
            1,
            1,
            "Invoice",
            "1040",
            "New invoice issued",
            "Invoice 1040 is due in 4 days.",
            0,
            0,
        ),
        (
            2,
            1,
            "Service",
            "303",
            "Scheduled maintenance",
            "Cloud host node hv-12 will be patched on Saturday 02:00-03:00 UTC.",
            1,
            0,
        ),
        (
            3,
            1,
            "",
            "",
            "New: NVMe Cloud L plans",
            "Cloud L with 8 GB RAM is now available in Ho Chi Minh City.",
            6,
            0,
        ),
        (
            4,
            1,
            "Ticket",
            "736633",
            "Ticket answered",
            "Our billing team replied to ticket 736633.",
            2,
            1,
        ),
        (
            5,
            2,
            "Invoice",
            "2000",
            "Hoa don moi",
            "Hoa don 2000 da duoc tao.",
            5,
            0,
        ),
    ] {
        tx.execute(
            "INSERT INTO notifications(id, client_id, rel_type, rel_id, subject, message, date, seen) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
            params![id, client, rel_type, rel_id, subject, message, format!("{} 08:00:00", d(today - Duration::days(age))), seen],
        )?;
    }
    Ok(())
}
