//! The catalogue and product configuration (`GET /category`, `GET /category/@id/product`,
//! `GET /order/@product_id`), the portal's quote (`POST /quote`) and a placed order. Prices are
//! exact decimals in the account currency (the catalogue does not name it).

use rust_decimal::Decimal;

/// A billing cycle code: `m`, `q`, `s`, `a`, `b`, `t` (and the rarer ones), shown as words.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cycle {
    /// One-off payment (`o`, `Free`).
    Once,
    /// Daily (`d`).
    Daily,
    /// Weekly (`w`).
    Weekly,
    /// Monthly (`m`).
    Monthly,
    /// Quarterly (`q`).
    Quarterly,
    /// Semi-annually (`s`).
    SemiAnnually,
    /// Annually (`a`).
    Annually,
    /// Biennially (`b`).
    Biennially,
    /// Triennially (`t`).
    Triennially,
    /// Four years (`p4`).
    FourYears,
    /// Five years (`p5`).
    FiveYears,
    /// A code this app does not know, kept and sent back as is.
    Other(String),
}

impl Cycle {
    /// Reads a code or a word (`"a"`, `"Annually"`).
    pub fn parse(raw: &str) -> Cycle {
        match raw.trim().to_ascii_lowercase().as_str() {
            "o" | "once" | "onetime" | "one time" | "free" => Cycle::Once,
            "d" | "daily" => Cycle::Daily,
            "w" | "weekly" => Cycle::Weekly,
            "m" | "monthly" => Cycle::Monthly,
            "q" | "quarterly" => Cycle::Quarterly,
            "s" | "semi-annually" | "semiannually" => Cycle::SemiAnnually,
            "a" | "annually" => Cycle::Annually,
            "b" | "biennially" => Cycle::Biennially,
            "t" | "triennially" => Cycle::Triennially,
            "p4" | "quadrennially" => Cycle::FourYears,
            "p5" | "quinquennially" => Cycle::FiveYears,
            _ => Cycle::Other(raw.trim().to_string()),
        }
    }

    /// How many months one period lasts, for the cycles counted in months.
    pub fn months(&self) -> Option<u32> {
        Some(match self {
            Cycle::Monthly => 1,
            Cycle::Quarterly => 3,
            Cycle::SemiAnnually => 6,
            Cycle::Annually => 12,
            Cycle::Biennially => 24,
            Cycle::Triennially => 36,
            Cycle::FourYears => 48,
            Cycle::FiveYears => 60,
            _ => return None,
        })
    }

    /// The code the portal expects back.
    pub fn code(&self) -> &str {
        match self {
            Cycle::Once => "o",
            Cycle::Daily => "d",
            Cycle::Weekly => "w",
            Cycle::Monthly => "m",
            Cycle::Quarterly => "q",
            Cycle::SemiAnnually => "s",
            Cycle::Annually => "a",
            Cycle::Biennially => "b",
            Cycle::Triennially => "t",
            Cycle::FourYears => "p4",
            Cycle::FiveYears => "p5",
            Cycle::Other(code) => code,
        }
    }
}

/// A price for one cycle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CyclePrice {
    /// The cycle.
    pub cycle: Cycle,
    /// Recurring price.
    pub price: Decimal,
    /// One-time setup fee.
    pub setup: Decimal,
    /// The portal's default choice.
    pub selected: bool,
}

/// A product category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Portal id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Description (may be empty).
    pub description: String,
    /// URL slug.
    pub slug: String,
}

/// How many are left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stock {
    /// Stock is not tracked.
    Unlimited,
    /// This many left (0 = sold out).
    Left(u64),
}

/// A product in a category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    /// Portal id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Description as plain text lines.
    pub description: String,
    /// Stock.
    pub stock: Stock,
    /// Prices per cycle.
    pub cycles: Vec<CyclePrice>,
    /// A domain product's TLDs and their prices per year (empty for other products).
    pub tlds: Vec<super::TldPrice>,
}

impl CyclePrice {
    fn converted(self, rate: Decimal) -> Self {
        CyclePrice {
            price: super::money::convert(self.price, rate),
            setup: super::money::convert(self.setup, rate),
            ..self
        }
    }
}

impl Product {
    /// The same product with its prices converted at `rate` (see [`super::money::convert`]).
    pub fn converted(self, rate: Decimal) -> Self {
        Product {
            cycles: self.cycles.into_iter().map(|c| c.converted(rate)).collect(),
            tlds: self.tlds.into_iter().map(|t| t.converted(rate)).collect(),
            ..self
        }
    }

    /// Whether it can be ordered now.
    pub fn available(&self) -> bool {
        self.stock != Stock::Left(0)
    }
}

/// The kind of a configuration form, as the portal names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormKind {
    /// Drop-down (one item).
    Select,
    /// Radio buttons (one item).
    Radio,
    /// A checkbox per item.
    Checkbox,
    /// Free text.
    Input,
    /// A number on a range.
    Slider,
    /// A number of units.
    Quantity,
    /// A drop-down whose item also takes a quantity.
    SelectQuantity,
    /// A form type this app cannot render: shown as "not supported here", never dropped.
    Unsupported(String),
}

impl FormKind {
    /// Reads the portal's `type`.
    pub fn parse(raw: &str) -> FormKind {
        match raw.trim().to_ascii_lowercase().as_str() {
            "select" | "dropdown" => FormKind::Select,
            "radio" => FormKind::Radio,
            "checkbox" | "check" => FormKind::Checkbox,
            "input" | "text" | "textarea" | "password" => FormKind::Input,
            "slider" => FormKind::Slider,
            "qty" | "quantity" | "number" => FormKind::Quantity,
            "qtyselect" | "selectqty" | "dropdownqty" | "select_qty" => FormKind::SelectQuantity,
            other => FormKind::Unsupported(other.to_string()),
        }
    }
}

/// One choice of a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormItem {
    /// Portal id (the key sent back under the form's id).
    pub id: String,
    /// What the customer reads.
    pub title: String,
    /// Recurring price added.
    pub price: Decimal,
    /// Setup fee added.
    pub setup: Decimal,
    /// Chosen by default.
    pub selected: bool,
}

/// A configuration form of a product (`custom[<id>]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormField {
    /// Portal id.
    pub id: String,
    /// Label.
    pub title: String,
    /// Help text.
    pub description: String,
    /// Kind.
    pub kind: FormKind,
    /// Must be answered.
    pub required: bool,
    /// Its choices (one for input, slider and quantity forms).
    pub items: Vec<FormItem>,
    /// Lowest allowed number (sliders and quantities).
    pub min: Option<u64>,
    /// Highest allowed number.
    pub max: Option<u64>,
    /// Step between numbers.
    pub step: Option<u64>,
    /// Conditional rules this form's answer drives (`config.conditionals`).
    pub rules: Vec<FormRule>,
}

/// What a conditional rule does to its target forms when it fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleAction {
    /// The targets appear only while some `Show` rule naming them fires.
    Show,
    /// The targets disappear while the rule fires.
    Hide,
    /// The targets must be answered while the rule fires.
    Require,
}

/// A conditional rule on a form: "when this form's answer is (or is not) `value`, `action` the
/// `targets`". HostBill's examples only show an empty `config.conditionals` list; the shape read
/// here is documented in the dialect's decoder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormRule {
    /// Form ids it acts on.
    pub targets: Vec<String>,
    /// The item id (or typed text / number) it compares the answer with.
    pub value: String,
    /// Fires when the answer is *not* `value`.
    pub negate: bool,
    /// What happens to the targets.
    pub action: RuleAction,
}

/// An add-on with its own cycles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addon {
    /// Portal id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Description.
    pub description: String,
    /// Prices per cycle.
    pub cycles: Vec<CyclePrice>,
    /// Ticked by default.
    pub checked: bool,
}

/// A product's full configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductConfig {
    /// Portal id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Category name.
    pub category: String,
    /// Prices per cycle.
    pub cycles: Vec<CyclePrice>,
    /// The product needs a domain name.
    pub needs_domain: bool,
    /// A domain product's TLDs: the product is ordered as a registration or a transfer of a
    /// name under one of them, priced per year, instead of on a cycle (empty for others).
    pub tlds: Vec<super::TldPrice>,
    /// Configuration forms.
    pub forms: Vec<FormField>,
    /// Add-ons.
    pub addons: Vec<Addon>,
    /// Sub-products, as add-ons (same shape: id, title, cycles).
    pub subproducts: Vec<Addon>,
    /// The cycle the form items' prices are quoted for (HostBill answers the configuration for
    /// one cycle, its `recurring`): "+$2.00" on a form is per this period.
    pub options_priced_per: Cycle,
}

impl ProductConfig {
    /// The same configuration with its prices converted at `rate` (see [`super::money::convert`]). Only
    /// what BoxBilling sells is converted: the cycles and TLDs (it has no option forms here).
    pub fn converted(self, rate: Decimal) -> Self {
        ProductConfig {
            cycles: self.cycles.into_iter().map(|c| c.converted(rate)).collect(),
            tlds: self.tlds.into_iter().map(|t| t.converted(rate)).collect(),
            ..self
        }
    }
}

/// A tax line of a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxLine {
    /// Tax name.
    pub name: String,
    /// Rate in percent.
    pub rate: Decimal,
    /// Amount.
    pub amount: Decimal,
}

/// What the portal says about one cart item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteItem {
    /// Position in the cart.
    pub index: usize,
    /// The portal accepts it.
    pub valid: bool,
    /// Its errors (for example an invalid domain).
    pub errors: Vec<String>,
    /// Its notes.
    pub info: Vec<String>,
}

/// The portal's price for a cart (`POST /quote`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Before discount and tax.
    pub subtotal: Decimal,
    /// Discount (promo code).
    pub discount: Decimal,
    /// Credit applied.
    pub credit: Decimal,
    /// Tax lines.
    pub tax: Vec<TaxLine>,
    /// Due today.
    pub total: Decimal,
    /// Recurring price per cycle after today.
    pub recurring: Vec<(Cycle, Decimal)>,
    /// Per-item verdicts.
    pub items: Vec<QuoteItem>,
    /// Top-level errors (for example a refused promo code).
    pub errors: Vec<String>,
    /// The billing system adds tax on the invoice, so this total is before tax (BoxBilling).
    pub tax_on_invoice: bool,
}

/// A placed order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderPlaced {
    /// Order number, if the portal gave one.
    pub order_number: Option<String>,
    /// The invoice to pay.
    pub invoice_id: Option<String>,
    /// Its total.
    pub total: Option<Decimal>,
    /// The first service it created, where the portal says (its page can be opened).
    pub service_id: Option<String>,
}

/// What a service can change to (`GET /service/@id/upgrade`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpgradeOptions {
    /// Resources that can change, as forms.
    pub resources: Vec<FormField>,
    /// Other packages: (id, name, monthly price).
    pub packages: Vec<(String, String, Decimal)>,
}

/// The portal's estimate of an upgrade (`POST /service/@id/upgrade` without `send`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpgradeEstimate {
    /// Due now.
    pub total: Decimal,
    /// The new recurring price, if the portal says.
    pub recurring: Option<Decimal>,
}

/// What an upgrade asks for: a package (or none to keep it) and resource answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpgradeRequest {
    /// New package id.
    pub package: Option<String>,
    /// Resource answers by resource id, in the seed's format: an item id for drop-downs and
    /// radios, a number for sliders and quantities.
    pub resources: std::collections::BTreeMap<String, serde_json::Value>,
}
