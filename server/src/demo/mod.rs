//! The built-in demo portal: HostBill's client API over SQLite, seeded with a realistic account,
//! real signed JWTs with a short lifetime and rotating refresh tokens, ownership checks, and
//! fault injection for tests. It writes the documented wire shapes itself (string numbers, `""`,
//! `0000-00-00`, `{"error": [...]}`) and shares no types with the app.

mod account;
#[cfg(test)]
mod account_tests;
mod affiliates;
#[cfg(test)]
mod affiliates_tests;
mod auth;
mod billing;
#[cfg(test)]
mod billing_tests;
mod boxbilling;
mod boxbilling_cart;
mod boxbilling_domain;
mod boxbilling_hosting;
#[cfg(test)]
mod boxbilling_hosting_tests;
mod boxbilling_invoices;
mod boxbilling_licence;
#[cfg(test)]
mod boxbilling_licence_tests;
#[cfg(test)]
mod boxbilling_order_tests;
mod boxbilling_solusvm;
mod boxbilling_support;
#[cfg(test)]
mod boxbilling_tests;
mod catalog;
mod certificates;
#[cfg(test)]
mod certificates_tests;
mod console;
#[cfg(test)]
mod console_tests;
mod contacts;
#[cfg(test)]
mod contacts_tests;
mod credit;
mod db;
mod dns;
#[cfg(test)]
mod dns_tests;
mod domains;
#[cfg(test)]
mod domains_tests;
mod emails;
mod estimates;
mod faults;
mod gateway;
mod kdata;
#[cfg(test)]
mod kdata_tests;
mod live_vm;
mod news;
#[cfg(test)]
mod news_tests;
mod ordering;
#[cfg(test)]
mod ordering_tests;
mod password_reset;
mod payall;
mod pdf;
mod qemu;
mod reply;
mod search;
#[cfg(test)]
mod search_tests;
mod security;
#[cfg(test)]
mod security_tests;
mod seed;
mod service_extras;
#[cfg(test)]
mod service_extras_tests;
mod services;
#[cfg(test)]
mod services_tests;
mod settings;
#[cfg(test)]
mod settings_tests;
mod support;
#[cfg(test)]
mod tests;
mod throttle;
mod tickets;
#[cfg(test)]
mod tickets_tests;
mod tld;
mod vm_extras;
mod vm_sim;
mod vms;
#[cfg(test)]
mod vms_tests;

use axum::Router;
use axum::middleware;
use axum::routing::{delete, get, post, put};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Options of `atrium-server demo`.
#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// SQLite file holding the demo data (created and seeded if missing).
    #[arg(long, default_value = "atrium-demo.sqlite")]
    pub db: PathBuf,
    /// Throw the data away and seed it again.
    #[arg(long)]
    pub reset: bool,
    /// Access-token lifetime (e.g. 60s, 15m).
    #[arg(long, default_value = "15m", value_parser = crate::parse_duration)]
    pub token_ttl: Duration,
    /// Refresh-token lifetime without "remember me" (with it: 360 days, as HostBill documents).
    #[arg(long, default_value = "1d", value_parser = crate::parse_duration)]
    pub refresh_ttl: Duration,
    /// How long simulated VM tasks take, as a factor of real timings (a start takes 3 s at 1).
    #[arg(long, default_value_t = 1.0)]
    pub vm_pace: f64,
    /// Accept fault injection at `/api/__demo/faults` (for the test suites only: anyone who can
    /// reach the demo could otherwise make every client's calls fail).
    #[arg(long)]
    pub test_faults: bool,
    /// Which billing system's API the demo speaks (over the same data).
    #[arg(long, value_enum, default_value_t = DemoDialect::Hostbill)]
    pub dialect: DemoDialect,
    /// The live VM's kernel and initramfs (`scripts/vm-image.sh` builds them there).
    #[arg(long, default_value = "target/vm")]
    pub vm_image: PathBuf,
    /// Do not run the live VM: every demo server is simulated.
    #[arg(long)]
    pub no_live_vm: bool,
}

/// The dialects the demo portal speaks.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoDialect {
    /// HostBill's client REST API.
    Hostbill,
    /// The "Kdata" JWT wrapper over WHMCS.
    Kdata,
    /// BoxBilling's client API.
    Boxbilling,
}

impl DemoDialect {
    /// What the served `config.json` must say for the app to speak this dialect: the backend,
    /// and for Kdata (which cannot list its packages) the VPS order form's choices.
    pub fn config_overlay(self) -> Option<serde_json::Value> {
        match self {
            // The console route the demo portal serves (HostBill's documents name none).
            DemoDialect::Hostbill => Some(serde_json::json!({
                "vm_console": "/service/@id/vms/@vmid/console"
            })),
            DemoDialect::Kdata => Some(serde_json::json!({
                "backend": "kdata",
                "currency": "USD",
                "vps_order": {
                    "packages": ["Cloud S", "Cloud M"],
                    "os": ["Ubuntu 24.04 LTS", "Debian 12", "Windows Server 2022"],
                    "cycles": ["monthly", "quarterly", "semiannually", "annually"]
                }
            })),
            DemoDialect::Boxbilling => Some(serde_json::json!({
                "backend": "boxbilling",
                "invoice_payment_url": "/api/__demo/invoice/{id}",
                // BoxBilling's client API cannot list SolusVM templates: the reseller names them.
                "solusvm_templates": vms::TEMPLATES
                    .iter()
                    .map(|(id, name, _)| serde_json::json!({ "id": id, "name": name }))
                    .collect::<Vec<_>>()
            })),
        }
    }
}

/// Shared state of the demo portal.
pub struct Demo {
    /// The database; one connection behind a mutex is plenty for a demo.
    pub db: Mutex<rusqlite::Connection>,
    /// Token signing and lifetimes.
    pub auth: auth::Keys,
    /// The database's secret, read once at start: the key of values only the demo can make
    /// (BoxBilling invoice hashes, pay-form tokens).
    pub secret: String,
    /// Faults queued by tests.
    pub faults: faults::Faults,
    /// Failed sign-ins per account and per address.
    pub throttle: throttle::Throttle,
    /// Factor on simulated VM task durations.
    pub vm_pace: f64,
    /// The dialect spoken (faults answer in its words).
    pub dialect: DemoDialect,
    /// BoxBilling guest-login sessions: cookie value -> client id.
    pub bb_sessions: Mutex<std::collections::HashMap<String, i64>>,
    /// BoxBilling session carts: cookie value -> cart.
    pub bb_carts: Mutex<std::collections::HashMap<String, boxbilling_cart::Cart>>,
    /// The live VM, once its QEMU process runs (HostBill dialect, QEMU installed).
    pub live: std::sync::OnceLock<Arc<qemu::live::LiveVm>>,
    /// Console tickets not used yet.
    pub console_tickets: console::Tickets,
}

/// Shared handle.
pub type DemoState = Arc<Demo>;

/// Opens (and seeds if needed) the database and returns the `/api` router (the tests' portal).
#[cfg(test)]
pub fn router(args: DemoArgs) -> Result<Router, String> {
    routers(args).map(|r| r.0)
}

/// The `/api` router and the routes the demo adds to the site itself (the console's
/// WebSocket, `/console/<ticket>`, outside `/api`: a long-lived upgrade must not hold one of
/// the API's in-flight slots nor pass its compression).
pub fn routers(args: DemoArgs) -> Result<(Router, Router), String> {
    let conn = db::open(&args.db, args.reset)?;
    let secret = db::signing_secret(&conn)?;
    let state = Arc::new(Demo {
        db: Mutex::new(conn),
        auth: auth::Keys::new(&secret, args.token_ttl, args.refresh_ttl),
        secret: secret.clone(),
        faults: faults::Faults::default(),
        throttle: throttle::Throttle::default(),
        vm_pace: args.vm_pace.max(0.0),
        dialect: args.dialect,
        bb_sessions: Mutex::default(),
        bb_carts: Mutex::default(),
        live: std::sync::OnceLock::new(),
        console_tickets: console::Tickets::default(),
    });
    let site = Router::new()
        .route("/console/{ticket}", get(console::connect))
        .with_state(state.clone());
    if args.dialect == DemoDialect::Hostbill && !args.no_live_vm {
        live_vm::start(state.clone(), &args.vm_image);
    } else if let Ok(conn) = state.db.lock() {
        live_vm::mark_simulated(&conn);
    }
    println!(
        "demo portal ({:?} dialect): data in {} (token lifetime {}s); log in as {} / {}",
        args.dialect,
        args.db.display(),
        args.token_ttl.as_secs(),
        seed::DEMO_EMAIL,
        seed::DEMO_PASSWORD
    );
    if args.dialect == DemoDialect::Kdata {
        return Ok((
            Router::new()
                .route("/login", post(kdata::login))
                .route("/api/v1/{call}", post(kdata::call))
                .fallback(reply::not_found)
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    faults::inject,
                ))
                .merge(faults::routes(args.test_faults))
                .with_state(state),
            site,
        ));
    }
    if args.dialect == DemoDialect::Boxbilling {
        return Ok((
            Router::new()
                .route("/guest/client/login", post(boxbilling::login))
                .route("/guest/{module}/{method}", post(boxbilling_cart::guest))
                .route("/client/{module}/{method}", post(boxbilling::call))
                .fallback(reply::not_found)
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    faults::inject,
                ))
                .merge(faults::routes(args.test_faults))
                .route(
                    "/__demo/invoice/{hash}",
                    get(boxbilling_invoices::public_invoice)
                        .post(boxbilling_invoices::pay_public_invoice),
                )
                .with_state(state),
            site,
        ));
    }
    let api = Router::new()
        .route("/login", post(auth::login))
        .route("/token", post(auth::refresh))
        .route("/logout", post(auth::logout))
        .route("/revoke", post(auth::revoke))
        .route("/password/forgot", post(auth::forgot_password))
        .route("/passwordreset", post(password_reset::request))
        .route("/service/{id}/manualrenew", post(services::manual_renew))
        .route("/security", get(security::overview))
        .route(
            "/clientarea/settings",
            get(settings::get_settings).post(settings::save_settings),
        )
        .route("/verification/resend", post(settings::resend))
        .route("/logs", get(settings::logs))
        .route("/clientarea/histories", get(settings::histories))
        .route("/clientarea/search/{query}", get(search::search))
        .route("/verification/verify", post(settings::verify))
        .route("/post/recent", get(news::recent))
        .route("/post/sale", get(news::sale))
        .route("/downloads", get(news::downloads))
        .route("/download/{id}", get(news::download))
        .route("/affiliate", get(affiliates::info))
        .route("/affiliate/active", post(affiliates::activate))
        .route("/affiliates/summary", get(affiliates::summary))
        .route("/affiliate/commission", get(affiliates::commissions))
        .route("/affiliate/payouts", get(affiliates::payouts))
        .route("/affiliate/vouchers", get(affiliates::vouchers))
        .route("/affiliate/plans", get(affiliates::plans))
        .route("/affiliate/plans/{id}", get(affiliates::plan))
        .route("/affiliates/campaigns", get(affiliates::campaigns))
        .route("/affiliate/addvoucher", post(affiliates::add_voucher))
        .route("/affiliate/removevoucher", post(affiliates::remove_voucher))
        .route("/certificate", get(certificates::list))
        .route(
            "/certificate/order",
            get(certificates::products).post(certificates::order),
        )
        .route(
            "/certificate/order/{id}/software",
            get(certificates::software),
        )
        .route("/certificate/{id}", get(certificates::get_one))
        .route("/certificate/{id}/crt", get(certificates::file))
        .route("/contact", get(contacts::list).post(contacts::add))
        .route("/contact/privileges", get(contacts::privileges))
        .route(
            "/contact/{id}",
            get(contacts::get_one).put(contacts::update),
        )
        .route("/ticket/attachment/{file}", get(tickets::attachment))
        .route("/clientarea/history/emails", get(emails::hostbill_list))
        .route("/clientarea/history/emails/{id}", get(emails::hostbill_get))
        .route("/security/sshkey", post(security::add_key))
        .route("/security/sshkey/{id}", post(security::remove_key))
        .route("/security/ipaccess", post(security::add_rule))
        .route("/security/ipaccess/{id}", delete(security::remove_rule))
        .route("/password/passreset", post(password_reset::confirm))
        .route("/details", get(account::details).put(account::update))
        .route("/password/change", post(account::password_change))
        .route("/balance", get(billing::balance))
        .route("/invoice", get(billing::invoice_list))
        .route("/invoices", get(billing::invoices_paged))
        .route("/invoices/due", get(billing::invoices_due))
        .route(
            "/invoice/{id}",
            get(billing::invoice_detail).delete(billing::delete_invoice),
        )
        .route("/invoice/{id}/credit", post(billing::apply_credit))
        .route("/invoice/{id}/pdf", get(pdf::invoice_pdf))
        .route("/invoices/payall", post(payall::pay_all))
        .route("/estimates", get(estimates::list))
        .route("/estimates/{id}", get(estimates::detail))
        .route("/estimate/{id}/pdf", get(pdf::estimate_pdf))
        .route("/payment", get(billing::payment_methods))
        .route("/payment/fees", get(billing::payment_fees))
        .route("/billing/{invoice}/pay/{gateway}", get(gateway::pay_link))
        .route("/billing/addfunds", post(billing::add_funds))
        .route("/billing/creditlogs", get(credit::credit_logs))
        .route("/billing/creditvoucher", post(credit::redeem_voucher))
        .route("/service", get(account::services))
        .route("/services/{cid}", get(services::in_category))
        .route("/service/{id}", get(services::detail))
        .route("/service/{id}/methods", get(services::methods))
        .route(
            "/service/{id}/label",
            get(services::label).post(services::set_label),
        )
        .route("/service/{id}/ip", get(service_extras::ips))
        .route(
            "/service/cpanel2/{id}/backup",
            get(service_extras::panel_backups),
        )
        .route(
            "/service/{id}/rdns",
            get(service_extras::rdns).post(service_extras::set_rdns),
        )
        .route("/service/{id}/cancel", post(services::cancel))
        .route("/domain/suggestion", get(domains::suggestion))
        .route("/domain/sale", get(domains::sale))
        .route("/domain/bulksearch", post(domains::bulksearch))
        .route("/domain/{id}/autorenew", put(domains::set_autorenew))
        .route("/domain/{id}/dnssec/{key}", delete(domains::remove_dnssec))
        .route(
            "/service/{id}/upgrade",
            get(catalog::upgrade_options).post(ordering::upgrade),
        )
        .route("/service/{id}/vms", get(vms::list).post(vms::create))
        .route(
            "/service/{id}/vms/{vm}",
            get(vms::detail).put(vms::resize).delete(vms::destroy),
        )
        .route("/service/{id}/vms/{vm}/rebuild", post(vms::rebuild))
        .route(
            "/service/{id}/vms/{vm}/rebuild_network",
            post(vms::rebuild_network),
        )
        .route("/service/{id}/vms/{vm}/resetpwd", post(vms::reset_password))
        .route("/service/{id}/vms/{vm}/console", post(console::ticket))
        .route("/service/{id}/vms/{vm}/{action}", post(vms::power))
        .route("/service/{id}/templates", get(vms::templates))
        .route("/service/{id}/templates/{vm}", get(vms::templates))
        .route("/service/{id}/resources", get(vms::resources))
        .route(
            "/service/{id}/images",
            get(vm_extras::images).post(vm_extras::add_image),
        )
        .route("/service/{id}/vms/{vm}/usage", get(vm_extras::usage))
        .route("/service/{id}/vms/{vm}/traffic", get(vm_extras::traffic))
        .route("/service/{id}/vms/{vm}/backup", get(vm_extras::backups))
        .route(
            "/service/{id}/vms/{vm}/backup/{backup}",
            delete(vm_extras::delete_backup),
        )
        .route(
            "/service/{id}/vms/{vm}/rdns",
            get(vm_extras::rdns).post(vm_extras::set_rdns),
        )
        .route(
            "/service/{id}/vms/{vm}/ips",
            get(vm_extras::ips).post(vm_extras::assign_ip),
        )
        .route(
            "/service/{id}/vms/{vm}/ips/{ip}",
            delete(vm_extras::remove_ip),
        )
        .route(
            "/service/{id}/vms/{vm}/interfaces",
            get(vm_extras::interfaces),
        )
        .route(
            "/service/{id}/vms/{vm}/interfaces/{iface}/ips",
            get(vm_extras::spare_ips),
        )
        .route("/service/{id}/vms/{vm}/storage", get(vm_extras::storage))
        .route(
            "/service/{id}/vms/{vm}/storage/{disk}",
            put(vm_extras::resize_disk),
        )
        .route("/category", get(catalog::categories))
        .route("/category/{id}/product", get(catalog::products))
        .route(
            "/order/{id}",
            get(catalog::product_config).post(ordering::order_one),
        )
        .route("/order", post(ordering::order_many))
        .route("/quote", post(ordering::quote))
        .route("/dns", get(dns::list))
        .route(
            "/service/{service}/dns",
            get(dns::service_zones).post(dns::create_zone),
        )
        .route(
            "/service/{service}/dns/{zone}",
            get(dns::zone).delete(dns::delete_zone),
        )
        .route(
            "/service/{service}/dns/{zone}/records",
            post(dns::add_record),
        )
        .route(
            "/service/{service}/dns/{zone}/records/{record}",
            put(dns::edit_record).delete(dns::delete_record),
        )
        .route("/tickets", get(support::tickets).post(tickets::create))
        .route(
            "/tickets/{number}",
            get(tickets::ticket).post(tickets::reply),
        )
        .route("/tickets/{number}/{action}", put(tickets::set_status))
        .route("/ticket/departments", get(tickets::departments))
        .route("/notifications", get(support::notifications_all))
        .route("/notifications/new", get(support::notifications_new))
        .route("/notifications/{id}/ack", put(support::acknowledge))
        .fallback(reply::not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            faults::inject,
        ))
        .merge(faults::routes(args.test_faults))
        .route(
            "/__demo/gateway/{reference}",
            get(gateway::show).post(gateway::pay),
        );
    let api = if args.test_faults {
        api.route("/__demo/vm/{vm}/screen", get(console::screen))
            .route("/__demo/mailbox/{email}", get(password_reset::mailbox))
    } else {
        api
    };
    Ok((api.with_state(state), site))
}
