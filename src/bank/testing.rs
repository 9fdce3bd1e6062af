//! Test support: a complete bank around the sections a test writes, so unit tests show
//! only the questions they are about.

use super::Bank;

const HEADER: &str = r#"
id: test
version: 1
title: Test bank
locale: en-US
intro: A test bank.
disclaimer: This is an educational checklist, not a diagnosis or medical advice.
ui:
  yes: "Yes"
  no: "No"
  not_sure: Not sure
  prefer_not_to_say: Prefer not to say
  progress: "Question {n} of {total} · {section}"
  back_hint: Esc goes back one question.
  checklist_hint: Space to check, Enter when done.
  text_hint: Type and press Enter.
  why_we_ask: Why we ask
  nothing_selected: None of these
  continue_: Continue
  go_to_summary: Go to my summary now
  quit: Quit
  after_interrupt: What would you like to do?
  review_title: Your answers
  review_hint: Pick an answer to change it.
  review_done: These are right, show my summary
  nothing_added: Nothing added
  summary_title: Your self-check summary
  what_to_do: What to do
  reported_heading: What you reported
  nothing_reported: You did not report any of the signs asked about.
  skipped_heading: You chose not to answer
  because: "Because you reported: {items}."
  skipped_count: "Questions you chose not to answer: {n}."
  skipped_red_flags: "They include questions about danger signs: {items}."
  nothing_reported_in_answered: "In the questions you answered, you did not report any of the signs."
  nothing_answered: "You did not answer any of the questions."
  incomplete: "This check was stopped early. Questions not asked: {n}."
  incomplete_red_flags: "They include: {items}."
  resources_heading: Where to get help
  quit_message: You stopped. Nothing was saved.
  interrupted_message: Stopped. Nothing was saved.
  saved_to: "You chose to save this to {path}. It holds sensitive health information: keep it private."
  referrals_heading: "Local services"
  plain_choice_hint: "Type a number from {first} to {last} and press Enter."
  plain_checklist_hint: "Type the numbers of all that apply, from {first} to {last}, separated by spaces or commas, and press Enter. Press Enter alone for none."
  plain_back_key: "b"
  plain_back_hint: "Type {key} to go back one question."
  plain_invalid: "That is not one of the choices. Please try again."
  plain_echo: "Your answer: {answer}"
  since_last_check: "Since your last check ({date})"
  date_unknown: "date not saved"
  new_heading: "New since then"
  resolved_heading: "No longer reported"
  changed_heading: "Changed"
  not_asked: "Not asked"
  no_changes: "Your answers are the same as at your last check."
  added_questions: "Questions added to the self-check since then"
  removed_questions: "Questions no longer in the self-check"
  pick_hint: "Use the arrow keys to move to your answer, then press Enter."
  check_first: "Press Space to check each item that applies, or check “None of these”. Then press Enter."
  see_all_first: "There are more choices below. Press the down arrow to see them all before you answer."
  more_above: "↑ {n} more above"
  more_below: "↓ {n} more below"
  end_of_list: "(end of the list)"
  read_on: "Press any key to read on."
  too_small: "This window is too small to show the question. Make it bigger, or start again with --plain. Then press any key."
  checklist_keys: "Press Space to check an item, and Enter when you are done."
  plain_checklist_numbers: "Type the numbers of all that apply, from {first} to {last}, separated by spaces or commas, and press Enter."
  plain_goes_alone: "“{item}” goes alone: type it without other numbers. Please try again."
  plain_first_question: "This is the first question: there is nothing to go back to."
  will_save: "You asked to save this session to {files}. What you enter will be written there, and it holds sensitive health information: keep it private."
  not_saved_sentences:
    - "Nothing you enter is saved or sent."
    - "Nothing you type is saved or sent."
    - "It appears only in your summary."
  progress_about: "Question {n} of about {total} · {section}"
  gate_label: "Someone in danger right now"
  plain_back_before_questions: "The questions start after this screen, so there is nothing to go back to yet."
  plain_no_back: "You cannot go back from here."
  plain_review_back: "To change an answer, type its number. To see your summary, type 0."
  plain_answer_was: "Your answer was: {answer}"
gate:
  title: Before we start
  text: Is anyone in danger right now?
  yes: "Yes"
  no: "No"
  message: Call {emergency} now.
  resources: [emergency]
tiers:
  emergency: {headline: "Call {emergency} now."}
  today: {headline: "Contact your prescriber, a pharmacist or urgent care today."}
  soon: {headline: "Make an appointment with your prescriber in the next few days."}
  routine: {headline: "Bring this up at your next appointment.", detail: "Your prescriber should know."}
crisis:
  message: "Call or text {crisis} now."
  line: "For thoughts of suicide, {crisis_reach}."
  resources: [crisis, emergency]
counselor:
  consent_title: Before we start
  consent_script: We ask everyone these questions. Is it all right to go through them?
  consent_yes: The client agrees
  consent_no: The client does not agree
  declined_message: The client did not agree. Nothing was asked or saved.
  notes_label: For the counselor
  session_note_prompt: "Session note for {section} (optional)"
  crisis_prompt: Follow your organization's suicide-risk protocol now. Do not leave the client alone.
  emergency_prompt: Call {emergency} now.
  readiness_prompt: How ready is the client to talk to a prescriber? (0 to 10)
  next_step_prompt: Agreed next step
  summary_title: Counselor summary
  self_report: Every item is the client's self-report, not a diagnosis.
  tiers:
    emergency: "The client should call {emergency} now."
    today: The client should contact their prescriber, a pharmacist or urgent care today.
    soon: The client should see their prescriber in the next few days.
    routine: The client should bring this up at their next appointment.
  crisis_summary: The client reported thoughts of suicide.
  red_flags_heading: Red flags
  no_red_flags: "The client reported none of the red flags asked about."
  declined_heading: Red-flag questions not answered
  declined_prompt: "Ask about {question} directly now."
  answers_heading: The client reported
  share_heading: Shared with the client
  readiness_heading: Readiness to talk to a prescriber
  next_step_heading: Agreed next step
  notes_heading: Session notes
  not_recorded: Not recorded
  since_last_check: "Since the client's last check ({date})"
  no_changes: "The client's answers are the same as at the last check."
  consent_script_saving: "We ask everyone these questions. The answers will be saved to {files}. Is it all right?"
  readiness_then: "at the last check: {before} / 10"
  session_heading: "Session"
  report_privacy: "This report holds sensitive health information."
  session_recorded: "{date}, the date saved with the answers. This summary was made {made}."
  session_undated: "No date was saved with the answers. This summary was made {made}."
  saved_to: "This session was saved to {files}. It holds sensitive health information: keep it private."
notes:
  taper: {text: Do not stop suddenly.}
safety_net: Trouble breathing, fainting, a seizure, chest pain or thoughts of suicide mean {emergency} or {crisis}.
privacy: Nothing you entered has been saved or sent.
interrupts:
  - id: red
    title: Red flag
    message: Call {emergency} now.
    resources: [emergency]
  - id: soft
    title: Worth a call
    message: Contact your prescriber today.
  - id: crisis
    title: Crisis support
    message: Call or text {crisis} now.
    resources: [crisis]
regions:
  - id: us
    name: United States
    last_checked: "2026-11-26"
    after_hours: "call their after-hours line, or ask a pharmacist"
    resources:
      - {role: emergency, name: Emergency, number: "911", reach: call 911, contact: Call 911, for: emergencies}
      - {role: crisis, name: 988 Lifeline, number: "988", reach: call 988, contact: Call or text 988, for: crisis}
      - {role: poison, name: Poison Help, number: "1-800-222-1222", reach: call 1-800-222-1222, contact: Call 1-800-222-1222, for: poison}
      - {role: treatment, name: SAMHSA, number: "1-800-662-4357", reach: call 1-800-662-4357, contact: Call 1-800-662-4357, for: treatment}
scales:
  frequency:
    - {id: never, label: Never, neutral: true}
    - {id: sometimes, label: Sometimes}
    - {id: often, label: Often}
"#;

/// A bank made of the shared header and `sections` (YAML for the `sections:` key).
pub fn bank(sections: &str) -> Bank {
    let source = format!("{HEADER}sections:\n{sections}");
    Bank::load("test.yaml", &source).unwrap_or_else(|err| panic!("test bank: {err}"))
}

/// The small bank the engine, flow and compare tests share: two sections; a yes/no
/// question with a checklist follow-up (asked after yes, not sure or prefer not to say)
/// that holds an emergency red flag; a frequency choice; a crisis question; free text.
/// The first section has notes for the counselor. A test that needs more adds sections
/// after these (`bank(&format!("{SMALL}{MORE}"))`).
pub const SMALL: &str = r#"
  - id: use
    title: Use
    intro: In the past 3 months.
    counselor_notes: Normalize; we ask everyone.
    questions:
      - id: missed
        kind: yes_no
        not_sure: true
        text: Have you missed doses?
        label: Missed doses
      - id: symptoms
        kind: checklist
        text: Since then, have you had any of these?
        label: Symptoms
        when: {question: missed, if_any: ["yes", not_sure, skip]}
        choices:
          - {id: sweating, label: Sweating}
          - {id: seizure, label: A seizure}
          - {id: anxiety, label: Anxiety}
        alerts:
          - {if_any: [sweating, anxiety], tier: soon, notes: [taper]}
          - {if_any: [seizure], tier: emergency, interrupt: red}
      - id: more
        kind: choice
        scale: frequency
        text: How often do you take more than prescribed?
        label: Taking more
        alerts:
          - {if_any: [sometimes, often], tier: soon, notes: [taper]}
  - id: mood
    title: Mood
    intro: In the past 7 days.
    questions:
      - id: suicidal
        kind: yes_no
        not_sure: true
        text: Have you had thoughts of suicide?
        label: Thoughts of suicide
        alerts:
          - {if_any: ["yes", not_sure], tier: today, crisis: true, interrupt: red}
      - id: notes
        kind: text
        text: Anything else?
        label: Anything else
"#;

/// The shared small bank (`SMALL`).
pub fn small() -> Bank {
    bank(SMALL)
}
