//! The meeting pack's content, built from the same result structs the UI shows: every number
//! formatted here for the language, every sentence written here, every chart drawn here. The
//! Typst template only lays it out, and user text reaches it as JSON data, never as markup.

use crate::glossary::Term;
use crate::i18n::{Language, NumberStyle};
use crate::run::ScenarioResults;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

mod assumptions;
pub(crate) mod charts;
mod comparison;
mod method_notes;
mod sensitivity;
mod summary;
mod tables;

pub use comparison::comparison_pack;

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
pub(crate) fn chart_font(language: Language) -> &'static str {
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

    fn term(&self, term: Term) -> &'static str {
        term.text(self.o.language)
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
        crate::glossary::sentences::unit_note(self.o.language, &self.currency)
    }
}

/// The pack for one scenario.
pub fn scenario_pack(report: &ScenarioResults, o: PackOptions) -> Pack {
    let mut w = Writer::new(o, format!("{:?}", report.scenario.currency));
    scenario_sections(&mut w, report, "");
    let title = w.term(Term::FleetLedgerMeetingPack).to_owned();
    let name = report.scenario.name.clone();
    let footer = format!("{title} · {name}");
    w.into_pack(title, name.clone(), vec![name], footer)
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
        summary::summary_section(w, r, &first_fy, &last_fy);
    }
    if include.charts {
        charts::chart_sections(w, r, key);
    }
    if include.tables {
        tables::table_sections(w, r);
        sensitivity::sensitivity_sections(w, r, key);
    }
    if include.assumptions {
        assumptions::assumption_sections(w, r);
    }
    if include.method_notes {
        method_notes::method_notes(w);
    }
}
