//! Compares our error and alert tables with what the real GnuTLS 3.7.9
//! answers. The fixture is the output of tests/c/errors_dump.c built
//! against the system library; here we print the same lines from our
//! tables and require them to be identical (messages are not compared:
//! ours are in our own words).

use rgnutls::{alerts, errors};

const FIXTURE: &str = include_str!("fixtures/errors_real.txt");

fn our_error_line(code: i32) -> String {
    let (alert, level) = errors::to_alert(code);
    format!(
        "error {code} name={} fatal={} alert={} level={}",
        errors::name(code).unwrap_or("-"),
        u8::from(errors::is_fatal(code)),
        alert as u8,
        level as u8
    )
}

fn our_alert_line(id: i32) -> String {
    format!("alert {id} strname={}", alerts::strname(id).unwrap_or("-"))
}

/// The number after the first word of a fixture line.
fn line_number(line: &str) -> i32 {
    line.split(' ')
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("malformed fixture line: {line}"))
}

#[test]
fn matches_real_library_line_by_line() {
    let mut errors_seen = 0;
    let mut alerts_seen = 0;
    for line in FIXTURE.lines() {
        let ours = if line.starts_with("error ") {
            errors_seen += 1;
            our_error_line(line_number(line))
        } else if line.starts_with("alert ") {
            alerts_seen += 1;
            our_alert_line(line_number(line))
        } else {
            panic!("unexpected fixture line: {line}");
        };
        assert_eq!(ours, line);
    }
    // 199 distinct numbers in gnutls.h plus 4 unknown codes; alert ids 0..=255.
    assert_eq!(errors_seen, 203);
    assert_eq!(alerts_seen, 256);
}

#[test]
fn every_named_code_is_in_the_fixture() {
    for entry in errors::TABLE {
        let name = entry.name.to_string_lossy();
        let prefix = format!("error {} name={name} ", entry.code);
        assert!(
            FIXTURE.lines().any(|l| l.starts_with(&prefix)),
            "{} is not what the real library reports",
            name
        );
    }
}

#[test]
fn every_constant_of_errors_rs_is_in_the_fixture() {
    // The fixture lists every number of gnutls.h, so a constant missing from it
    // means errors.rs and the header disagree.
    let source = include_str!("../src/errors.rs");
    let numbers: Vec<i32> = FIXTURE
        .lines()
        .filter(|l| l.starts_with("error "))
        .map(line_number)
        .collect();
    let mut checked = 0;
    for line in source.lines() {
        let Some(rest) = line.strip_prefix("pub const GNUTLS_E_") else {
            continue;
        };
        let Some(value) = rest
            .split("= ")
            .nth(1)
            .and_then(|v| v.trim_end_matches(';').parse::<i32>().ok())
        else {
            continue; // an alias of another constant
        };
        assert!(numbers.contains(&value), "{line}");
        checked += 1;
    }
    assert!(checked > 180);
}
