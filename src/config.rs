//! The runtime `config.json` a reseller edits to re-brand Atrium without rebuilding. Parsing and
//! validation are pure (tested natively); every problem is collected so the start-up error
//! screen can list them all at once. Theme values are validated tokens, never raw CSS: a colour,
//! a length or a known font stack can neither run code nor fetch anything.

use crate::i18n::Lang;
use crate::model::Dialect;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The areas of the client area a reseller can switch on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    /// Invoices and billing.
    Invoices,
    /// Services and VMs.
    Services,
    /// DNS zones.
    Dns,
    /// Catalogue, cart and ordering.
    Cart,
    /// Account settings.
    Account,
    /// Support tickets.
    Support,
}

impl Area {
    fn parse(s: &str) -> Option<Area> {
        Some(match s {
            "invoices" => Area::Invoices,
            "services" => Area::Services,
            "dns" => Area::Dns,
            "cart" => Area::Cart,
            "account" => Area::Account,
            "support" => Area::Support,
            _ => return None,
        })
    }
}

/// Colour token names a theme may set, and the CSS custom property each becomes.
pub const COLOR_TOKENS: [(&str, &str); 8] = [
    ("primary", "--brand-primary"),
    ("primary_contrast", "--brand-primary-contrast"),
    ("accent", "--brand-accent"),
    ("background", "--color-bg"),
    ("surface", "--color-surface"),
    ("text", "--color-text"),
    ("muted", "--color-muted"),
    ("border", "--color-border"),
];

/// Font stacks a theme may pick (names, so no `url(` can sneak in).
pub const FONTS: [(&str, &str); 4] = [
    (
        "system",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif",
    ),
    (
        "serif",
        "Georgia, \"Noto Serif\", \"Times New Roman\", serif",
    ),
    (
        "rounded",
        "ui-rounded, \"SF Pro Rounded\", system-ui, sans-serif",
    ),
    (
        "mono",
        "ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace",
    ),
];

/// The validated configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Where the portal API lives (`/api` behind atrium-server, or an absolute https URL).
    pub api_base: String,
    /// The billing system behind it.
    pub backend: Dialect,
    /// Brand name shown in the header and the title.
    pub brand_name: String,
    /// Logo for light backgrounds.
    pub logo: String,
    /// Logo for dark backgrounds (defaults to `logo`).
    pub logo_dark: String,
    /// Favicon.
    pub favicon: Option<String>,
    /// Where "Contact support" goes.
    pub support_url: Option<String>,
    /// The reseller's terms of service; when set, checkout asks the customer to accept them.
    pub terms_url: Option<String>,
    /// CSS custom properties for the light scheme: (property, value).
    pub light_tokens: Vec<(&'static str, String)>,
    /// CSS custom properties for the dark scheme.
    pub dark_tokens: Vec<(&'static str, String)>,
    /// Offered languages, first = fallback.
    pub languages: Vec<Lang>,
    /// Language used until the customer picks one.
    pub default_language: Lang,
    /// Areas switched on by the reseller.
    pub areas: Vec<Area>,
    /// ISO 4217 code of the account currency, for billing systems whose answers do not name it
    /// (Kdata's WHMCS wrapper sends amounts only).
    pub currency: String,
    /// The VPS order form of billing systems without a catalogue API (Kdata).
    pub vps_order: VpsOrderConfig,
    /// Where the billing system's own page pays an invoice (`{id}` is replaced by the invoice's
    /// id, or BoxBilling's hash), for backends whose API cannot take a payment.
    pub invoice_payment_url: Option<String>,
    /// The SolusVM templates a server can be rebuilt with (BoxBilling's client API cannot list
    /// them): empty means no rebuild is offered.
    pub solusvm_templates: Vec<SolusvmTemplate>,
    /// How the portal's times are labelled (`"UTC+07:00"`, `"ICT"`): portals send times in their
    /// own zone without naming it, so ticket and backup times say whose clock they are on.
    pub portal_time_zone: Option<String>,
    /// The portal route that hands out a console ticket for a VM (`@id` is the service,
    /// `@vmid` the VM: `/service/@id/vms/@vmid/console`). HostBill's client API documents none,
    /// so without it the VM page says the console is opened in the provider's own panel.
    pub vm_console: Option<String>,
    /// Test builds of the demo only (`atrium-server demo --test-faults` sets it): exposes
    /// `window.atriumTestPanic()`, a real Rust panic, so the suite can prove the crash screen.
    pub test_hooks: bool,
}

/// A SolusVM template: the identifier SolusVM knows and, optionally, the name to show.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum SolusvmTemplate {
    /// Just the identifier, shown as it is.
    Id(String),
    /// Identifier and name.
    Named {
        /// SolusVM's template identifier.
        id: String,
        /// What the customer reads.
        name: String,
    },
}

impl SolusvmTemplate {
    /// (identifier, name shown).
    pub fn parts(&self) -> (&str, &str) {
        match self {
            SolusvmTemplate::Id(id) => (id, id),
            SolusvmTemplate::Named { id, name } => (id, name),
        }
    }
}

/// What Kdata's `addorder` form offers: its API takes package, cycle and OS by name and cannot
/// list them, so the reseller names them here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VpsOrderConfig {
    /// Package names exactly as the billing system knows them ("VPS 01").
    #[serde(default)]
    pub packages: Vec<String>,
    /// Operating systems, as the billing system names them.
    #[serde(default)]
    pub os: Vec<String>,
    /// WHMCS billing cycles offered (`monthly`, `quarterly`, `semiannually`, `annually`, ...).
    #[serde(default)]
    pub cycles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    api_base: Option<String>,
    backend: Option<String>,
    brand: Option<RawBrand>,
    theme: Option<RawTheme>,
    languages: Option<Vec<String>>,
    default_language: Option<String>,
    areas: Option<Vec<String>>,
    currency: Option<String>,
    vps_order: Option<VpsOrderConfig>,
    invoice_payment_url: Option<String>,
    solusvm_templates: Option<Vec<SolusvmTemplate>>,
    portal_time_zone: Option<String>,
    vm_console: Option<String>,
    test_hooks: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawBrand {
    name: Option<String>,
    logo: Option<String>,
    logo_dark: Option<String>,
    favicon: Option<String>,
    support_url: Option<String>,
    terms_url: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    light: Option<BTreeMap<String, String>>,
    dark: Option<BTreeMap<String, String>>,
    radius: Option<String>,
    font: Option<String>,
}

/// `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`.
pub fn is_hex_color(v: &str) -> bool {
    let Some(hex) = v.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A non-negative CSS length in px or rem, at most 4 digits before the point (`8px`, `0.5rem`).
pub fn is_length(v: &str) -> bool {
    let num = v.strip_suffix("px").or_else(|| v.strip_suffix("rem"));
    let Some(num) = num else { return false };
    let mut parts = num.split('.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    parts.next().is_none()
        && !int.is_empty()
        && int.len() <= 4
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac
            .is_none_or(|f| !f.is_empty() && f.len() <= 3 && f.bytes().all(|b| b.is_ascii_digit()))
}

pub use crate::asset_url::is_safe_asset_url;

/// Where the app may send the customer's tokens: a same-origin path, an https URL, or plain http
/// only to this machine's loopback (development). Judged by the host read out of the authority,
/// never by a prefix: `http://localhost.evil.com` and `http://127.0.0.1@evil.com` start like the
/// loopback but are not. (Read here rather than with the `url` crate, which with its IDNA tables
/// cost the first load ~20 KB brotli for this one check; anything unusual is refused.)
pub fn is_allowed_api_base(v: &str) -> bool {
    if v.starts_with('/') {
        return is_safe_asset_url(v);
    }
    let clean = v.len() <= 2048
        && !v
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>()\\`%".contains(c));
    let scheme_end = v.find("://").unwrap_or(0);
    let (scheme, rest) = (&v[..scheme_end], &v[scheme_end..]);
    let Some(rest) = rest.strip_prefix("://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // Credentials in the authority (`user:pw@`, `localhost:80@evil.com`) are never allowed.
    if !clean || authority.contains('@') {
        return false;
    }
    let Some(host) = api_host(authority) else {
        return false;
    };
    if scheme.eq_ignore_ascii_case("https") {
        true
    } else if scheme.eq_ignore_ascii_case("http") {
        host.is_loopback()
    } else {
        false
    }
}

/// The host of a URL's authority (`host`, `host:port`, `[v6]:port`), or None if it is not one.
fn api_host(authority: &str) -> Option<ApiHost<'_>> {
    let (host, port) = match authority.strip_prefix('[') {
        Some(bracketed) => {
            let (v6, after) = bracketed.split_once(']')?;
            let port = match after {
                "" => None,
                p => Some(p.strip_prefix(':')?),
            };
            (ApiHost::V6(v6.parse().ok()?), port)
        }
        None => {
            let (name, port) = match authority.split_once(':') {
                Some((name, port)) => (name, Some(port)),
                None => (authority, None),
            };
            let label_ok = |l: &str| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            };
            let trimmed = name.strip_suffix('.').unwrap_or(name);
            if name.len() > 253 || !trimmed.split('.').all(label_ok) {
                return None;
            }
            (ApiHost::Name(name), port)
        }
    };
    let port_ok = port.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u16>().is_ok()
    });
    port_ok.then_some(host)
}

/// A host named in `api_base`.
enum ApiHost<'a> {
    /// A DNS name or a dotted IPv4 address.
    Name(&'a str),
    /// A bracketed IPv6 address.
    V6(std::net::Ipv6Addr),
}

impl ApiHost<'_> {
    /// This machine: `localhost`, 127.0.0.0/8 or ::1 (nothing else counts, however it is spelt).
    fn is_loopback(&self) -> bool {
        match self {
            ApiHost::Name(name) => {
                name.eq_ignore_ascii_case("localhost")
                    || name
                        .parse::<std::net::Ipv4Addr>()
                        .is_ok_and(|ip| ip.is_loopback())
            }
            ApiHost::V6(ip) => ip.is_loopback(),
        }
    }
}

fn is_safe_link(v: &str) -> bool {
    is_safe_asset_url(v)
        || (v.starts_with("mailto:")
            && !v.chars().any(|c| c.is_whitespace() || "\"'<>".contains(c)))
}

fn colors(
    raw: Option<BTreeMap<String, String>>,
    scheme: &str,
    errors: &mut Vec<String>,
) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (key, value) in raw.unwrap_or_default() {
        match COLOR_TOKENS.iter().find(|(k, _)| *k == key) {
            None => errors.push(format!("theme.{scheme}.{key}: unknown colour token")),
            Some(_) if !is_hex_color(value.trim()) => errors.push(format!(
                "theme.{scheme}.{key}: {value:?} is not a hex colour like #1a2b3c"
            )),
            Some((_, prop)) => out.push((*prop, value.trim().to_string())),
        }
    }
    out
}

impl Config {
    /// Parses and validates `config.json`; every problem is reported. One function per section
    /// below, each reading its part and adding what is wrong to `errors`.
    pub fn parse(json: &str) -> Result<Config, Vec<String>> {
        let raw: RawConfig = serde_json::from_str(json)
            .map_err(|e| vec![format!("config.json is not valid: {e}")])?;
        let mut errors = Vec::new();
        let api_base = api_base(raw.api_base, &mut errors);
        let backend = backend(raw.backend.as_deref(), &mut errors);
        let brand = brand(raw.brand.unwrap_or_default(), &mut errors);
        let (light_tokens, dark_tokens) = theme(raw.theme.unwrap_or_default(), &mut errors);
        let (languages, default_language) =
            languages(raw.languages, raw.default_language.as_deref(), &mut errors);
        let areas = areas(raw.areas, &mut errors);
        let currency = currency(raw.currency, &mut errors);
        let vps_order = raw.vps_order.unwrap_or_default();
        check_vps_order(&vps_order, backend, &areas, &mut errors);
        check_payment_url(raw.invoice_payment_url.as_deref(), &mut errors);
        let solusvm_templates = raw.solusvm_templates.unwrap_or_default();
        let vm_console = check_vm_console(raw.vm_console, &mut errors);
        check_solusvm_templates(&solusvm_templates, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Config {
            api_base,
            backend,
            brand_name: brand.name,
            logo: brand.logo,
            logo_dark: brand.logo_dark,
            favicon: brand.favicon,
            support_url: brand.support_url,
            terms_url: brand.terms_url,
            light_tokens,
            dark_tokens,
            languages,
            default_language,
            areas,
            currency,
            vps_order,
            invoice_payment_url: raw.invoice_payment_url,
            solusvm_templates,
            portal_time_zone: raw
                .portal_time_zone
                .map(|z| z.trim().to_string())
                .filter(|z| !z.is_empty()),
            vm_console,
            test_hooks: raw.test_hooks.unwrap_or(false),
        })
    }

    /// Whether the reseller enabled `area` and the backend can serve it.
    pub fn offers(&self, area: Area) -> bool {
        let caps = self.backend.capabilities();
        self.areas.contains(&area)
            && match area {
                Area::Invoices => caps.invoices,
                Area::Services => caps.services,
                Area::Dns => caps.dns,
                Area::Cart => caps.cart || caps.vps_order,
                Area::Account => true,
                Area::Support => caps.tickets,
            }
    }
}

/// `api_base`: a same-origin path or an https:// URL (default `/api`).
fn api_base(raw: Option<String>, errors: &mut Vec<String>) -> String {
    let api_base = raw.unwrap_or_else(|| "/api".into());
    if !is_allowed_api_base(&api_base) {
        errors.push(format!(
            "api_base: {api_base:?} must be a path like /api or an https:// URL"
        ));
    }
    api_base
}

/// `backend`: the billing system spoken (default HostBill; WHMCS and FOSSBilling by their
/// other names).
fn backend(raw: Option<&str>, errors: &mut Vec<String>) -> Dialect {
    match raw.unwrap_or("hostbill") {
        "hostbill" => Dialect::Hostbill,
        "kdata" | "whmcs" => Dialect::Kdata,
        "boxbilling" | "fossbilling" => Dialect::Boxbilling,
        other => {
            errors.push(format!(
                "backend: {other:?} is not supported (use \"hostbill\", \"kdata\" or \"boxbilling\")"
            ));
            Dialect::Hostbill
        }
    }
}

/// The `brand` section, checked: a name, logos and links that are safe to put in the page.
struct Brand {
    name: String,
    logo: String,
    logo_dark: String,
    favicon: Option<String>,
    support_url: Option<String>,
    terms_url: Option<String>,
}

fn brand(raw: RawBrand, errors: &mut Vec<String>) -> Brand {
    let name = raw
        .name
        .unwrap_or_else(|| "Client area".into())
        .trim()
        .to_string();
    if name.is_empty() || name.chars().count() > 60 {
        errors.push("brand.name: must be 1 to 60 characters".into());
    }
    let logo = raw.logo.unwrap_or_else(|| "/logo.svg".into());
    let logo_dark = raw.logo_dark.unwrap_or_else(|| logo.clone());
    for (field, value) in [("brand.logo", &logo), ("brand.logo_dark", &logo_dark)] {
        if !is_safe_asset_url(value) {
            errors.push(format!(
                "{field}: {value:?} must be a path like /logo.svg or an https:// URL"
            ));
        }
    }
    if let Some(f) = raw.favicon.as_ref().filter(|f| !is_safe_asset_url(f)) {
        errors.push(format!(
            "brand.favicon: {f:?} must be a path or an https:// URL"
        ));
    }
    if let Some(s) = raw.support_url.as_ref().filter(|s| !is_safe_link(s)) {
        errors.push(format!(
            "brand.support_url: {s:?} must be an https:// or mailto: link"
        ));
    }
    if let Some(t) = raw.terms_url.as_ref().filter(|t| !is_safe_asset_url(t)) {
        errors.push(format!(
            "brand.terms_url: {t:?} must be a path like /terms.html or an https:// URL"
        ));
    }
    Brand {
        name,
        logo,
        logo_dark,
        favicon: raw.favicon,
        support_url: raw.support_url,
        terms_url: raw.terms_url,
    }
}

/// The `theme` section: the light and dark CSS custom properties, each with the radius and font
/// every scheme shares.
type Tokens = Vec<(&'static str, String)>;

fn theme(raw: RawTheme, errors: &mut Vec<String>) -> (Tokens, Tokens) {
    let mut light = colors(raw.light, "light", errors);
    let mut dark = colors(raw.dark, "dark", errors);
    let mut shared = Vec::new();
    if let Some(r) = raw.radius {
        if is_length(r.trim()) {
            shared.push(("--radius", r.trim().to_string()));
        } else {
            errors.push(format!(
                "theme.radius: {r:?} must be a length like 8px or 0.5rem"
            ));
        }
    }
    if let Some(f) = raw.font {
        match FONTS.iter().find(|(name, _)| *name == f) {
            Some((_, stack)) => shared.push(("--font-body", stack.to_string())),
            None => errors.push(format!(
                "theme.font: {f:?} is not one of {}",
                FONTS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
            )),
        }
    }
    light.extend(shared.iter().cloned());
    dark.extend(shared);
    (light, dark)
}

/// `languages` (default both, in that order) and `default_language`, which must be one of them.
fn languages(
    raw: Option<Vec<String>>,
    default: Option<&str>,
    errors: &mut Vec<String>,
) -> (Vec<Lang>, Lang) {
    let mut languages = Vec::new();
    for tag in raw.unwrap_or_else(|| vec!["en".into(), "vi".into()]) {
        match Lang::from_tag(&tag) {
            Some(l) if !languages.contains(&l) => languages.push(l),
            Some(_) => {}
            None => errors.push(format!("languages: {tag:?} is not available (en, vi)")),
        }
    }
    if languages.is_empty() {
        languages.push(Lang::En);
    }
    let default_language = match default.map(Lang::from_tag) {
        None => languages[0],
        Some(Some(l)) if languages.contains(&l) => l,
        Some(_) => {
            errors.push("default_language: must be one of languages".into());
            languages[0]
        }
    };
    (languages, default_language)
}

/// `areas`: the parts of the client area the reseller offers (default all).
fn areas(raw: Option<Vec<String>>, errors: &mut Vec<String>) -> Vec<Area> {
    let mut areas = Vec::new();
    for name in raw.unwrap_or_else(|| {
        ["invoices", "services", "dns", "cart", "account", "support"]
            .map(String::from)
            .to_vec()
    }) {
        match Area::parse(&name) {
            Some(a) => areas.push(a),
            None => errors.push(format!(
                "areas: {name:?} is not an area (invoices, services, dns, cart, account, support)"
            )),
        }
    }
    areas
}

/// `currency`: the account currency for billing systems whose answers do not name it.
fn currency(raw: Option<String>, errors: &mut Vec<String>) -> String {
    let currency = raw.unwrap_or_else(|| "USD".into());
    if !(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())) {
        errors.push(format!(
            "currency: {currency:?} must be an ISO 4217 code like \"USD\" or \"VND\""
        ));
    }
    currency
}

/// `vps_order`: Kdata's order form lists, which Kdata cannot list itself.
fn check_vps_order(
    vps_order: &VpsOrderConfig,
    backend: Dialect,
    areas: &[Area],
    errors: &mut Vec<String>,
) {
    for (field, list) in [
        ("packages", &vps_order.packages),
        ("os", &vps_order.os),
        ("cycles", &vps_order.cycles),
    ] {
        if list.iter().any(|v| v.trim().is_empty() || v.len() > 100) {
            errors.push(format!(
                "vps_order.{field}: every entry must be 1 to 100 characters"
            ));
        }
    }
    if backend == Dialect::Kdata && vps_order.packages.is_empty() && areas.contains(&Area::Cart) {
        errors.push(
            "vps_order.packages: Kdata cannot list its packages; name at least one (or remove \"cart\" from areas)".into(),
        );
    }
}

/// `invoice_payment_url`: where an invoice is paid, for billing systems without gateways.
fn check_payment_url(url: Option<&str>, errors: &mut Vec<String>) {
    if let Some(u) = url.filter(|u| !is_safe_asset_url(u) || !u.contains("{id}")) {
        errors.push(format!(
            "invoice_payment_url: {u:?} must be a path or an https:// URL containing {{id}}"
        ));
    }
}

/// `vm_console`: a route below the API naming the VM (`@vmid`), or nothing.
fn check_vm_console(route: Option<String>, errors: &mut Vec<String>) -> Option<String> {
    let route = route?.trim().to_string();
    if route.starts_with('/') && route.contains("@vmid") && !route.contains("//") {
        Some(route)
    } else {
        errors.push(format!(
            "vm_console must be a route of the portal's API naming the VM, like /service/@id/vms/@vmid/console (got {route:?})"
        ));
        None
    }
}

/// `solusvm_templates`: what a BoxBilling server can be rebuilt with.
fn check_solusvm_templates(templates: &[SolusvmTemplate], errors: &mut Vec<String>) {
    if templates.iter().any(|t| {
        let (id, name) = t.parts();
        [id, name]
            .iter()
            .any(|v| v.trim().is_empty() || v.len() > 100)
    }) {
        errors.push(
            "solusvm_templates: every identifier and name must be 1 to 100 characters".into(),
        );
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_api_base_is_judged_by_its_parsed_host() {
        for ok in [
            "/api",
            "https://portal.example.com/api",
            "http://localhost:8080/api",
            "http://127.0.0.1/api",
            "http://127.0.0.2:9/api",
            "http://[::1]:8080/api",
            "http://[::1]/api",
            "HTTPS://Portal.Example.com/api",
            "https://portal.example.com",
            "https://xn--bcher-kva.example/api",
            "https://bücher.example/api",
            "http://LOCALHOST:3000",
        ] {
            assert!(is_allowed_api_base(ok), "{ok}");
        }
        for bad in [
            "http://localhost.evil.com/api",
            "http://127.0.0.1.evil.com/api",
            "http://127.0.0.1@evil.com/api",
            "http://localhost:80@evil.com/",
            "https://user:pw@portal.example.com/api",
            "http://portal.example.com/api",
            "//evil.com/api",
            "javascript:alert(1)",
            "ftp://localhost/",
            "https://portal.example.com/a\"b",
            "https://portal.example.com:99999/api",
            "https://por tal.example.com/api",
            "https:///api",
            "https://[::1/api",
            "http://[::2]/api",
            "http://0x7f.1/api",
            "http://127.1/api",
            "https://portal.example.com%2F@evil.com/",
        ] {
            assert!(!is_allowed_api_base(bad), "{bad}");
        }
    }
    use super::*;
    use proptest::prelude::*;

    const SHIPPED: &str = include_str!("../public/config.json");

    #[test]
    fn the_shipped_config_is_valid() {
        let c = Config::parse(SHIPPED).expect("public/config.json");
        assert_eq!(c.api_base, "/api");
        assert!(c.offers(Area::Invoices));
    }

    #[test]
    fn the_second_brand_example_is_valid() {
        let c = Config::parse(include_str!("../public/config.example-second-brand.json")).unwrap();
        assert_eq!(c.default_language, Lang::Vi);
        assert!(!c.offers(Area::Dns), "that reseller switched DNS off");
        assert!(
            c.light_tokens
                .contains(&("--brand-primary", "#c2410c".to_string()))
        );
    }

    #[test]
    fn solusvm_templates_are_identifiers_or_named_and_never_blank() {
        let c = Config::parse(
            r#"{"backend": "boxbilling", "solusvm_templates": ["centos-7", {"id": "debian-12", "name": "Debian 12"}]}"#,
        )
        .unwrap();
        let parts: Vec<(&str, &str)> = c.solusvm_templates.iter().map(|t| t.parts()).collect();
        assert_eq!(
            parts,
            [("centos-7", "centos-7"), ("debian-12", "Debian 12")]
        );
        let blank = Config::parse(r#"{"solusvm_templates": [{"id": " ", "name": "x"}]}"#);
        assert!(blank.unwrap_err()[0].starts_with("solusvm_templates"));
        assert!(Config::parse("{}").unwrap().solusvm_templates.is_empty());
    }

    #[test]
    fn the_console_route_names_the_vm_or_is_refused() {
        let c = Config::parse(r#"{"vm_console": "/service/@id/vms/@vmid/console"}"#).unwrap();
        assert_eq!(
            c.vm_console.as_deref(),
            Some("/service/@id/vms/@vmid/console")
        );
        assert_eq!(Config::parse("{}").unwrap().vm_console, None);
        for bad in [
            "https://elsewhere.example/console",
            "/service/@id/console",
            "//x/@vmid",
        ] {
            let errors = Config::parse(&format!(r#"{{"vm_console": "{bad}"}}"#)).unwrap_err();
            assert!(errors[0].starts_with("vm_console"), "{bad}: {errors:?}");
        }
    }

    #[test]
    fn an_empty_object_gets_defaults() {
        let c = Config::parse("{}").unwrap();
        assert_eq!(c.default_language, Lang::En);
        assert_eq!(c.logo_dark, "/logo.svg");
    }

    #[test]
    fn every_problem_is_reported() {
        let bad = r##"{
            "api_base": "javascript:alert(1)", "backend": "plesk",
            "brand": {"name": "", "logo": "//evil.example/x.svg", "support_url": "javascript:x", "terms_url": "javascript:y"},
            "theme": {"light": {"primary": "red; background:url(x)", "sparkle": "#fff"}, "radius": "1e9px", "font": "Comic"},
            "languages": ["en", "fr"], "default_language": "de", "areas": ["casino"]
        }"##;
        let errs = Config::parse(bad).unwrap_err();
        for needle in [
            "api_base",
            "backend",
            "brand.name",
            "brand.logo",
            "support_url",
            "terms_url",
            "theme.light.primary",
            "sparkle",
            "theme.radius",
            "theme.font",
            "\"fr\"",
            "default_language",
            "casino",
        ] {
            assert!(
                errs.iter().any(|e| e.contains(needle)),
                "no error mentions {needle}: {errs:#?}"
            );
        }
    }

    #[test]
    fn unknown_top_level_keys_are_rejected() {
        assert!(Config::parse(r#"{"css": "body{}"}"#).is_err());
        assert!(Config::parse("not json").is_err());
    }

    proptest! {
        // Whatever a reseller types as a colour, a value that passes cannot leave the CSS value.
        #[test]
        fn accepted_tokens_cannot_inject(v in ".{0,40}") {
            if is_hex_color(&v) || is_length(&v) {
                let bad = ['(', ';', '<', '{', '}', '"', '\\', ':'];
                prop_assert!(!v.contains(bad), "{:?}", v);
            }
            if is_safe_asset_url(&v) {
                let bad = ['(', '"', '\'', '<', '>', ' '];
                prop_assert!(!v.contains(bad), "{:?}", v);
            }
        }
    }
}
