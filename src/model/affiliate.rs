//! The affiliate programme, for customers who refer others (HostBill `/affiliate`,
//! `/affiliates/*`, seed 002): the account's standing, what it earned and was paid, its
//! campaigns, the commission plans, and the discount vouchers it hands out.

use crate::model::Date;
use rust_decimal::Decimal;

/// The account's affiliate record (`GET /affiliate`).
#[derive(Clone, Debug, PartialEq)]
pub struct Affiliate {
    /// Affiliate number (what the referral link carries).
    pub id: String,
    /// Active, Pending approval, Disabled… as the portal words it.
    pub status: String,
    /// What can be withdrawn now (commissions minus withdrawals).
    pub balance: Decimal,
    /// Commissions waiting for approval.
    pub pending: Decimal,
    /// Everything earned.
    pub total_commissions: Decimal,
    /// Everything paid out.
    pub total_withdrawn: Decimal,
    /// Visitors who came through the link.
    pub visits: u64,
    /// Share of visits that became orders, in percent, when the portal says.
    pub conversion: Option<Decimal>,
    /// Affiliate since.
    pub since: Option<Date>,
    /// The link to share.
    pub referral_url: Option<String>,
    /// Where the link lands, when not the portal's home.
    pub landing_page: Option<String>,
    /// The currency of the amounts, when the portal names it (otherwise the account's).
    pub currency: Option<String>,
}

/// Whether the account has joined the programme.
#[derive(Clone, Debug, PartialEq)]
pub enum AffiliateStanding {
    /// Not yet: it can join (`POST /affiliate/active`).
    NotJoined,
    /// A member (boxed: the record is large next to "not joined").
    Member(Box<Affiliate>),
}

/// Referral figures (`GET /affiliates/summary`): all time, and this month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AffiliateSummary {
    /// Sign-ups through the link.
    pub signups: u64,
    /// … this month.
    pub signups_month: u64,
    /// Visits.
    pub visits: u64,
    /// … this month.
    pub visits_month: u64,
    /// Commission earned.
    pub commission: Decimal,
    /// … this month.
    pub commission_month: Decimal,
}

/// A commission on a referred order (`GET /affiliate/commission`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commission {
    /// Its id.
    pub id: String,
    /// When it was earned.
    pub date: Option<Date>,
    /// The referred order's number.
    pub order: Option<String>,
    /// What was bought (product, domain).
    pub item: String,
    /// The order's value, when given.
    pub sale: Option<Decimal>,
    /// The commission.
    pub amount: Decimal,
    /// Approved and added to the balance.
    pub approved: bool,
}

/// A payout of commissions (`GET /affiliate/payouts`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payout {
    /// When.
    pub date: Option<Date>,
    /// How much.
    pub amount: Decimal,
    /// How (bank transfer, account credit…), as the portal words it.
    pub method: String,
    /// The portal's note.
    pub notes: String,
}

/// A commission plan (`GET /affiliate/plans`, `/affiliate/plans/@id`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommissionPlan {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The commission is a percentage of the sale (otherwise a fixed amount).
    pub percent: bool,
    /// The rate: a percentage, or an amount in the account currency.
    pub rate: Decimal,
    /// Paid again on every renewal, not only the first order.
    pub recurring: bool,
    /// Discount vouchers can be made from it.
    pub vouchers: bool,
}

/// Who a voucher is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoucherAudience {
    /// New customers only.
    New,
    /// Existing customers only.
    Existing,
    /// Anyone.
    All,
}

impl VoucherAudience {
    /// The portal's word.
    pub fn code(self) -> &'static str {
        match self {
            VoucherAudience::New => "new",
            VoucherAudience::Existing => "existing",
            VoucherAudience::All => "all",
        }
    }
    /// From the portal's word (new customers when unknown, as HostBill defaults).
    pub fn parse(raw: &str) -> VoucherAudience {
        match raw.trim().to_ascii_lowercase().as_str() {
            "existing" => VoucherAudience::Existing,
            "all" => VoucherAudience::All,
            _ => VoucherAudience::New,
        }
    }
}

/// A discount voucher the affiliate hands out (`GET /affiliate/vouchers`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AffiliateVoucher {
    /// Its id (what removing it sends).
    pub id: String,
    /// The code customers type.
    pub code: String,
    /// A percentage off (otherwise a fixed amount).
    pub percent: bool,
    /// The discount.
    pub value: Decimal,
    /// `once` (first payment) or `recurring`.
    pub cycle: String,
    /// Who may use it.
    pub audience: VoucherAudience,
    /// Until when.
    pub expires: Option<Date>,
    /// Times used.
    pub used: u64,
    /// Most uses allowed; `None` for no limit.
    pub max_usage: Option<u64>,
    /// The plan it comes from, by name.
    pub plan: String,
}

/// A campaign: a tracked link to a landing page (`GET /affiliates/campaigns`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Campaign {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The link to share.
    pub url: Option<String>,
    /// Visits through it.
    pub visits: Option<u64>,
    /// Sign-ups through it.
    pub signups: Option<u64>,
}

/// A new voucher, checked (`POST /affiliate/addvoucher`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVoucher {
    /// The plan it is made from.
    pub plan: String,
    /// `once` or `recurring`.
    pub cycle: String,
    /// Who may use it.
    pub audience: VoucherAudience,
    /// Most uses; `None` for no limit.
    pub max_usage: Option<u32>,
    /// Last day it can be used; `None` for no end.
    pub expires: Option<Date>,
    /// The discount: a percentage or an amount, as the plan's commission is.
    pub discount: Decimal,
}

/// Why a voucher's discount cannot be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiscountProblem {
    /// Not a positive number.
    NotPositive,
    /// More than the plan's commission, which the discount is taken from.
    AbovePlan,
}

/// Checks a voucher's discount against its plan: the discount comes out of the affiliate's
/// commission, so it is positive and at most the plan's rate (HostBill refuses more).
pub fn check_discount(discount: Decimal, plan: &CommissionPlan) -> Result<(), DiscountProblem> {
    if discount <= Decimal::ZERO {
        Err(DiscountProblem::NotPositive)
    } else if discount > plan.rate {
        Err(DiscountProblem::AbovePlan)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_discount_is_positive_and_within_the_plans_commission() {
        let plan = CommissionPlan {
            id: "1".into(),
            name: "10% Commission".into(),
            percent: true,
            rate: Decimal::new(10, 0),
            recurring: false,
            vouchers: true,
        };
        assert_eq!(check_discount(Decimal::new(5, 0), &plan), Ok(()));
        assert_eq!(check_discount(Decimal::new(10, 0), &plan), Ok(()));
        assert_eq!(
            check_discount(Decimal::new(1001, 2), &plan),
            Err(DiscountProblem::AbovePlan)
        );
        assert_eq!(
            check_discount(Decimal::ZERO, &plan),
            Err(DiscountProblem::NotPositive)
        );
    }
}
