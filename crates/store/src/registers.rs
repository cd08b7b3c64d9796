//! A fixed-asset register a finance team already keeps, read from a CSV or a workbook for the
//! fleet grid's import (issue 17): every cell as text, as the grid's paste reads it. Real
//! readers only: the csv crate for delimited text, calamine for workbooks.

use crate::StoreError;
use calamine::{Data, Reader};
use fleet_ledger_engine::scenario::{file_too_large, MAX_FILE_BYTES};
use fleet_ledger_engine::validation::{Issue, IssueCode};
use fleet_ledger_engine::ValidationErrors;
use serde::Serialize;
use specta::Type;
use std::path::Path;

/// Most rows a register may have: five times the largest fleet the benchmarks run.
pub const MAX_REGISTER_ROWS: usize = 50_000;

/// A register's first sheet (a CSV's only one) as rows of cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RegisterFile {
    /// The file's name, without its folder.
    pub name: String,
    pub rows: Vec<Vec<String>>,
    /// Whether the file is text separated by semicolons, as Excel writes a CSV where the
    /// comma is the decimal separator: its numbers likely have decimal commas (39000,50).
    pub decimal_comma: bool,
    /// How a delimited file's bytes were read as text; none for a workbook.
    pub encoding: Option<TextEncoding>,
}

/// The encodings a spreadsheet writes delimited text in: Excel's "CSV UTF-8", or its plain
/// "CSV", which is in the Windows code page of the user's system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    /// Code page 1252, Windows' for Western Europe and the Americas.
    Windows1252,
    /// GB18030 (its GBK part is code page 936), Windows' for Simplified Chinese.
    Gb18030,
}

fn refused(issue: Issue) -> StoreError {
    ValidationErrors::single("file", issue).into()
}

/// Reads the register at `path`: `.csv` (comma, or semicolon as European Excel writes it),
/// `.tsv`, or the first sheet of `.xlsx`, `.xlsm`, `.xls` or `.ods`.
pub fn read_register(path: &Path) -> Result<RegisterFile, StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(refused(Issue::new(IssueCode::NotARegularFile)));
    }
    if metadata.len() > MAX_FILE_BYTES as u64 {
        return Err(file_too_large(metadata.len()).into());
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let (rows, delimiter, encoding) = match extension.as_str() {
        "csv" | "tsv" | "txt" => {
            let (text, encoding) = decode(&std::fs::read(path).map_err(io)?);
            let (rows, delimiter) = delimited(&text, &extension)?;
            (rows, Some(delimiter), Some(encoding))
        }
        "xlsx" | "xlsm" | "xls" | "ods" => (workbook(path)?, None, None),
        other => {
            return Err(refused(
                Issue::new(IssueCode::RegisterFormat).with("given", other),
            ))
        }
    };
    if rows.len() > MAX_REGISTER_ROWS {
        return Err(refused(
            Issue::new(IssueCode::RegisterTooLong)
                .with("given", rows.len())
                .with("max", MAX_REGISTER_ROWS),
        ));
    }
    Ok(RegisterFile {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        rows,
        decimal_comma: delimiter == Some(b';'),
        encoding,
    })
}

/// A delimited file's text: UTF-8 when its bytes are (a byte-order mark dropped); otherwise
/// the Windows code page Excel wrote it in. GB18030 when every byte beyond ASCII is half of a
/// two-byte character of GB2312's range (both bytes 0xA1 to 0xFE, where every common Chinese
/// character lies), else Windows-1252: Western text has its accented letters one byte each,
/// among ASCII letters (Inférence is `Inf\xe9rence`), which that test never passes.
fn decode(bytes: &[u8]) -> (String, TextEncoding) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), TextEncoding::Utf8);
    }
    let (encoding, code) = if in_gb2312_pairs(bytes) {
        (encoding_rs::GB18030, TextEncoding::Gb18030)
    } else {
        (encoding_rs::WINDOWS_1252, TextEncoding::Windows1252)
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), code)
}

/// Whether every byte beyond ASCII comes in a pair of bytes from 0xA1 to 0xFE.
fn in_gb2312_pairs(bytes: &[u8]) -> bool {
    let in_range = |b: u8| (0xa1..=0xfe).contains(&b);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            i += 1;
        } else if in_range(bytes[i]) && bytes.get(i + 1).is_some_and(|&b| in_range(b)) {
            i += 2;
        } else {
            return false;
        }
    }
    true
}

/// Delimited text: a tab for `.tsv`; for a CSV, a semicolon when the first line has more of
/// them than commas (Excel writes `;` where the comma is the decimal separator). The rows,
/// and the delimiter they were split on.
fn delimited(text: &str, extension: &str) -> Result<(Vec<Vec<String>>, u8), StoreError> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if extension == "tsv" {
        b'\t'
    } else if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let rows = reader
        .records()
        .map(|record| {
            record
                .map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| refused(Issue::new(IssueCode::Unreadable).with("detail", e)))
        })
        .collect::<Result<_, _>>()?;
    Ok((rows, delimiter))
}

/// The first sheet of a workbook, each cell as the grid reads it: numbers plain (a date as
/// its serial, which the grid reads as a month), text as it is.
fn workbook(path: &Path) -> Result<Vec<Vec<String>>, StoreError> {
    let unreadable = |e: &dyn std::fmt::Display| {
        refused(Issue::new(IssueCode::Unreadable).with("detail", e.to_string()))
    };
    let mut book = calamine::open_workbook_auto(path).map_err(|e| unreadable(&e))?;
    let Some(first) = book.sheet_names().first().cloned() else {
        return Ok(Vec::new());
    };
    let range = book.worksheet_range(&first).map_err(|e| unreadable(&e))?;
    Ok(range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => d.as_f64().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        (dir, path)
    }

    #[test]
    fn a_csv_register_is_read_cell_by_cell_quotes_and_a_bom_included() {
        let (_dir, path) = written(
            "register.csv",
            "\u{feff}Asset,Model,Qty,In service,Cost\r\nA-1,H100-SXM,8,2026-01,\"39,000.00\"\r\n"
                .as_bytes(),
        );
        let register = read_register(&path).unwrap();
        assert_eq!(register.name, "register.csv");
        assert_eq!(
            register.rows,
            [
                vec!["Asset", "Model", "Qty", "In service", "Cost"],
                vec!["A-1", "H100-SXM", "8", "2026-01", "39,000.00"],
            ]
        );
        assert!(!register.decimal_comma);
    }

    #[test]
    fn a_semicolon_csv_from_a_european_excel_is_split_on_semicolons() {
        let (_dir, path) = written("register.csv", b"Asset;Qty;Cost\nA-1;8;39000,50\n");
        let register = read_register(&path).unwrap();
        assert_eq!(register.rows[1], ["A-1", "8", "39000,50"]);
        assert!(register.decimal_comma);
    }

    #[test]
    fn a_workbook_register_is_read_from_its_first_sheet_with_dates_as_serials() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "Asset").unwrap();
        sheet.write_string(0, 1, "Qty").unwrap();
        sheet.write_string(0, 2, "In service").unwrap();
        sheet.write_string(1, 0, "A-1").unwrap();
        sheet.write_number(1, 1, 1024.0).unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 7, 1).unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
        sheet
            .write_datetime_with_format(1, 2, &date, &format)
            .unwrap();
        book.save(&path).unwrap();
        let register = read_register(&path).unwrap();
        assert_eq!(
            register.encoding, None,
            "a workbook's cells are text already"
        );
        let rows = register.rows;
        // 46204 is 2026-07-01 in Excel's 1900 date system.
        assert_eq!(
            rows,
            [
                vec!["Asset", "Qty", "In service"],
                vec!["A-1", "1024", "46204"]
            ]
        );
    }

    #[test]
    fn a_file_of_another_kind_is_refused_naming_the_kinds_read() {
        let (_dir, path) = written("register.pdf", b"%PDF-1.7");
        let StoreError::Invalid(errors) = read_register(&path).unwrap_err() else {
            panic!("expected a field issue")
        };
        assert_eq!(errors.issues[0].code, IssueCode::RegisterFormat);
        assert!(errors.issues[0].message.contains(".xlsx"));
    }

    #[test]
    fn a_csv_from_excel_on_a_western_windows_is_read_as_windows_1252() {
        // "Inférence;39 000 €" as Excel's plain CSV writes it in code page 1252.
        let (_dir, path) = written(
            "register.csv",
            b"Description;Cost\nInf\xe9rence;39000 \x80\n",
        );
        let register = read_register(&path).unwrap();
        assert_eq!(register.encoding, Some(TextEncoding::Windows1252));
        assert_eq!(register.rows[1], ["Inférence", "39000 €"]);
    }

    #[test]
    fn a_csv_from_excel_on_a_chinese_windows_is_read_as_gb18030() {
        // "资产编号,数量" then "北京,8" in code page 936 (GBK): 资 is D7 CA, 北 is B1 B1.
        let bytes = b"\xd7\xca\xb2\xfa\xb1\xe0\xba\xc5,\xca\xfd\xc1\xbf\n\xb1\xb1\xbe\xa9,8\n";
        let (_dir, path) = written("register.csv", bytes);
        let register = read_register(&path).unwrap();
        assert_eq!(register.encoding, Some(TextEncoding::Gb18030));
        assert_eq!(register.rows, [vec!["资产编号", "数量"], vec!["北京", "8"]]);
    }

    #[test]
    fn a_utf8_csv_is_read_as_utf8() {
        let (_dir, path) = written("register.csv", "Description\nInférence\n".as_bytes());
        assert_eq!(
            read_register(&path).unwrap().encoding,
            Some(TextEncoding::Utf8)
        );
    }
}
