use super::{by_section, resources_heading, wrap};
use crate::agency::Referral;
use crate::summary::ResourceLine;
use crate::summary::Summary;

/// The summary as text, laid out in `width` columns.
pub fn render(s: &Summary, width: usize) -> String {
    let mut out = vec![
        wrap(&s.title.to_uppercase(), width, "", ""),
        wrap(&s.disclaimer, width, "", ""),
        String::new(),
        wrap(&s.words.what_to_do, width, "", ""),
    ];
    for step in &s.next_steps {
        out.push(wrap(step, width, "  > ", "    "));
    }
    for line in [&s.because, &s.incomplete, &s.skipped]
        .into_iter()
        .flatten()
    {
        out.push(wrap(line, width, "  ", "  "));
    }
    out.push(String::new());

    if let Some(changes) = &s.changes {
        out.extend(super::changes::text(changes, &s.words.changes, width));
    }

    out.push(wrap(&s.words.reported_heading, width, "", ""));
    if s.reported.is_empty() {
        out.push(wrap(&s.words.nothing_reported, width, "  ", "  "));
    }
    for (section, items) in by_section(s) {
        out.push(wrap(section, width, "  ", "    "));
        for item in items {
            out.push(wrap(
                &format!("{}: {}", item.label, item.answer),
                width,
                "    - ",
                "      ",
            ));
        }
    }
    if !s.not_answered.is_empty() {
        out.push(String::new());
        out.push(wrap(&s.words.skipped_heading, width, "", ""));
        for item in &s.not_answered {
            out.push(wrap(&item.label, width, "  - ", "    "));
        }
    }
    out.push(String::new());

    out.extend(resource_block(
        &resources_heading(&s.words.resources_heading, &s.region),
        &s.resources,
        &s.words.referrals_heading,
        &s.referrals,
        width,
    ));
    out.push(String::new());
    out.push(wrap(&s.safety_net, width, "", ""));
    out.push(wrap(&s.privacy, width, "", ""));
    // A long summary scrolls its start off the screen: end with the action again.
    out.push(String::new());
    out.push(wrap(
        &format!("{}: {}", s.words.what_to_do, s.closing),
        width,
        "",
        "",
    ));
    out.join("\n") + "\n"
}

/// The resources with their numbers, then the agency's referrals if any, in `width`
/// columns.
pub(super) fn resource_block(
    heading: &str,
    resources: &[ResourceLine],
    referrals_heading: &str,
    referrals: &[Referral],
    width: usize,
) -> Vec<String> {
    let mut out = vec![wrap(heading, width, "", "")];
    for r in resources {
        out.push(wrap(
            &format!("{}: {}", r.name, r.contact),
            width,
            "  - ",
            "    ",
        ));
        out.push(wrap(&r.for_, width, "    ", "    "));
    }
    if !referrals.is_empty() {
        out.push(String::new());
        out.push(wrap(referrals_heading, width, "", ""));
        for r in referrals {
            out.push(wrap(
                &format!("{}: {}", r.name, r.contact),
                width,
                "  - ",
                "    ",
            ));
            out.push(wrap(
                &format!("{} ({})", r.offers, r.hours),
                width,
                "    ",
                "    ",
            ));
        }
    }
    out
}
