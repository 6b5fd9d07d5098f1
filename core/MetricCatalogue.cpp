#include "MetricCatalogue.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace {

using Group = MetricDefinition::Group;
using Variant = MetricDefinition::Variant;

struct Entry
{
    const char *key;
    Dimension dimension;
    Group group;
    const char *englishName;
};

// Keep in step with docs/METRICS.md (a test compares them).
// BEGIN CATALOGUE
constexpr Entry entries[] = {
        {"revenue_total", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Total revenues")},
        {"revenue_network_services", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Network services")},
        {"revenue_internet_connectivity_corporate", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Internet connectivity (corporate)")},
        {"revenue_ip_service", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "IP service")},
        {"revenue_internet_connectivity_home", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Internet connectivity (home)")},
        {"revenue_outsourcing", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Outsourcing services")},
        {"revenue_wan", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "WAN services")},
        {"revenue_systems_integration", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Systems integration")},
        {"revenue_systems_construction", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Systems construction")},
        {"revenue_systems_operation_maintenance", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Systems operation and maintenance")},
        {"revenue_equipment_sales", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Equipment sales")},
        {"revenue_atm", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "ATM operation business")},
        {"revenue_recurring", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Recurring revenues")},
        {"revenue_one_time", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "One-time revenues")},
        {"revenue_recurring_ratio", Dimension::Percent, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Recurring revenues (% of revenues)")},
        {"revenue_one_time_ratio", Dimension::Percent, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "One-time revenues (% of revenues)")},
        {"overseas_revenue", Dimension::Money, Group::Revenue,
         QT_TRANSLATE_NOOP("Metric", "Overseas revenues")},
        {"cost_total", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "Total cost of revenues")},
        {"cost_network_services", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "Cost of network services")},
        {"cost_systems_integration", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "Cost of systems integration")},
        {"cost_equipment_sales", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "Cost of equipment sales")},
        {"cost_atm", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "Cost of ATM operation business")},
        {"sga_rnd", Dimension::Money, Group::Cost, QT_TRANSLATE_NOOP("Metric", "SG&A and R&D")},
        {"sga_personnel_expenses", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "SG&A personnel expenses")},
        {"sga_rent_expenses", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "SG&A rent expenses")},
        {"sga_sales_commission_expenses", Dimension::Money, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "SG&A sales commissions")},
        {"gross_margin_total", Dimension::Money, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin (total)")},
        {"gross_margin_network_services", Dimension::Money, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin: network services")},
        {"gross_margin_systems_integration", Dimension::Money, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin: systems integration")},
        {"gross_margin_equipment_sales", Dimension::Money, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin: equipment sales")},
        {"gross_margin_atm", Dimension::Money, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin: ATM operation business")},
        {"cost_ratio_total", Dimension::Percent, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "Cost of revenues (% of revenues)")},
        {"gross_margin_ratio_total", Dimension::Percent, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin ratio (total)")},
        {"gross_margin_ratio_network_services", Dimension::Percent, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin ratio (network services)")},
        {"gross_margin_ratio_systems_integration", Dimension::Percent, Group::GrossMargin,
         QT_TRANSLATE_NOOP("Metric", "Gross margin ratio (systems integration)")},
        {"sga_rnd_ratio", Dimension::Percent, Group::Cost,
         QT_TRANSLATE_NOOP("Metric", "SG&A and R&D (% of revenues)")},
        {"operating_income_ratio", Dimension::Percent, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Operating margin")},
        {"income_before_tax_ratio", Dimension::Percent, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Income before tax (% of revenues)")},
        {"net_income_attributable_ratio", Dimension::Percent, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Net income attributable to IIJ (% of revenues)")},
        {"operating_income", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Operating income")},
        {"atm_operating_income", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Operating income: ATM operation business")},
        {"foreign_exchange_gains", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Foreign exchange gains")},
        {"income_before_tax", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Income before income tax")},
        {"income_tax_current", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Current income tax expense")},
        {"income_tax_deferred", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Deferred tax expense (benefit)")},
        {"equity_method_income", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Equity in net income of equity-method investees")},
        {"noncontrolling_interests_net_loss", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric",
                           "Net loss (income) attributable to non-controlling interests")},
        {"net_income_attributable", Dimension::Money, Group::Profit,
         QT_TRANSLATE_NOOP("Metric", "Net income attributable to IIJ")},
        {"eps", Dimension::PerShare, Group::PerShare, QT_TRANSLATE_NOOP("Metric", "EPS")},
        {"dividend_per_share", Dimension::PerShare, Group::PerShare,
         QT_TRANSLATE_NOOP("Metric", "Dividend per share")},
        {"employees", Dimension::Count, Group::Personnel, QT_TRANSLATE_NOOP("Metric", "Employees")},
        {"new_graduates", Dimension::Count, Group::Personnel,
         QT_TRANSLATE_NOOP("Metric", "New graduates hired")},
        {"outsourcing_personnel", Dimension::Count, Group::Personnel,
         QT_TRANSLATE_NOOP("Metric", "Full-time outsourcing personnel")},
        {"personnel_costs", Dimension::Money, Group::Personnel,
         QT_TRANSLATE_NOOP("Metric", "Personnel costs")},
        {"personnel_costs_ratio", Dimension::Percent, Group::Personnel,
         QT_TRANSLATE_NOOP("Metric", "Personnel costs (% of revenues)")},
        {"cloud_revenue", Dimension::Money, Group::Cloud,
         QT_TRANSLATE_NOOP("Metric", "Cloud revenues")},
        {"cloud_revenue_last_month", Dimension::Money, Group::Cloud,
         QT_TRANSLATE_NOOP("Metric", "Cloud revenues, last month of quarter")},
        {"cloud_revenue_share_systems_operation_maintenance", Dimension::Percent, Group::Cloud,
         QT_TRANSLATE_NOOP("Metric", "Cloud revenues in systems operation and maintenance")},
        {"cloud_revenue_share_outsourcing", Dimension::Percent, Group::Cloud,
         QT_TRANSLATE_NOOP("Metric", "Cloud revenues in outsourcing")},
        {"large_sns_game_revenue_ratio", Dimension::Percent, Group::Cloud,
         QT_TRANSLATE_NOOP("Metric", "Large SNS game clients (% of cloud revenues)")},
        {"cloud_clients_mrc_over_5m", Dimension::Count, Group::Cloud,
         QT_TRANSLATE_NOOP("Metric", "Cloud clients with MRC over JPY5 million")},
        {"orders_received_systems_construction", Dimension::Money, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "Orders received: systems construction")},
        {"order_backlog_systems_construction", Dimension::Money, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "Order backlog: systems construction")},
        {"orders_received_systems_operation_maintenance", Dimension::Money, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "Orders received: systems operation and maintenance")},
        {"order_backlog_systems_operation_maintenance", Dimension::Money, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "Order backlog: systems operation and maintenance")},
        {"contracts_over_1gbps", Dimension::Count, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "Contracts over 1Gbps")},
        {"lte_contracts", Dimension::Count, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "LTE contracts")},
        {"lte_net_additions", Dimension::Count, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "LTE net additions")},
        {"atms_installed", Dimension::Count, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "ATMs installed")},
        {"matsue_dcp_modules_installed", Dimension::Count, Group::Operations,
         QT_TRANSLATE_NOOP("Metric", "Matsue DCP modules installed")},
        {"cash_and_equivalents", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Cash and cash equivalents")},
        {"accounts_receivable", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Accounts receivable")},
        {"inventories_prepaid_expenses", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Inventories and prepaid expenses")},
        {"other_investments", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Other investments")},
        {"property_and_equipment", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Property and equipment")},
        {"goodwill_intangible_assets", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Goodwill and other intangible assets")},
        {"total_assets", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Total assets")},
        {"accounts_payable", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Accounts payable")},
        {"income_taxes_payable", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Income taxes payable")},
        {"borrowings", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Borrowings")},
        {"capital_lease_obligations", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Capital lease obligations")},
        {"total_liabilities", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Total liabilities")},
        {"accumulated_deficit", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Accumulated deficit")},
        {"accumulated_other_comprehensive_income", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Accumulated other comprehensive income (loss)")},
        {"shareholders_equity", Dimension::Money, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "IIJ shareholders' equity")},
        {"equity_ratio", Dimension::Percent, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Shareholders' equity ratio")},
        {"shares_outstanding", Dimension::Count, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "Shares outstanding")},
        {"new_shares_issued", Dimension::Count, Group::BalanceSheet,
         QT_TRANSLATE_NOOP("Metric", "New shares issued")},
        {"cash_flow_operating", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Operating cash flow")},
        {"cash_flow_investing", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Investing cash flow")},
        {"cash_flow_financing", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Financing cash flow")},
        {"depreciation_amortization", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Depreciation and amortization")},
        {"cash_flow_decrease_in_accounts_receivable", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Decrease in accounts receivable")},
        {"cash_flow_decrease_in_accounts_payable", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Decrease in accounts payable")},
        {"cash_flow_income_taxes_paid", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Income taxes paid")},
        {"cash_flow_purchases_of_property_and_equipment", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Purchases of property and equipment")},
        {"cash_flow_guarantee_deposits_paid", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Guarantee deposits paid")},
        {"cash_flow_capital_lease_principal_payments", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Capital lease principal payments")},
        {"cash_flow_dividends_paid", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Dividends paid")},
        {"equity_financing_proceeds", Dimension::Money, Group::CashFlow,
         QT_TRANSLATE_NOOP("Metric", "Equity financing")},
};
// END CATALOGUE

constexpr std::array variants
        = {Variant::YoyChange, Variant::QoqChange, Variant::YoyPercent, Variant::QoqPercent};

MetricDefinition definitionOf(const Entry &entry)
{
    MetricDefinition definition;
    definition.key = QString::fromLatin1(entry.key);
    definition.baseKey = definition.key;
    definition.dimension = entry.dimension;
    definition.group = entry.group;
    definition.englishName = entry.englishName;
    return definition;
}

const QHash<QString, MetricDefinition> &index()
{
    static const QHash<QString, MetricDefinition> table = [] {
        QHash<QString, MetricDefinition> result;
        for (const Entry &entry : entries) {
            const MetricDefinition base = definitionOf(entry);
            result.insert(base.key, base);
            for (Variant variant : variants) {
                MetricDefinition changed = base;
                changed.variant = variant;
                changed.key = MetricCatalogue::variantKey(base.key, variant);
                if (variant == Variant::YoyPercent || variant == Variant::QoqPercent)
                    changed.dimension = Dimension::Percent;
                result.insert(changed.key, changed);
            }
        }
        return result;
    }();
    return table;
}

}  // namespace

namespace MetricCatalogue {

std::optional<MetricDefinition> find(const QString &key)
{
    const auto &table = index();
    const auto it = table.constFind(key);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

QList<MetricDefinition> baseMetrics()
{
    QList<MetricDefinition> result;
    result.reserve(std::size(entries));
    for (const Entry &entry : entries)
        result.append(definitionOf(entry));
    return result;
}

QString groupCode(MetricDefinition::Group group)
{
    switch (group) {
    case Group::Revenue:
        return QStringLiteral("revenue");
    case Group::Cost:
        return QStringLiteral("cost");
    case Group::GrossMargin:
        return QStringLiteral("gross_margin");
    case Group::Profit:
        return QStringLiteral("profit");
    case Group::PerShare:
        return QStringLiteral("per_share");
    case Group::Personnel:
        return QStringLiteral("personnel");
    case Group::Cloud:
        return QStringLiteral("cloud");
    case Group::Operations:
        return QStringLiteral("operations");
    case Group::BalanceSheet:
        return QStringLiteral("balance_sheet");
    case Group::CashFlow:
        return QStringLiteral("cash_flow");
    }
    return {};
}

QString variantSuffix(MetricDefinition::Variant variant)
{
    switch (variant) {
    case Variant::Level:
        return {};
    case Variant::YoyChange:
        return QStringLiteral("_yoy_change");
    case Variant::QoqChange:
        return QStringLiteral("_qoq_change");
    case Variant::YoyPercent:
        return QStringLiteral("_yoy_pct");
    case Variant::QoqPercent:
        return QStringLiteral("_qoq_pct");
    }
    return {};
}

QString variantKey(const QString &baseKey, MetricDefinition::Variant variant)
{
    return baseKey + variantSuffix(variant);
}

QString displayName(const QString &key)
{
    const auto definition = find(key);
    return definition ? definition->displayName() : key;
}

}  // namespace MetricCatalogue
