use super::escape::escape;
use super::{by_section, resources_heading};
use crate::agency::Referral;
use crate::summary::ResourceLine;
use crate::summary::Summary;

pub fn render(s: &Summary) -> String {
    let mut out = vec![
        format!("# {}", escape(&s.title)),
        String::new(),
        format!("*{}*", escape(&s.disclaimer)),
        String::new(),
        format!("## {}", escape(&s.words.what_to_do)),
        String::new(),
    ];
    for (i, step) in s.next_steps.iter().enumerate() {
        if i == 0 {
            out.push(format!("- **{}**", escape(step)));
        } else {
            out.push(format!("- {}", escape(step)));
        }
    }
    out.push(String::new());
    for line in [&s.because, &s.incomplete, &s.skipped]
        .into_iter()
        .flatten()
    {
        out.push(escape(line));
        out.push(String::new());
    }

    if let Some(changes) = &s.changes {
        out.extend(super::changes::markdown(changes, &s.words.changes));
    }

    out.push(format!("## {}", escape(&s.words.reported_heading)));
    out.push(String::new());
    if s.reported.is_empty() {
        out.push(escape(&s.words.nothing_reported));
        out.push(String::new());
    }
    for (section, items) in by_section(s) {
        out.push(format!("### {}", escape(section)));
        out.push(String::new());
        for item in items {
            out.push(format!(
                "- {}: {}",
                escape(&item.label),
                escape(&item.answer)
            ));
        }
        out.push(String::new());
    }
    if !s.not_answered.is_empty() {
        out.push(format!("## {}", escape(&s.words.skipped_heading)));
        out.push(String::new());
        for item in &s.not_answered {
            out.push(format!("- {}", escape(&item.label)));
        }
        out.push(String::new());
    }

    out.extend(resource_block(
        &resources_heading(&s.words.resources_heading, &s.region),
        &s.resources,
        &s.words.referrals_heading,
        &s.referrals,
    ));
    out.push(String::new());
    out.push(escape(&s.safety_net));
    out.push(String::new());
    out.push(escape(&s.privacy));
    out.push(String::new());
    out.push(format!(
        "**{}: {}**",
        escape(&s.words.what_to_do),
        escape(&s.closing)
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
    let mut out = vec![format!("## {}", escape(heading)), String::new()];
    for r in resources {
        out.push(format!(
            "- **{}**: {}. {}",
            escape(&r.name),
            escape(&r.contact),
            escape(&r.for_)
        ));
    }
    if !referrals.is_empty() {
        out.push(String::new());
        out.push(format!("## {}", escape(referrals_heading)));
        out.push(String::new());
        for r in referrals {
            out.push(format!(
                "- **{}**: {}. {} ({})",
                escape(&r.name),
                escape(&r.contact),
                escape(&r.offers),
                escape(&r.hours)
            ));
        }
    }
    out
}
