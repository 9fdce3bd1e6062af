use super::{by_section, resources_heading, wrap};
use crate::agency::Referral;
use crate::summary::ResourceLine;
use crate::summary::Summary;

pub(super) const WIDTH: usize = 78;

pub fn render(s: &Summary) -> String {
    let mut out = vec![
        s.title.to_uppercase(),
        wrap(&s.disclaimer, WIDTH, "", ""),
        String::new(),
        s.words.what_to_do.clone(),
    ];
    for step in &s.next_steps {
        out.push(wrap(step, WIDTH, "  > ", "    "));
    }
    for line in [&s.because, &s.incomplete, &s.skipped]
        .into_iter()
        .flatten()
    {
        out.push(wrap(line, WIDTH, "  ", "  "));
    }
    out.push(String::new());

    if let Some(changes) = &s.changes {
        out.extend(super::changes::text(changes, &s.words.changes));
    }

    out.push(s.words.reported_heading.clone());
    if s.reported.is_empty() {
        out.push(wrap(&s.words.nothing_reported, WIDTH, "  ", "  "));
    }
    for (section, items) in by_section(s) {
        out.push(format!("  {section}"));
        for item in items {
            out.push(wrap(
                &format!("{}: {}", item.label, item.answer),
                WIDTH,
                "    - ",
                "      ",
            ));
        }
    }
    if !s.not_answered.is_empty() {
        out.push(String::new());
        out.push(s.words.skipped_heading.clone());
        for item in &s.not_answered {
            out.push(wrap(&item.label, WIDTH, "  - ", "    "));
        }
    }
    out.push(String::new());

    out.extend(resource_block(
        &resources_heading(&s.words.resources_heading, &s.region),
        &s.resources,
        &s.words.referrals_heading,
        &s.referrals,
    ));
    out.push(String::new());
    out.push(wrap(&s.safety_net, WIDTH, "", ""));
    out.push(wrap(&s.privacy, WIDTH, "", ""));
    // A long summary scrolls its start off the screen: end with the action again.
    out.push(String::new());
    out.push(wrap(
        &format!("{}: {}", s.words.what_to_do, s.closing),
        WIDTH,
        "",
        "",
    ));
    out.join("\n") + "\n"
}

/// The resources with their numbers, then the agency's referrals if any.
pub(super) fn resource_block(
    heading: &str,
    resources: &[ResourceLine],
    referrals_heading: &str,
    referrals: &[Referral],
) -> Vec<String> {
    let mut out = vec![heading.to_string()];
    for r in resources {
        out.push(wrap(
            &format!("{}: {}", r.name, r.contact),
            WIDTH,
            "  - ",
            "    ",
        ));
        out.push(wrap(&r.for_, WIDTH, "    ", "    "));
    }
    if !referrals.is_empty() {
        out.push(String::new());
        out.push(referrals_heading.to_string());
        for r in referrals {
            out.push(wrap(
                &format!("{}: {}", r.name, r.contact),
                WIDTH,
                "  - ",
                "    ",
            ));
            out.push(wrap(
                &format!("{} ({})", r.offers, r.hours),
                WIDTH,
                "    ",
                "    ",
            ));
        }
    }
    out
}
