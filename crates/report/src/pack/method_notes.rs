//! How the numbers are made, and the hyperscalers' useful-life precedents beside them.

use super::{Section, Writer};
use crate::glossary::{sentences, Term};
use fleet_ledger_engine::reference::useful_life_changes;

pub(super) fn method_notes(w: &mut Writer) {
    w.heading(w.term(Term::MethodNotes).to_owned());
    let notes = sentences::method_notes(w.o.language);
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
        title: w.term(Term::UsefulLifePrecedentsTitle).to_owned(),
        note: w.term(Term::UsefulLifePrecedentsNote).to_owned(),
        columns: [
            w.term(Term::Company),
            w.term(Term::Change),
            w.term(Term::Effective),
            w.term(Term::DisclosedEffect),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    });
}
