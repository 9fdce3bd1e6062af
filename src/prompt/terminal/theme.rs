//! dialoguer's ColorfulTheme, with one change: a checklist marks the item under the
//! cursor with "❯" as a one-answer menu does, not by colour alone, so it can be seen
//! with NO_COLOR set or on a terminal without colour.

use dialoguer::theme::{ColorfulTheme, Theme};
use std::fmt;

/// Columns before a one-answer menu item's label: "❯ ".
pub const SELECT_PREFIX: usize = 2;
/// Columns before a checklist item's label: "❯ ✔ ".
pub const CHECKLIST_PREFIX: usize = 4;

#[derive(Default)]
pub struct SelfcheckTheme(ColorfulTheme);

impl Theme for SelfcheckTheme {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_prompt(f, prompt)
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        self.0.format_error(f, err)
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        self.0.format_input_prompt(f, prompt, default)
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.0.format_input_prompt_selection(f, prompt, sel)
    }

    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_select_prompt(f, prompt)
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.0.format_select_prompt_selection(f, prompt, sel)
    }

    fn format_multi_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.0.format_multi_select_prompt(f, prompt)
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        self.0
            .format_multi_select_prompt_selection(f, prompt, selections)
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        self.0.format_select_prompt_item(f, text, active)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        let marker = if active {
            &self.0.active_item_prefix
        } else {
            &self.0.inactive_item_prefix
        };
        write!(f, "{marker} ")?;
        self.0
            .format_multi_select_prompt_item(f, text, checked, active)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_item_under_the_cursor_is_marked_without_colour() {
        let theme = SelfcheckTheme::default();
        let mut active = String::new();
        theme
            .format_multi_select_prompt_item(&mut active, "Alcohol", false, true)
            .unwrap();
        let mut other = String::new();
        theme
            .format_multi_select_prompt_item(&mut other, "Alcohol", true, false)
            .unwrap();
        assert_eq!(console::strip_ansi_codes(&active), "❯ ⬚ Alcohol");
        assert_eq!(console::strip_ansi_codes(&other), "  ✔ Alcohol");
        assert_eq!(
            console::measure_text_width(&active) - "Alcohol".len(),
            CHECKLIST_PREFIX
        );
    }
}
