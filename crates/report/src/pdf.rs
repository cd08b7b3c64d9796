//! The meeting pack as PDF, typeset by Typst in-process: bundled fonts, no packages, no
//! network. The pack's content enters as JSON and SVG inputs, never as Typst markup.

use crate::pack::Pack;
use serde::Serialize;
use typst::foundations::{Dict, IntoValue};
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

static TEMPLATE: &str = include_str!("../templates/pack.typ");
static NOTO_SANS_SC_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansSC-400Regular-GB2312.ttf");
static NOTO_SANS_SC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansSC-700Bold-GB2312.ttf");

#[derive(Debug, thiserror::Error)]
#[error("The PDF could not be typeset: {0}")]
pub struct PdfError(String);

impl PdfError {
    pub(crate) fn new(reason: String) -> Self {
        Self(reason)
    }
}

#[derive(Serialize)]
struct CoverLabels {
    date: &'static str,
    currency: &'static str,
    scenarios: &'static str,
    made_by: &'static str,
}

#[derive(Serialize)]
struct TemplateData<'a> {
    #[serde(flatten)]
    pack: &'a Pack,
    cover_labels: CoverLabels,
}

/// Typesets `pack` and returns the PDF's bytes.
/// Every font the pack is set in: Typst's own (Libertinus Serif, New Computer Modern,
/// DejaVu Sans Mono) and Noto Sans SC for Chinese.
pub(crate) fn bundled_fonts() -> impl Iterator<Item = &'static [u8]> {
    typst_assets::fonts().chain([NOTO_SANS_SC_REGULAR, NOTO_SANS_SC_BOLD])
}

pub fn render_pdf(pack: &Pack) -> Result<Vec<u8>, PdfError> {
    let zh = pack.lang == "zh";
    let labels = CoverLabels {
        date: if zh { "日期" } else { "Date" },
        currency: if zh { "币种" } else { "Currency" },
        scenarios: if zh { "情景" } else { "Scenarios" },
        made_by: if zh {
            "由 Fleet Ledger 生成。数字为模型估算，依赖所列假设。"
        } else {
            "Made with Fleet Ledger. Figures are model estimates that depend on the assumptions listed."
        },
    };
    let data = serde_json::to_value(TemplateData {
        pack,
        cover_labels: labels,
    })
    .map_err(|e| PdfError(e.to_string()))?;
    typeset(TEMPLATE, data, &pack.charts)
}

/// Typesets `template` with `data` as its JSON input and each chart SVG as an input of its
/// key, and returns the PDF's bytes.
pub(crate) fn typeset(
    template: &str,
    mut data: serde_json::Value,
    charts: &std::collections::BTreeMap<String, String>,
) -> Result<Vec<u8>, PdfError> {
    crate::text::prepare_strings(&mut data);
    let json = data.to_string();
    let mut inputs = Dict::new();
    inputs.insert("data".into(), json.into_value());
    for (key, svg) in charts {
        inputs.insert(key.as_str().into(), svg.clone().into_value());
    }
    let fonts = bundled_fonts();
    let engine = TypstEngine::builder()
        .main_file(template)
        .fonts(fonts)
        .build();
    let document: PagedDocument = engine
        .compile_with_input(inputs)
        .output
        .map_err(|e| PdfError(format!("{e:?}")))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|e| PdfError(format!("{e:?}")))
}
