//! The meeting pack's content, built from the same result structs the UI shows: every number
//! formatted here for the language, every sentence written here, every chart drawn here. The
//! Typst template only lays it out, and user text reaches it as JSON data, never as markup.

use crate::charts::{grouped_bars, lines, stacked_bars_with_line, Series};
use crate::i18n::{Language, NumberStyle};
use crate::run::ScenarioResults;
use fleet_ledger_engine::analysis::{CohortRowLabel, FailedTests, FigureComparison};
use fleet_ledger_engine::book::disclosure::ChangeInEstimateEffect;
use fleet_ledger_engine::fleet::TestTrigger;
use fleet_ledger_engine::reference::useful_life_changes;
use fleet_ledger_engine::scenario::{CurveShape, Facility};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

mod sensitivity;

/// What the user asked for.
#[derive(Debug, Clone)]
pub struct PackOptions {
    pub language: Language,
    pub numbers: NumberStyle,
    /// The date printed on the cover, e.g. "2026-11-28" (the caller reads the clock).
    pub date: String,
    pub sections: PackSections,
}

/// Which parts of the pack to include (the cover and page numbers always are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, specta::Type)]
pub struct PackSections {
    pub summary: bool,
    pub charts: bool,
    pub tables: bool,
    pub assumptions: bool,
    pub method_notes: bool,
}

impl PackSections {
    pub const ALL: PackSections = PackSections {
        summary: true,
        charts: true,
        tables: true,
        assumptions: true,
        method_notes: true,
    };
}

/// One block of the pack. The template renders each kind the same way wherever it appears.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Section {
    Heading {
        text: String,
    },
    Figures {
        rows: Vec<[String; 2]>,
    },
    Paragraphs {
        items: Vec<String>,
    },
    Chart {
        title: String,
        key: String,
    },
    Table {
        title: String,
        note: String,
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A table of words, every column read from the left.
    TextTable {
        title: String,
        note: String,
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    PageBreak,
}

#[derive(Debug, Serialize)]
pub struct Pack {
    pub lang: &'static str,
    pub title: String,
    pub subtitle: String,
    pub scenario_names: Vec<String>,
    pub date: String,
    pub currency: String,
    pub footer: String,
    pub sections: Vec<Section>,
    /// SVG charts by key; passed to Typst beside the JSON.
    #[serde(skip)]
    pub charts: BTreeMap<String, String>,
}

/// The font charts name: one Typst has (Latin) or the bundled CJK face.
fn chart_font(language: Language) -> &'static str {
    match language {
        Language::En => "Libertinus Serif",
        Language::ZhCn => "Noto Sans SC",
    }
}

struct Writer {
    o: PackOptions,
    sections: Vec<Section>,
    charts: BTreeMap<String, String>,
    currency: String,
}

impl Writer {
    fn new(o: PackOptions, currency: String) -> Self {
        Self {
            o,
            sections: Vec::new(),
            charts: BTreeMap::new(),
            currency,
        }
    }

    /// The pack of what was written: `subtitle` under the title, `footer` on every page.
    fn into_pack(
        self,
        title: String,
        subtitle: String,
        scenario_names: Vec<String>,
        footer: String,
    ) -> Pack {
        Pack {
            lang: self.o.language.typst_tag(),
            title,
            subtitle,
            scenario_names,
            date: self.o.date,
            currency: self.currency,
            footer,
            sections: self.sections,
            charts: self.charts,
        }
    }

    fn t(&self, en: &'static str, zh: &'static str) -> &'static str {
        self.o.language.pick(en, zh)
    }
    fn k(&self, value: Decimal) -> String {
        self.o.numbers.thousands(value)
    }
    fn heading(&mut self, text: String) {
        self.sections.push(Section::Heading { text });
    }
    fn chart(&mut self, key: String, title: String, svg: String) {
        self.charts.insert(key.clone(), svg);
        self.sections.push(Section::Chart { title, key });
    }
    fn unit_note(&self) -> String {
        match self.o.language {
            Language::En => format!("{} thousands", self.currency),
            Language::ZhCn => format!("单位：千{}", self.currency),
        }
    }
}

/// The pack for one scenario.
pub fn scenario_pack(report: &ScenarioResults, o: PackOptions) -> Pack {
    let mut w = Writer::new(o, format!("{:?}", report.scenario.currency));
    scenario_sections(&mut w, report, "");
    let title = w
        .t("Fleet Ledger meeting pack", "Fleet Ledger 会议资料")
        .to_owned();
    let name = report.scenario.name.clone();
    let footer = format!("{title} · {name}");
    w.into_pack(title, name.clone(), vec![name], footer)
}

/// The pack for a comparison: the scenarios side by side, then each one in full.
pub fn comparison_pack(
    reports: &[ScenarioResults],
    comparison: &FigureComparison,
    o: PackOptions,
) -> Pack {
    let currency = reports
        .first()
        .map_or("USD".to_owned(), |r| format!("{:?}", r.scenario.currency));
    let language = o.language;
    let mut w = Writer::new(o, currency.clone());
    w.heading(w.t("Scenarios side by side", "情景对比").to_owned());
    let columns = vec![
        w.t("Scenario", "情景").to_owned(),
        w.t("NPV", "净现值").to_owned(),
        w.t("Δ NPV", "净现值差异").to_owned(),
        w.t("Cumulative EBIT", "累计息税前利润").to_owned(),
        w.t("Δ EBIT", "息税前利润差异").to_owned(),
        w.t("Free cash flow", "自由现金流").to_owned(),
        w.t("MWh", "兆瓦时").to_owned(),
    ];
    let rows = comparison
        .figures
        .iter()
        .zip(&comparison.deltas)
        .map(|(f, d)| {
            vec![
                f.name.clone(),
                w.k(f.npv),
                w.k(d.npv),
                w.k(f.cumulative_ebit),
                w.k(d.cumulative_ebit),
                w.k(f.cumulative_free_cash_flow),
                w.o.numbers.number(f.energy.mwh, 0),
            ]
        })
        .collect();
    let note = format!(
        "{}; {}",
        w.unit_note(),
        w.t(
            "differences from the first scenario",
            "差异以第一个情景为基准"
        )
    );
    w.sections.push(Section::Table {
        title: w.t("Key figures", "关键指标").to_owned(),
        note,
        columns,
        rows,
    });
    let names: Vec<String> = comparison.figures.iter().map(|f| f.name.clone()).collect();
    let npv = Series {
        name: w.t("Δ NPV", "净现值差异").to_owned(),
        values: comparison.deltas.iter().map(|d| d.npv).collect(),
    };
    let ebit = Series {
        name: w.t("Δ cumulative EBIT", "累计息税前利润差异").to_owned(),
        values: comparison
            .deltas
            .iter()
            .map(|d| d.cumulative_ebit)
            .collect(),
    };
    let svg = grouped_bars(&names, &[npv, ebit], &currency, chart_font(language));
    w.chart(
        "comparison-deltas".into(),
        w.t("Differences from the first scenario", "与第一个情景的差异")
            .to_owned(),
        svg,
    );
    for (i, report) in reports.iter().enumerate() {
        w.sections.push(Section::PageBreak);
        w.heading(report.scenario.name.clone());
        scenario_sections(&mut w, report, &format!("s{i}-"));
    }
    let title = w
        .t("Fleet Ledger scenario comparison", "Fleet Ledger 情景对比")
        .to_owned();
    w.into_pack(title.clone(), names.join(" · "), names, title)
}

fn scenario_sections(w: &mut Writer, r: &ScenarioResults, key: &str) {
    let lang = w.o.language;
    let years = &r.fiscal_years;
    let first_fy = years
        .first()
        .map(|y| lang.fiscal_year(y.fiscal_year))
        .unwrap_or_default();
    let last_fy = years
        .last()
        .map(|y| lang.fiscal_year(y.fiscal_year))
        .unwrap_or_default();
    let include = w.o.sections;
    if include.summary {
        summary_section(w, r, &first_fy, &last_fy);
    }
    if include.charts {
        chart_sections(w, r, key);
    }
    if include.tables {
        table_sections(w, r);
        sensitivity::sensitivity_sections(w, r, key);
    }
    if include.assumptions {
        assumption_sections(w, r);
    }
    if include.method_notes {
        method_notes(w);
    }
}

fn summary_section(w: &mut Writer, r: &ScenarioResults, first_fy: &str, last_fy: &str) {
    let s = &r.scenario;
    let lang = w.o.language;
    let k = &r.summary;
    w.heading(w.t("Executive summary", "执行摘要").to_owned());
    let mut figures = vec![
        [
            format!("{} ({})", w.t("Net present value", "净现值"), w.unit_note()),
            w.k(k.npv),
        ],
        [
            w.t("Internal rate of return", "内部收益率").to_owned(),
            k.irr.map_or("—".into(), |r| w.o.numbers.percent(r)),
        ],
        [
            w.t("Payback", "投资回收期").to_owned(),
            k.payback
                .as_ref()
                .map_or("—".into(), |p| lang.month(p.month)),
        ],
        [
            format!(
                "{} ({})",
                w.t("Cumulative EBIT", "累计息税前利润"),
                w.unit_note()
            ),
            w.k(k.cumulative_ebit),
        ],
        [
            format!(
                "{} ({})",
                w.t("Cumulative free cash flow", "累计自由现金流"),
                w.unit_note()
            ),
            w.k(k.cumulative_free_cash_flow),
        ],
        [
            w.t("Energy (MWh)", "用电量（兆瓦时）").to_owned(),
            w.o.numbers.number(k.energy.mwh, 0),
        ],
    ];
    figures.push([
        w.t("Average power (MW)", "平均功率（兆瓦）").to_owned(),
        w.o.numbers.number(k.energy.average_mw, 1),
    ]);
    w.sections.push(Section::Figures { rows: figures });

    let mut sentences = Vec::new();
    sentences.push(match lang {
        Language::En => format!(
            "From {first_fy} to {last_fy} the fleet earns cumulative EBIT of {} {} thousand and free cash flow of {} {} thousand; its net present value at {} is {} {} thousand.",
            w.currency, w.k(k.cumulative_ebit), w.currency, w.k(k.cumulative_free_cash_flow), w.o.numbers.percent(s.valuation.discount_rate), w.currency, w.k(k.npv)
        ),
        Language::ZhCn => format!(
            "{first_fy}至{last_fy}，机群累计息税前利润为{}千{}，自由现金流为{}千{}；按{}折现的净现值为{}千{}。",
            w.k(k.cumulative_ebit), w.currency, w.k(k.cumulative_free_cash_flow), w.currency, w.o.numbers.percent(s.valuation.discount_rate), w.k(k.npv), w.currency
        ),
    });
    let pc = &r.policy_comparison;
    if let (Some(first), Some(last)) = (pc.years.first(), pc.policies.len().checked_sub(1)) {
        let gap = first.ebit_difference[last];
        let (longest, shortest) = (
            lang.book_policy(&pc.policies[last]),
            lang.book_policy(&pc.policies[0]),
        );
        let year = lang.fiscal_year_or_cumulative(first.fiscal_year);
        sentences.push(match lang {
            Language::En => format!(
                "Depreciating over {longest} instead of {shortest} raises {year} EBIT by {} {} thousand: the gap the 3-versus-6-year argument is about.",
                w.currency, w.k(gap)
            ),
            Language::ZhCn => format!(
                "按{longest}而非{shortest}计提折旧，{year}息税前利润增加{}千{}——这正是三年与六年折旧之争的差距。",
                w.k(gap), w.currency
            ),
        });
    }
    if let (Some(d), Some(sentence)) = (&pc.disclosure, &pc.disclosure_sentence) {
        sentences.push(disclosure_sentence(w, d, sentence));
    }
    // The scenario's own changes in estimate, each disclosed in the year it takes effect.
    for change in &r.estimate_changes {
        sentences.push(disclosure_sentence(w, &change.effect, &change.sentence));
    }
    let economic_ends: Vec<_> = r
        .economic_lives
        .iter()
        .filter(|e| e.economic_end.is_some())
        .collect();
    sentences.push(match (lang, economic_ends.first()) {
        (Language::En, Some(e)) => format!(
            "Cohort {} stops earning its keep in {} (after {} months) against a book life of {} months; cutting the life there would write off {} {} thousand.",
            e.cohort_id, e.economic_end.map(|m| lang.month(m)).unwrap_or_default(), e.economic_life_months.unwrap_or(0), e.book_life_months, w.currency, w.k(e.implied_write_down)
        ),
        (Language::ZhCn, Some(e)) => format!(
            "批次{}在{}（{}个月后）不再创造经济价值，而账面寿命为{}个月；若按此缩短寿命将核销{}千{}。",
            e.cohort_id, e.economic_end.map(|m| lang.month(m)).unwrap_or_default(), e.economic_life_months.unwrap_or(0), e.book_life_months, w.k(e.implied_write_down), w.currency
        ),
        (Language::En, None) => "No cohort's cash margin turns negative within the horizon: economic lives outlast it.".into(),
        (Language::ZhCn, None) => "在预测期内没有批次的现金利润转为负数：经济寿命长于预测期。".into(),
    });
    let impaired: Decimal = r.fiscal_years.iter().map(|y| y.totals.impairment).sum();
    sentences.push(match lang {
        Language::En if impaired.is_zero() => "No impairment test failed.".into(),
        Language::En => format!(
            "Impairment tests wrote down {} {} thousand in all.",
            w.currency,
            w.k(impaired)
        ),
        Language::ZhCn if impaired.is_zero() => "所有减值测试均通过。".into(),
        Language::ZhCn => format!("减值测试合计减记{}千{}。", w.k(impaired), w.currency),
    });
    sentences.push(match lang {
        Language::En => format!(
            "The fleet uses {} MWh, an average of {} MW: as much electricity as {} households.",
            w.o.numbers.number(k.energy.mwh, 0),
            w.o.numbers.number(k.energy.average_mw, 1),
            w.o.numbers.number(k.energy.households, 0)
        ),
        Language::ZhCn => format!(
            "机群用电{}兆瓦时，平均{}兆瓦，相当于{}户家庭的用电量。",
            w.o.numbers.number(k.energy.mwh, 0),
            w.o.numbers.number(k.energy.average_mw, 1),
            w.o.numbers.number(k.energy.households, 0)
        ),
    });
    w.sections.push(Section::Paragraphs { items: sentences });
}

fn chart_sections(w: &mut Writer, r: &ScenarioResults, key: &str) {
    let lang = w.o.language;
    let pc = &r.policy_comparison;
    w.sections.push(Section::PageBreak);
    w.heading(w.t("Charts", "图表").to_owned());
    let fy_labels: Vec<String> = pc
        .years
        .iter()
        .map(|y| lang.fiscal_year_or_cumulative(y.fiscal_year))
        .collect();
    let series: Vec<Series> = pc
        .policies
        .iter()
        .enumerate()
        .map(|(i, p)| Series {
            name: lang.book_policy(p),
            values: pc.years.iter().map(|y| y.ebit[i]).collect(),
        })
        .collect();
    let svg = grouped_bars(
        &fy_labels,
        &series,
        &w.currency.to_string(),
        chart_font(lang),
    );
    w.chart(
        format!("{key}ebit-by-policy"),
        w.t(
            "EBIT by fiscal year under each book life",
            "各折旧年限下的分财年息税前利润",
        )
        .to_owned(),
        svg,
    );

    if let Some(cohort) = r.margin_by_age.first() {
        let ages: Vec<String> = cohort
            .years
            .iter()
            .map(|y| match lang {
                Language::En => format!("Year {}", y.year_of_service),
                Language::ZhCn => format!("第{}年", y.year_of_service),
            })
            .collect();
        let svg = lines(
            &ages,
            &[
                Series {
                    name: w
                        .t("Contribution margin per GPU-hour", "每GPU小时边际贡献")
                        .to_owned(),
                    values: cohort.years.iter().map(|y| y.margin_per_gpu_hour).collect(),
                },
                Series {
                    name: w.t("Depreciation per GPU-hour", "每GPU小时折旧").to_owned(),
                    values: cohort
                        .years
                        .iter()
                        .map(|y| y.depreciation_per_gpu_hour)
                        .collect(),
                },
            ],
            &format!("{}/h", w.currency),
            chart_font(lang),
        );
        let title = match lang {
            Language::En => format!(
                "Cash margin against depreciation by age: cohort {}",
                cohort.cohort_id
            ),
            Language::ZhCn => format!("按机龄的现金利润与折旧：批次{}", cohort.cohort_id),
        };
        w.chart(format!("{key}margin-vs-depreciation"), title, svg);
    }

    let composition = &r.composition;
    let stacks: Vec<Series> = composition
        .skus
        .iter()
        .enumerate()
        .map(|(k, sku)| Series {
            name: sku.clone(),
            values: composition
                .years
                .iter()
                .map(|y| Decimal::from(y.units_by_sku[k]))
                .collect(),
        })
        .collect();
    let mw = Series {
        name: w.t("Average MW", "平均兆瓦").to_owned(),
        values: composition.years.iter().map(|y| y.average_mw).collect(),
    };
    let labels: Vec<String> = composition
        .years
        .iter()
        .map(|y| lang.fiscal_year(y.fiscal_year))
        .collect();
    let svg = stacked_bars_with_line(
        &labels,
        &stacks,
        &mw,
        w.t("GPUs", "GPU数量"),
        "MW",
        chart_font(lang),
    );
    w.chart(
        format!("{key}composition"),
        w.t(
            "Fleet composition (GPUs in service at year end) and average MW",
            "机群构成（年末在用GPU）与平均兆瓦",
        )
        .to_owned(),
        svg,
    );

    let value_labels: Vec<String> = r
        .book_and_economic_value
        .iter()
        .map(|v| lang.fiscal_year(r.fiscal.fiscal_year(v.month)))
        .collect();
    let svg = lines(
        &value_labels,
        &[
            Series {
                name: w.t("Net book value", "账面净值").to_owned(),
                values: r.book_and_economic_value.iter().map(|v| v.nbv).collect(),
            },
            Series {
                name: w
                    .t("Economic value (value in use)", "经济价值（使用价值）")
                    .to_owned(),
                values: r
                    .book_and_economic_value
                    .iter()
                    .map(|v| v.economic_value)
                    .collect(),
            },
        ],
        &w.currency.to_string(),
        chart_font(lang),
    );
    w.chart(
        format!("{key}nbv-vs-value"),
        w.t(
            "Net book value against economic value at each year end",
            "各财年末账面净值与经济价值",
        )
        .to_owned(),
        svg,
    );
}

fn table_sections(w: &mut Writer, r: &ScenarioResults) {
    let s = &r.scenario;
    let lang = w.o.language;
    let years = &r.fiscal_years;
    let pc = &r.policy_comparison;
    w.sections.push(Section::PageBreak);
    let columns = [
        w.t("Fiscal year", "财年"),
        w.t("Revenue", "收入"),
        w.t("Cash cost", "现金成本"),
        w.t("Contribution margin", "边际贡献"),
        w.t("Depreciation", "折旧"),
        w.t("Impairment", "减值"),
        w.t("Disposal gain", "处置损益"),
        w.t("EBIT", "息税前利润"),
        w.t("Tax paid", "已付税款"),
        w.t("Capex", "资本支出"),
        w.t("Free cash flow", "自由现金流"),
    ];
    let rows = years
        .iter()
        .map(|y| {
            let t = &y.totals;
            vec![
                lang.fiscal_year(y.fiscal_year),
                w.k(t.revenue),
                w.k(t.cash_cost),
                w.k(t.contribution_margin),
                w.k(t.book_depreciation),
                w.k(t.impairment - t.impairment_reversal),
                w.k(t.disposal_gain),
                w.k(t.ebit),
                w.k(t.tax_paid),
                w.k(t.capex),
                w.k(t.free_cash_flow),
            ]
        })
        .collect();
    w.sections.push(Section::Table {
        title: w
            .t(
                "Profit and loss and cash flow by fiscal year",
                "分财年损益与现金流",
            )
            .to_owned(),
        note: w.unit_note(),
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    });

    let by_cohort = &r.depreciation_by_cohort;
    let mut columns = vec![
        w.t("Cohort", "批次").to_owned(),
        w.t("Cost", "成本").to_owned(),
        w.t("Book life (months)", "账面寿命（月）").to_owned(),
    ];
    columns.extend(by_cohort.fiscal_years.iter().map(|y| lang.fiscal_year(*y)));
    let rows = by_cohort
        .rows
        .iter()
        .map(|row| {
            let label = match &row.label {
                CohortRowLabel::Cohort { id } => id.clone(),
                CohortRowLabel::Group {
                    sku,
                    vintage,
                    cohorts,
                } => lang.cohort_group(sku, *vintage, *cohorts),
            };
            let life = if row.shortest_life_months == row.longest_life_months {
                row.shortest_life_months.to_string()
            } else {
                format!("{}–{}", row.shortest_life_months, row.longest_life_months)
            };
            let mut cells = vec![label, w.k(row.cost), life];
            cells.extend(row.by_fiscal_year.iter().map(|d| w.k(*d)));
            cells
        })
        .collect();
    let listed = !by_cohort.grouped;
    w.sections.push(Section::Table {
        title: if listed {
            w.t("Depreciation by cohort", "分批次折旧").to_owned()
        } else {
            w.t(
                "Depreciation by GPU and year in service",
                "按GPU与投入使用年份的折旧",
            )
            .to_owned()
        },
        note: if listed {
            w.unit_note()
        } else {
            summarised_note(w, s.cohorts.len())
        },
        columns,
        rows,
    });

    let trigger_label = |trigger: TestTrigger| match trigger {
        TestTrigger::FiscalYearEnd => w.t("Year end", "财年末"),
        TestTrigger::PriceDrop => w.t("Price drop", "价格下跌"),
        TestTrigger::NegativeMargin => w.t("Negative margin", "利润转负"),
    };
    let (columns, tests): (Vec<&str>, Vec<Vec<String>>) = match &r.impairment.failed {
        FailedTests::Listed { tests } => {
            let rows = tests
                .iter()
                .map(|t| {
                    vec![
                        t.cohort_id.clone(),
                        lang.month(t.month),
                        trigger_label(t.trigger).to_owned(),
                        w.k(t.carrying_amount),
                        w.k(t.recoverability_measure),
                        w.k(t.loss),
                    ]
                })
                .collect();
            let columns = vec![
                w.t("Cohort", "批次"),
                w.t("Month", "月份"),
                w.t("Trigger", "触发"),
                w.t("Carrying amount", "账面金额"),
                w.t("Recoverability measure", "可收回性指标"),
                w.t("Loss", "减值损失"),
            ];
            (columns, rows)
        }
        FailedTests::Grouped { groups } => {
            let rows = groups
                .iter()
                .map(|g| {
                    vec![
                        format!("{} {}", g.sku, g.vintage),
                        lang.fiscal_year(g.fiscal_year),
                        g.failed_tests.to_string(),
                        w.k(g.carrying_amount),
                        w.k(g.loss),
                    ]
                })
                .collect();
            let columns = vec![
                w.t("GPU and year in service", "GPU与投入使用年份"),
                w.t("Fiscal year", "财年"),
                w.t("Failed tests", "未通过次数"),
                w.t("Carrying amount", "账面金额"),
                w.t("Loss", "减值损失"),
            ];
            (columns, rows)
        }
    };
    let passed = r.impairment.passed;
    let note = match lang {
        Language::En => format!(
            "{}; {} tests passed and are not listed",
            w.unit_note(),
            passed
        ),
        Language::ZhCn => format!("{}；另有{}次测试通过，未列出", w.unit_note(), passed),
    };
    w.sections.push(Section::Table {
        title: w
            .t("Impairment tests that failed", "未通过的减值测试")
            .to_owned(),
        note,
        columns: columns.into_iter().map(str::to_owned).collect(),
        rows: tests,
    });

    let mut columns = vec![w.t("Fiscal year", "财年").to_owned()];
    columns.extend(
        pc.policies
            .iter()
            .map(|p| format!("EBIT {}", lang.book_policy(p))),
    );
    columns.push(
        w.t("Difference, longest vs shortest", "最长与最短之差")
            .to_owned(),
    );
    columns.push(w.t("% of EBIT", "占息税前利润%").to_owned());
    let last = pc.policies.len().saturating_sub(1);
    let rows = pc
        .years
        .iter()
        .chain(std::iter::once(&pc.cumulative))
        .map(|y| {
            let mut row = vec![lang.fiscal_year_or_cumulative(y.fiscal_year)];
            row.extend(y.ebit.iter().map(|e| w.k(*e)));
            row.push(w.k(y.ebit_difference[last]));
            row.push(
                y.difference_percent_of_ebit[last]
                    .map_or("—".into(), |p| format!("{}%", w.o.numbers.number(p, 1))),
            );
            row
        })
        .collect();
    w.sections.push(Section::Table {
        title: w
            .t(
                "Change in estimate: EBIT under each book life (ASC 250-10-50-4)",
                "会计估计变更：各折旧年限下的息税前利润（ASC 250-10-50-4）",
            )
            .to_owned(),
        note: w.unit_note(),
        columns,
        rows,
    });
}

/// An ASC 250-10-50-4 sentence in the pack's language: the engine's English one, or the same
/// figures in Chinese.
fn disclosure_sentence(w: &Writer, d: &ChangeInEstimateEffect, english: &str) -> String {
    match w.o.language {
        Language::En => english.to_owned(),
        Language::ZhCn => format!(
            "{}，该会计估计变更使折旧费用{}{}{}，净利润{}{}{}，每股摊薄收益变动{}。",
            w.o.language.fiscal_year(d.fiscal_year),
            if d.depreciation_change <= Decimal::ZERO {
                "减少"
            } else {
                "增加"
            },
            w.currency,
            w.o.numbers.number(d.depreciation_change.abs(), 2),
            if d.net_income_change >= Decimal::ZERO {
                "增加"
            } else {
                "减少"
            },
            w.currency,
            w.o.numbers.number(d.net_income_change.abs(), 2),
            if d.per_share_below_a_cent() {
                format!("不足{}0.01", w.currency)
            } else {
                format!(
                    "{}{}",
                    w.currency,
                    w.o.numbers.number(d.per_share_change.abs(), 2)
                )
            }
        ),
    }
}

fn summarised_note(w: &Writer, cohorts: usize) -> String {
    match w.o.language {
        Language::En => format!(
            "{}; {cohorts} cohorts summed by GPU and year in service (every cohort is in the monthly schedule CSV)",
            w.unit_note()
        ),
        Language::ZhCn => format!(
            "{}；{cohorts}个批次按GPU与投入使用年份汇总（每个批次见月度明细CSV）",
            w.unit_note()
        ),
    }
}

fn assumption_sections(w: &mut Writer, r: &ScenarioResults) {
    let s = &r.scenario;
    w.sections.push(Section::PageBreak);
    w.heading(
        w.t("Assumptions and their sources", "假设及其来源")
            .to_owned(),
    );
    let used: HashSet<&str> = s.cohorts.iter().map(|c| c.sku.as_str()).collect();
    let rows = s
        .catalog
        .iter()
        .filter(|k| used.contains(k.id.as_str()))
        .map(|k| {
            vec![
                k.name.clone(),
                w.o.numbers.number(k.capex_per_gpu, 0),
                w.o.numbers.number(k.kw_per_gpu, 2),
                k.source.clone(),
            ]
        })
        .collect();
    w.sections.push(Section::Table {
        title: w.t("GPUs in the fleet", "机群中的GPU").to_owned(),
        note: format!(
            "{}: {}",
            w.t("Capex per GPU in", "单卡资本支出币种"),
            w.currency
        ),
        columns: [
            w.t("GPU", "GPU"),
            w.t("Capex per GPU", "单卡资本支出"),
            w.t("kW per GPU", "单卡千瓦"),
            w.t("Source", "来源"),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    });
    let facility = match &s.costs.facility {
        Facility::Colocation { per_kw_month } => format!(
            "{} {}",
            w.t("colocation", "托管"),
            w.o.numbers.number(*per_kw_month, 2)
        ),
        Facility::Owned { per_kw_month } => format!(
            "{} {}",
            w.t("owned facility", "自有设施"),
            w.o.numbers.number(*per_kw_month, 2)
        ),
    };
    let c = &s.costs;
    let figures = vec![
        [
            w.t("Electricity per kWh", "每千瓦时电价").to_owned(),
            w.o.numbers.number(c.electricity_per_kwh, 4),
        ],
        [
            w.t("Electricity escalation a year", "电价年涨幅")
                .to_owned(),
            w.o.numbers.percent(c.electricity_escalation),
        ],
        [w.t("PUE", "PUE").to_owned(), w.o.numbers.number(c.pue, 2)],
        [
            w.t("Hosting per kW-month", "每千瓦月托管费").to_owned(),
            facility,
        ],
        [
            w.t("Maintenance, % of cost a year", "维护费（成本%/年）")
                .to_owned(),
            w.o.numbers.number(c.maintenance_percent_per_year, 2),
        ],
        [
            w.t("GPUs failing a year", "年故障率").to_owned(),
            w.o.numbers.percent(c.annual_failure_rate),
        ],
        [
            w.t("Discount rate", "折现率").to_owned(),
            w.o.numbers.percent(s.valuation.discount_rate),
        ],
        [
            w.t("Tax rate", "税率").to_owned(),
            w.o.numbers.percent(s.valuation.tax_rate),
        ],
    ];
    w.sections.push(Section::Figures { rows: figures });
    let mut sources = vec![format!("{}: {}", w.t("Costs", "成本"), c.source)];
    for curve in &s.market.price_curves {
        if used.contains(curve.sku.as_str()) && !sources.iter().any(|x| x.ends_with(&curve.source))
        {
            let shape = match curve.shape {
                CurveShape::Points { .. } => w.t("dated points", "日期点"),
                CurveShape::Generated { .. } => w.t("generated curve", "生成曲线"),
            };
            sources.push(format!("{} ({}): {}", curve.sku, shape, curve.source));
        }
    }
    w.sections.push(Section::Paragraphs { items: sources });
}

fn method_notes(w: &mut Writer) {
    w.heading(w.t("Method notes", "方法说明").to_owned());
    let notes = match w.o.language {
        Language::En => vec![
            "Book depreciation follows each cohort's policy month by month; declining balance switches to straight line as Excel's VDB does; running totals are rounded to the cent, half away from zero.",
            "Changes in estimate are applied prospectively: from the effective month, net book value less the revised salvage is spread over the revised remaining life (ASC 250-10-45-17, IAS 8.36); nothing is restated.",
            "Impairment is tested at each fiscal year end and when the rental price falls more than the trigger in a year or the cash margin turns negative: under ASC 360 against undiscounted cash flows, then down to fair value; under IAS 36 against the higher of fair value less costs of disposal and value in use, with a reversal only after a change in estimate (not the unwinding of the discount) and capped.",
            "Tax depreciation uses MACRS GDS with IRS Publication 946 Tables A-1 to A-5 and the mid-quarter convention when more than 40 % of a year's additions fall in its last quarter; the year of disposal gets half a year's deduction (mid-quarter: up to the middle of the disposal quarter); deferred tax is (book NBV − tax basis) × tax rate.",
            "Cash flows fall at month ends and are discounted at the discount rate; energy is units × kW × (utilisation + idle share × (1 − utilisation)) × hours × PUE.",
        ],
        Language::ZhCn => vec![
            "账面折旧按各批次政策逐月计提；余额递减法在直线法更大时转为直线法（与Excel VDB一致）；累计额按四舍五入（远离零）取至分。",
            "会计估计变更采用未来适用法：自生效月起，将账面净值减修订后残值在修订后的剩余寿命内摊销（ASC 250-10-45-17，IAS 8.36），不追溯调整。",
            "每个财年末以及租赁价格一年内跌幅超过触发值或现金利润转负时进行减值测试：ASC 360先与未折现现金流比较，再减记至公允价值；IAS 36与公允价值减处置费用和使用价值中较高者比较，仅在会计估计变更后才转回（折现回拨不算），且转回有上限。",
            "税务折旧采用MACRS GDS及IRS第946号出版物表A-1至A-5，当年末季度新增资产超过40%时采用年中季度惯例；处置年度扣除半年折旧（年中季度惯例：扣至处置季度的中点）；递延税款 =（账面净值 − 计税基础）× 税率。",
            "现金流按月末发生并按折现率折现；用电量 = 数量 × 千瓦 × （利用率 + 空载比例 × （1 − 利用率））× 小时 × PUE。",
        ],
    };
    w.sections.push(Section::Paragraphs {
        items: notes.into_iter().map(str::to_owned).collect(),
    });
    useful_life_library(w);
}

/// The hyperscalers' useful-life changes and what they disclosed (PRODUCT.md §4), beside the
/// policy comparison's lives: the precedents a board asks about. Quoted as filed, in English.
fn useful_life_library(w: &mut Writer) {
    let rows = useful_life_changes()
        .into_iter()
        .map(|c| vec![c.company, c.change, c.effective, c.disclosed_effect])
        .collect();
    w.sections.push(Section::TextTable {
        title: w
            .t(
                "Useful-life changes by hyperscalers and their disclosed effects",
                "超大规模云厂商的使用寿命变更及其披露的影响",
            )
            .to_owned(),
        note: w
            .t(
                "USD billions as disclosed in their filings (quoted in English); verify before relying",
                "以其披露文件为准的十亿美元金额（按英文原文引用）；使用前请核实",
            )
            .to_owned(),
        columns: [
            w.t("Company", "公司"),
            w.t("Change", "变更"),
            w.t("Effective", "生效"),
            w.t("Disclosed effect", "披露的影响"),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    });
}
