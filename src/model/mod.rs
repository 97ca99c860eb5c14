//! Domain types: what the pages show and the pure modules reason about. They know nothing of
//! any portal's wire format; `crate::api` maps each portal's answers into them.

pub mod account;
pub mod activity;
pub mod affiliate;
pub mod catalog;
pub mod certificate;
pub mod contact;
pub mod credit_log;
pub mod csr;
pub mod date;
pub mod dialect;
pub mod dns_zone;
pub mod domain;
pub mod domain_order;
pub mod domain_search;
pub mod email;
pub mod estimate;
pub mod hosting;
pub mod invoice;
pub mod invoice_detail;
pub mod invoice_list;
pub mod licence;
pub mod money;
pub mod news;
pub mod notification;
pub mod payment;
pub mod security;
pub mod service;
pub mod service_search;
pub mod settings;
pub mod ticket;
pub mod vm;
pub mod vps_order;

pub use account::{AccountProfile, Balance, Client};
pub use catalog::{
    Addon, Category, Cycle, CyclePrice, FormField, FormItem, FormKind, FormRule, OrderPlaced,
    Product, ProductConfig, Quote, QuoteItem, RuleAction, Stock, TaxLine, UpgradeEstimate,
    UpgradeOptions, UpgradeRequest,
};
pub use credit_log::{CreditLogEntry, Transaction, VoucherRedeemed};
pub use date::Date;
pub use dialect::{Capabilities, Dialect};
pub use dns_zone::{Zone, ZoneSummary};
pub use domain::{DomainContact, DomainDetail};
pub use domain_order::{Availability, DomainAction, DomainOrder, DomainOrderProblem, TldPrice};
pub use email::{EmailMessage, EmailSummary};
pub use estimate::{EstimateDetail, EstimateStatus, EstimateSummary};
pub use invoice::{InvoiceStatus, InvoiceSummary, UnpaidSummary};
pub use invoice_detail::{BilledTo, CreditApplied, CreditProblem, InvoiceDetail, InvoiceLine};
pub use money::{Money, NumberStyle, parse_amount_input};
pub use notification::Notification;
pub use payment::{PaymentMethod, PaymentModule};
pub use security::{IpRuleEntry, SecurityOverview, SshKeyEntry};
pub use service::{ServiceActions, ServiceDetail, ServiceStatus, ServiceSummary, VmFeatures};
pub use ticket::{Attachment, Department, TicketDetail, TicketMessage, TicketSummary};
pub use vm::NewVm;
pub use vm::{
    Backup, Disk, IsoImage, NetInterface, Resource, ResourceKind, SpareIp, Traffic, UsagePoint, Vm,
    VmIp, VmTemplate,
};
pub use vps_order::{MAX_EXTRA_IPS, VpsOrder};
