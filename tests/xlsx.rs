//! `status --format xlsx` (issue 26), read back with calamine: the sheet
//! names in each language, dates as dates, numbers as numbers, text that
//! looks like a formula kept as text, and the hostile register's text
//! sanitised.

mod common;

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use common::*;

fn workbook(root: &Path, lang: &str) -> Xlsx<Cursor<Vec<u8>>> {
    let root_arg = root.to_str().expect("utf-8");
    let out = somevakt(
        root,
        &[
            "--repo",
            root_arg,
            "--today",
            "2025-01-15",
            "--lang",
            lang,
            "status",
            "--format",
            "xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    open_workbook_from_rs(Cursor::new(out.stdout)).expect("an xlsx workbook")
}

fn column(range: &calamine::Range<Data>, header: &str) -> usize {
    (0..range.width())
        .find(|c| range.get((0, *c)) == Some(&Data::String(header.to_owned())))
        .unwrap_or_else(|| panic!("no column {header}"))
}

#[test]
fn the_sheets_are_named_in_the_readers_language() {
    let (_dir, root) = committed_example();
    for (lang, names, first) in [
        ("en", ["Accounts", "Findings", "Invalid files"], "Account"),
        ("nb", ["Kontoer", "Funn", "Ugyldige filer"], "Konto"),
        ("sv", ["Konton", "Anmärkningar", "Ogiltiga filer"], "Konto"),
    ] {
        let mut book = workbook(&root, lang);
        assert_eq!(
            book.sheet_names(),
            names.map(String::from).to_vec(),
            "{lang}"
        );
        let accounts = book.worksheet_range(names[0]).expect("accounts");
        assert_eq!(accounts.get((0, 0)), Some(&Data::String(first.to_owned())));
    }
}

#[test]
fn dates_are_dates_and_numbers_are_numbers() {
    let (_dir, root) = committed_example();
    let mut book = workbook(&root, "en");
    let accounts = book.worksheet_range("Accounts").expect("accounts");
    let status = somevakt(
        &root,
        &[
            "--repo",
            root.to_str().expect("utf-8"),
            "--today",
            "2025-01-15",
            "status",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&status)).expect("json");
    let listed = json["accounts"].as_array().expect("accounts");
    assert_eq!(
        accounts.height(),
        listed.len() + 1,
        "a header and a row per account"
    );
    let (due, days, errors, last_post) = (
        column(&accounts, "Review due"),
        column(&accounts, "Days to review"),
        column(&accounts, "Errors"),
        column(&accounts, "Last post"),
    );
    for (row, account) in listed.iter().enumerate() {
        let row = row + 1;
        assert_eq!(
            accounts.get((row, 0)),
            Some(&Data::String(
                account["id"].as_str().expect("id").to_owned()
            ))
        );
        match account["review_due"].as_str() {
            Some(date) => {
                let cell = accounts.get((row, due)).expect("due");
                let Data::DateTime(when) = cell else {
                    panic!("{cell:?} is not a date")
                };
                assert!(when.is_datetime());
                // Excel counts days from 1899-12-30.
                let date: somevakt_core::Date = date.parse().expect("ISO date");
                let epoch = somevakt_core::Date::from_ymd(1899, 12, 30).expect("epoch");
                assert_eq!(when.as_f64(), epoch.days_until(date) as f64);
                assert_eq!(
                    accounts.get((row, days)),
                    Some(&Data::Float(
                        account["review_in_days"].as_f64().expect("days")
                    ))
                );
            }
            None => assert!(matches!(accounts.get((row, due)), None | Some(Data::Empty))),
        }
        if account["last_post"].is_string() {
            assert!(matches!(
                accounts.get((row, last_post)),
                Some(Data::DateTime(_))
            ));
        }
        let count = account["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["severity"] == "error")
            .count();
        assert_eq!(
            accounts.get((row, errors)),
            Some(&Data::Float(count as f64))
        );
    }
    // One findings row per finding, each with its fix.
    let findings = book.worksheet_range("Findings").expect("findings");
    let total: usize = listed
        .iter()
        .map(|a| a["findings"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(findings.height(), total + 1);
    let fix = column(&findings, "What fixes it");
    for row in 1..findings.height() {
        assert!(matches!(findings.get((row, fix)), Some(Data::String(s)) if !s.is_empty()));
    }
}

#[test]
fn hostile_text_stays_text_and_invalid_files_are_listed() {
    let (_dir, root) = copy_example_named("fjordvik");
    let account = valid_assessment("=HYPERLINK(\\\"http://evil.example\\\")\\u001b[2J").replace(
        "status = \"active\"",
        "status = \"active\"\nowner_unit = \"+47 @SUM(1)\"",
    );
    write(&root, "assessments/testvik/formula.toml", account);
    write(
        &root,
        "assessments/testvik/=named\u{1b}.toml",
        valid_assessment("x"),
    );
    write(
        &root,
        "assessments/testvik/broken.toml",
        "schema_version = 1\n[account\n",
    );
    let mut book = workbook(&root, "en");
    let accounts = book.worksheet_range("Accounts").expect("accounts");
    let name = column(&accounts, "Name");
    let unit = column(&accounts, "Owner unit");
    let row = (1..accounts.height())
        .find(|r| accounts.get((*r, 0)) == Some(&Data::String("testvik/formula".into())))
        .expect("the account's row");
    assert_eq!(
        accounts.get((row, name)),
        Some(&Data::String(
            "=HYPERLINK(\"http://evil.example\")\u{FFFD}[2J".into()
        ))
    );
    assert_eq!(
        accounts.get((row, unit)),
        Some(&Data::String("+47 @SUM(1)".into()))
    );
    for sheet in book.sheet_names() {
        let formulas = book.worksheet_formula(&sheet).expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet}: no formula"
        );
    }
    let invalid = book.worksheet_range("Invalid files").expect("invalid");
    assert_eq!(invalid.height(), 3);
    let row_of = |path: &str| {
        (1..invalid.height())
            .find(|r| invalid.get((*r, 0)) == Some(&Data::String(path.into())))
            .unwrap_or_else(|| panic!("no row for {path}"))
    };
    row_of("assessments/testvik/=named\u{FFFD}.toml");
    let broken = row_of("assessments/testvik/broken.toml");
    assert_eq!(
        invalid.get((broken, 1)),
        Some(&Data::Float(2.0)),
        "the line, a number"
    );
}
