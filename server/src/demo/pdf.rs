//! PDF downloads (`GET /invoice/@id/pdf`, `GET /estimate/@id/pdf`): a one-page A4 document written
//! by hand (the format's text subset is small, and a PDF crate would be the demo's largest
//! dependency). Ownership is checked like every other call: another client's document is 404.

use super::DemoState;
use super::auth::ClientId;
use super::reply::{ApiFailure, amount};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};

/// One line of the page: bold or not, and its text.
type Line = (bool, String);

/// PDF string literal: ASCII only (the standard fonts' encoding), with escapes.
fn pdf_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() {
                c
            } else {
                '?'
            }
        })
        .collect::<String>()
        .replace('\\', "\\\\")
        .replace('(', "\\(")
        .replace(')', "\\)")
}

/// A valid single-page PDF with `lines` set in Helvetica, top to bottom.
pub fn document(lines: &[Line]) -> Vec<u8> {
    const MAX_LINES: usize = 60;
    let mut content = String::from("BT\n/F1 11 Tf\n14 TL\n56 786 Td\n");
    for (bold, text) in lines.iter().take(MAX_LINES) {
        let font = if *bold { "/F2 11 Tf" } else { "/F1 11 Tf" };
        content.push_str(&format!("{font} ({}) Tj T*\n", pdf_text(text)));
    }
    if lines.len() > MAX_LINES {
        content.push_str(&format!(
            "({} more lines not shown) Tj T*\n",
            lines.len() - MAX_LINES
        ));
    }
    content.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn reply(filename: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

fn billed_to(conn: &Connection, client: i64) -> rusqlite::Result<Vec<Line>> {
    conn.query_row(
        "SELECT firstname || ' ' || lastname, companyname, address1, city, postcode, country FROM clients WHERE id = ?1",
        params![client],
        |r| {
            let mut lines = vec![(true, "Billed to".to_string())];
            for i in 0..6 {
                let v: String = r.get(i)?;
                if !v.trim().is_empty() {
                    lines.push((false, v));
                }
            }
            Ok(lines)
        },
    )
}

fn money_line(label: &str, hundredths: i64, currency: &str) -> Line {
    (false, format!("{label}: {} {currency}", amount(hundredths)))
}

type Head = (
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    String,
    i64,
    String,
);

/// `GET /invoice/@id/pdf`.
pub async fn invoice_pdf(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Result<Response, ApiFailure> {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Invoice"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let head: Option<Head> = conn
        .query_row(
            "SELECT number, status, date, duedate, subtotal, tax, credit, taxrate, total, currency FROM invoices WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?)),
        )
        .optional()?;
    let Some((number, status, date, due, subtotal, tax, credit, rate, total, cur)) = head else {
        return Err(ApiFailure::not_found("Invoice"));
    };
    let mut lines: Vec<Line> = vec![
        (true, format!("INVOICE #{number}")),
        (false, format!("Status: {status}")),
        (false, format!("Issued: {date}    Due: {due}")),
        (false, String::new()),
    ];
    lines.extend(billed_to(&conn, client)?);
    lines.push((false, String::new()));
    let mut stmt = conn.prepare(
        "SELECT description, qty, amount FROM invoice_items WHERE invoice_id = ?1 ORDER BY id",
    )?;
    let items = stmt
        .query_map(params![id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for (desc, qty, amt) in items {
        lines.push((false, format!("{desc}  x{qty}  {} {cur}", amount(amt))));
    }
    lines.push((false, String::new()));
    lines.push(money_line("Subtotal", subtotal, &cur));
    lines.push(money_line(&format!("Tax ({rate}%)"), tax, &cur));
    if credit > 0 {
        lines.push(money_line("Credit applied", credit, &cur));
    }
    lines.push((true, format!("Total: {} {cur}", amount(total))));
    lines.push(money_line("Balance due", total - credit, &cur));
    Ok(reply(
        &format!("invoice-{}.pdf", number.replace('/', "-")),
        document(&lines),
    ))
}

/// `GET /estimate/@id/pdf`.
pub async fn estimate_pdf(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Result<Response, ApiFailure> {
    let id: i64 = id.parse().map_err(|_| ApiFailure::not_found("Estimate"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    type EstimateHead = (
        String,
        String,
        String,
        String,
        i64,
        i64,
        String,
        i64,
        String,
    );
    let head: Option<EstimateHead> = conn
        .query_row(
            "SELECT subject, status, date, valid_until, subtotal, tax, taxrate, total, currency FROM estimates WHERE id = ?1 AND client_id = ?2",
            params![id, client],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?)),
        )
        .optional()?;
    let Some((subject, status, date, valid, subtotal, tax, rate, total, cur)) = head else {
        return Err(ApiFailure::not_found("Estimate"));
    };
    let mut lines: Vec<Line> = vec![
        (true, format!("ESTIMATE #{id}: {subject}")),
        (false, format!("Status: {status}")),
        (false, format!("Date: {date}    Valid until: {valid}")),
        (false, String::new()),
    ];
    lines.extend(billed_to(&conn, client)?);
    lines.push((false, String::new()));
    let mut stmt = conn.prepare(
        "SELECT description, qty, amount FROM estimate_items WHERE estimate_id = ?1 ORDER BY id",
    )?;
    for row in stmt.query_map(params![id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })? {
        let (desc, qty, amt) = row?;
        lines.push((false, format!("{desc}  x{qty}  {} {cur}", amount(amt))));
    }
    lines.push((false, String::new()));
    lines.push(money_line("Subtotal", subtotal, &cur));
    lines.push(money_line(&format!("Tax ({rate}%)"), tax, &cur));
    lines.push((true, format!("Total: {} {cur}", amount(total))));
    Ok(reply(&format!("estimate-{id}.pdf"), document(&lines)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cross_reference_table_points_at_each_object() {
        let pdf = super::document(&[(true, "INVOICE #1 (test)".into())]);
        let text = String::from_utf8(pdf.clone()).unwrap();
        assert!(text.starts_with("%PDF-1.4\n") && text.ends_with("%%EOF\n"));
        assert!(text.contains("(INVOICE #1 \\(test\\)) Tj"));
        let startxref: usize = text
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(text[startxref..].starts_with("xref\n0 7\n"));
        for (n, line) in text[startxref..].lines().skip(3).take(6).enumerate() {
            let offset: usize = line[..10].parse().unwrap();
            assert!(
                text[offset..].starts_with(&format!("{} 0 obj", n + 1)),
                "object {}",
                n + 1
            );
        }
    }
}
