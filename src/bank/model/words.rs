//! The bank's words that are not questions: the interface (`ui`) and the counselor's
//! (`counselor`), as written in YAML (unknown keys are rejected). Part of the model, and
//! re-exported by it.

use super::Tiers;
use serde::Deserialize;

/// Every word of the interface that is not a question, so a translated bank is wholly
/// translated. `{n}`, `{total}` and `{section}` are filled in where noted.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub yes: String,
    pub no: String,
    pub not_sure: String,
    pub prefer_not_to_say: String,
    /// `{n}`, `{total}`, `{section}`.
    pub progress: String,
    pub back_hint: String,
    pub checklist_hint: String,
    pub text_hint: String,
    pub why_we_ask: String,
    pub nothing_selected: String,
    pub continue_: String,
    pub go_to_summary: String,
    pub quit: String,
    pub after_interrupt: String,
    pub review_title: String,
    pub review_hint: String,
    pub review_done: String,
    /// The words for an empty free-text answer.
    pub nothing_added: String,
    pub summary_title: String,
    pub what_to_do: String,
    pub reported_heading: String,
    pub nothing_reported: String,
    pub skipped_heading: String,
    /// Why the summary says what it says; `{items}`: the answers that set the tier.
    pub because: String,
    /// `{n}`: how many questions were answered "prefer not to say".
    pub skipped_count: String,
    /// Added to `skipped_count` when red-flag questions were among them; `{items}`.
    pub skipped_red_flags: String,
    /// Said instead of `nothing_reported` when questions were skipped or not reached.
    pub nothing_reported_in_answered: String,
    /// Said instead of `nothing_reported` when no question was answered at all.
    pub nothing_answered: String,
    /// After an early stop; `{n}`: how many questions were not asked.
    pub incomplete: String,
    /// Added to `incomplete` when red-flag questions were not reached; `{items}`.
    pub incomplete_red_flags: String,
    pub resources_heading: String,
    pub quit_message: String,
    pub interrupted_message: String,
    /// Said where a file the person asked for was written; `{path}` is filled in.
    pub saved_to: String,
    /// The heading of an agency's own referral list (`--resources`).
    pub referrals_heading: String,
    /// Plain mode (`--plain`): how to answer a numbered list; `{first}` and `{last}` are
    /// the lowest and highest numbers.
    pub plain_choice_hint: String,
    /// Plain mode: how to answer a checklist; `{first}` and `{last}` as above.
    pub plain_checklist_hint: String,
    /// Plain mode: what to type to go back one question (a short word, not a number).
    pub plain_back_key: String,
    /// Plain mode: says how to go back; `{key}` is `plain_back_key`.
    pub plain_back_hint: String,
    /// Plain mode: said when a reply is not one of the choices, before asking again.
    pub plain_invalid: String,
    /// Plain mode: repeats each reply so that a screen reader confirms it; `{answer}`.
    pub plain_echo: String,
    /// `--compare`: the heading of the "since your last check" part; `{date}`.
    pub since_last_check: String,
    /// `--compare`: stands for the date when the earlier answers file has none.
    pub date_unknown: String,
    pub new_heading: String,
    pub resolved_heading: String,
    pub changed_heading: String,
    /// `--compare`: the answer of a question that was not asked at one of the checks.
    pub not_asked: String,
    pub no_changes: String,
    pub added_questions: String,
    pub removed_questions: String,
    /// `selfcheck history`: the grid's title and row names. The `history_*` words may be
    /// left out of a bank that is not used for `history` (it then refuses to run).
    #[serde(default)]
    pub history_title: String,
    #[serde(default)]
    pub history_action_row: String,
    #[serde(default)]
    pub history_crisis_row: String,
    #[serde(default)]
    pub history_count_row: String,
    /// A tier in a grid column: a word or two (`{emergency}` is the region's number).
    #[serde(default)]
    pub history_tier_emergency: String,
    #[serde(default)]
    pub history_tier_today: String,
    #[serde(default)]
    pub history_tier_soon: String,
    #[serde(default)]
    pub history_tier_routine: String,
    /// The key to the grid's marks.
    #[serde(default)]
    pub history_key: String,
    #[serde(default)]
    pub history_reported: String,
    #[serde(default)]
    pub history_not_reported: String,
    /// Names the empty cell of a question that was not asked.
    #[serde(default)]
    pub history_blank: String,
    #[serde(default)]
    pub history_note: String,
    #[serde(default)]
    pub history_crisis_mark: String,
    #[serde(default)]
    pub history_count_key: String,
    /// `{n}` checks left out, `{first}` and `{last}` their dates.
    #[serde(default)]
    pub history_left_out: String,
    /// `{files}`.
    #[serde(default)]
    pub history_same_date: String,
    /// `{files}`.
    #[serde(default)]
    pub history_undated: String,
    /// `{file}`, `{version}`.
    #[serde(default)]
    pub history_other_version: String,
    /// `{version}`: the bank version the tiers are read with.
    #[serde(default)]
    pub history_tiers_note: String,
    /// `{date}`: the heading of the latest check's action, which closes the history.
    #[serde(default)]
    pub history_latest: String,
    #[serde(default)]
    pub history_nothing: String,
    /// How to read the grid, in a sentence: columns, rows, and where the key is.
    #[serde(default)]
    pub history_intro: String,
    /// Under a menu whose cursor is on no item yet: how to pick (Enter alone answers nothing).
    pub pick_hint: String,
    /// Under a checklist with nothing checked: how to answer, "None of these" included.
    pub check_first: String,
    /// Said on Enter when some choices of a long list have not been in sight yet.
    pub see_all_first: String,
    /// Above a list that scrolls: `{n}` items out of sight above.
    pub more_above: String,
    /// Below a list that scrolls: `{n}` items out of sight below.
    pub more_below: String,
    /// Below a list that scrolls, when its last item is in sight.
    pub end_of_list: String,
    /// Under a page of a message too long for the window.
    pub read_on: String,
    /// Shown instead of a question when the window is too small to show it.
    pub too_small: String,
    /// The keys of a checklist (its items include "None of these").
    pub checklist_keys: String,
    /// Plain mode: how to answer a checklist; `{first}` and `{last}`.
    pub plain_checklist_numbers: String,
    /// Plain mode: "None of these" or "Prefer not to say" typed with other numbers; `{item}`.
    pub plain_goes_alone: String,
    /// Plain mode: the back key at the first question.
    pub plain_first_question: String,
    /// Said where files will be written (`--report`, `--save-answers`), on the welcome
    /// screen and in place of a nothing-is-saved sentence; `{files}`.
    pub will_save: String,
    /// Sentences of help texts that say nothing is saved: left out when files will be.
    pub not_saved_sentences: Vec<String>,
    /// Like `progress`, while answers still to come may add or hide questions: the
    /// total is not known yet ("of about {total}").
    pub progress_about: String,
    /// The summary's label for the emergency screen's "yes" (its section is the
    /// screen's title, so the label is not that title again).
    pub gate_label: String,
    /// Before the quit message, when the answers so far call for action today or
    /// sooner, or for crisis support; `{action}` is that action. Empty: the action alone.
    #[serde(default)]
    pub quit_reminder: String,
    /// `--compare`: the free-text questions (ids) whose answers are compared, quoted as
    /// the person wrote them (a dose in their own words). Other free text is not.
    #[serde(default)]
    pub compared_free_text: Vec<String>,
    /// Plain mode: the back key on a screen before the questions (the emergency gate,
    /// the counselor's consent), where there is nothing to go back to yet.
    pub plain_back_before_questions: String,
    /// Plain mode: the back key on a screen that cannot go back (a red-flag message,
    /// counselor readiness).
    pub plain_no_back: String,
    /// Plain mode: the back key at the review: how to change an answer or finish.
    pub plain_review_back: String,
    /// Plain mode: a question asked again (after going back, or to change it from the
    /// review) says the answer it had before its choices; `{answer}`.
    pub plain_answer_was: String,
    /// Under a checklist in the terminal, when checking an item unchecked others: says
    /// that `{item}` ("None of these", "Prefer not to say") goes alone. Empty: nothing is
    /// said.
    #[serde(default)]
    pub goes_alone: String,
    /// `selfcheck history`: the row that marks a check with questions never asked (it
    /// stopped early), and its key.
    #[serde(default)]
    pub history_incomplete_row: String,
    #[serde(default)]
    pub history_incomplete_key: String,
    /// Says that a check is incomplete: `{date}`, `{file}`, `{n}` questions never asked.
    #[serde(default)]
    pub history_incomplete_note: String,
    /// Said on Enter in the review when some answers have not been in sight yet (the
    /// review lists answers, not choices). Empty: `see_all_first` is said.
    #[serde(default)]
    pub see_all_answers_first: String,
}

/// The counselor's words (`--counselor`): consent, prompts, and the counselor summary in
/// neutral third person. Questions stay worded for the client.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounselorText {
    pub consent_title: String,
    pub consent_script: String,
    pub consent_yes: String,
    pub consent_no: String,
    /// Shown when the client does not consent; the session ends, nothing is written.
    pub declined_message: String,
    /// The heading of a section's counselor notes, shown beside its questions.
    pub notes_label: String,
    /// Asked after each section; `{section}` is filled in. Empty is fine.
    pub session_note_prompt: String,
    /// Shown with any interrupt that reports suicidal thoughts.
    pub crisis_prompt: String,
    /// Shown with any emergency-tier interrupt.
    pub emergency_prompt: String,
    pub readiness_prompt: String,
    pub next_step_prompt: String,
    pub summary_title: String,
    /// Says that every item is the client's self-report, not a diagnosis.
    pub self_report: String,
    /// The action for each tier, in third person ("The client should ...").
    pub tiers: Tiers<String>,
    /// Leads the counselor summary when suicidal thoughts were reported.
    pub crisis_summary: String,
    pub red_flags_heading: String,
    pub no_red_flags: String,
    /// Red-flag questions the client declined or did not reach: ask about them directly.
    pub declined_heading: String,
    /// Said to the counselor at once when the client declines a red-flag question;
    /// `{question}` is the question's label.
    pub declined_prompt: String,
    pub answers_heading: String,
    pub share_heading: String,
    pub readiness_heading: String,
    pub next_step_heading: String,
    pub notes_heading: String,
    pub not_recorded: String,
    /// `--compare`, in third person; `{date}`.
    pub since_last_check: String,
    pub no_changes: String,
    /// `selfcheck history --counselor`: the title, in third person (may be left out of a
    /// bank not used for `history`).
    #[serde(default)]
    pub history_title: String,
    /// The consent script when files will be written: says where; `{files}`.
    pub consent_script_saving: String,
    /// `--compare`: after the readiness, the one recorded at the last check; `{before}`.
    pub readiness_then: String,
    /// Before the date and time of the session, at the top of the counselor summary.
    pub session_heading: String,
    /// The privacy line of a report file (`--report`): no local paths in it.
    pub report_privacy: String,
    /// Beside "Session" when the answers come from a file that records the day of its
    /// check: `{date}` that day, `{made}` when this summary was made.
    pub session_recorded: String,
    /// Beside "Session" when the answers come from a file with no date; `{made}`.
    pub session_undated: String,
    /// Where the session was saved, in neutral words, every file at once; `{files}`.
    pub saved_to: String,
    /// Before the counselor's action when a session stops early (quit, Ctrl-C), as
    /// `ui.quit_reminder` is for the person; `{action}`. Empty: the action alone.
    #[serde(default)]
    pub quit_reminder: String,
}
