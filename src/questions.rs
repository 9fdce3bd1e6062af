//! `selfcheck questions`: the bank's questions, for people and for scripts.

use crate::bank::Bank;
use serde::Serialize;

#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    section: &'a str,
    kind: &'a str,
    text: &'a str,
    label: &'a str,
    choices: Vec<ListedChoice<'a>>,
}

#[derive(Serialize)]
struct ListedChoice<'a> {
    id: &'a str,
    label: &'a str,
}

fn listed(bank: &Bank) -> Vec<Listed<'_>> {
    (0..bank.len())
        .map(|i| {
            let q = bank.question(i);
            Listed {
                id: &q.id,
                section: &bank.section_of(i).id,
                kind: q.kind.id(),
                text: &q.text,
                label: &q.label,
                choices: q
                    .choices
                    .iter()
                    .map(|c| ListedChoice {
                        id: &c.id,
                        label: &c.label,
                    })
                    .collect(),
            }
        })
        .collect()
}

pub fn json(bank: &Bank) -> String {
    serde_json::to_string_pretty(&listed(bank)).expect("plain data serializes") + "\n"
}

pub fn text(bank: &Bank) -> String {
    let mut out = String::new();
    for q in listed(bank) {
        out.push_str(&format!(
            "{}  [{} · {}]\n  {}\n",
            q.id,
            q.section,
            q.kind,
            q.text.trim()
        ));
        for c in &q.choices {
            out.push_str(&format!("    {:<20} {}\n", c.id, c.label));
        }
    }
    out
}
