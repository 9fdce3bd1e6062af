//! Every person-facing string of both built-in banks reads at a US school grade of 8 or
//! below (content guide, wording rule 12): measured here, not guessed.
//!
//! What is graded: everything a person (or a counselor) reads, walked from `bank.def`:
//! the intro, disclaimer, safety net, privacy line, gate, tiers, crisis words, counselor
//! words, notes, interrupts (title and message), each region's resources (`for`,
//! `contact`, `reach`), sections (title, intro, counselor notes), questions (text, help,
//! label), choices' labels, and the ui words. Proper names (a service's `name`) and the
//! `sources` list are not graded.
//!
//! **English** uses the Flesch-Kincaid grade:
//! `0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59`, with the usual
//! heuristic syllable counter (vowel groups, a silent final e, at least one a word; see
//! `english_syllables`).
//!
//! **Spanish** cannot use Flesch-Kincaid: its weights were fitted to English, whose words
//! have far fewer syllables than Spanish ones (Spanish averages about two a word), so the
//! same plain Spanish would score several grades too high. It uses the grade formula that
//! Crawford (1984) fitted to Spanish texts instead:
//! `−0.205 × (sentences per 100 words) + 0.049 × (syllables per 100 words) − 3.407`,
//! with a Spanish syllable counter (vowel groups over `aeiouáéíóúü`, split where two
//! strong vowels meet; see `spanish_syllables`).
//!
//! In both, a number, a phone number, a web address or a placeholder such as
//! `{emergency}` counts as one word of one syllable: it is read as one thing. Sentences
//! end at `.`, `!` or `?`; a semicolon does not end one (the guide asks for sentences
//! joined by semicolons to be split, and this counts them as one long sentence).
//!
//! **Short strings are pooled.** A grade needs some text to be stable: a two-word button
//! such as "Irritability" would score grade 40 alone. So every string of fewer than 8
//! words is graded in a pool with the other short strings of its block, each counting
//! as one sentence (or more, if it has more): a question's label and choice labels
//! together (these always go to the question's pool, whatever their length: they are
//! read as one list of names), the `ui` block with the bank's title, the counselor
//! block, the gate, the tiers, the interrupts' titles, a region's resources and the
//! section titles. Strings of 8 words or more are graded alone. A tier's headline and
//! its detail, always shown together, are graded as one message.
//!
//! A failure names every offending string by its path in the bank (`notes.poison_help`,
//! `questions.dose_change.help`, or a pool such as `questions.dose_change (label and
//! choices)`) with its grade and words, highest first.

use selfcheck::bank::Bank;
use selfcheck::bank::model::RawBank;
use std::collections::BTreeMap;

/// The highest grade allowed, in both languages.
const MAX_GRADE: f64 = 8.0;

/// Strings with fewer words than this are graded in a pool.
const POOL_BELOW: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    English,
    Spanish,
}

/// Counts of one text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
    }
}

// ---------------------------------------------------------------------------------------
// Words and sentences

/// A token read as one thing, of one syllable: a number ("988", "1-800-222-1222",
/// "24/7", "0.5"), a placeholder ("{emergency}"), or a web address ("988lifeline.org").
fn is_one_unit(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '{' && c != '}');
    t.chars()
        .any(|c| c.is_ascii_digit() || c == '{' || c == '@')
        || t.split('.').filter(|part| !part.is_empty()).count() > 1
}

/// The words of a text, as written (with their punctuation), one per word.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|token| token.chars().any(|c| c.is_alphanumeric() || c == '{'))
        .collect()
}

/// How many sentences a text has: its `.`, `!` and `?` that end a sentence (followed by
/// a space or the end, perhaps after a closing quote or bracket). At least one.
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        if i > 0 && matches!(chars[i - 1], '.' | '!' | '?') {
            continue; // "..." or "?!" ends one sentence
        }
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j], '"' | '\'' | '”' | '’' | ')' | '»') {
            j += 1;
        }
        if j == chars.len() || chars[j].is_whitespace() {
            count += 1;
        }
    }
    count.max(1)
}

fn counts(text: &str, lang: Lang) -> Counts {
    let words = words(text);
    let syllables = words
        .iter()
        .map(|w| {
            if is_one_unit(w) {
                1
            } else {
                match lang {
                    Lang::English => english_word_syllables(w),
                    Lang::Spanish => spanish_word_syllables(w),
                }
            }
        })
        .sum();
    Counts {
        words: words.len(),
        sentences: sentences(text),
        syllables,
    }
}

// ---------------------------------------------------------------------------------------
// English syllables

/// Letters of an English word, lower case, accents dropped ("Québec" -> "quebec").
fn english_letters(part: &str) -> String {
    part.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'a'..='z' => Some(c),
            'á' | 'à' | 'â' | 'ä' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'í' | 'ì' | 'î' | 'ï' => Some('i'),
            'ó' | 'ò' | 'ô' | 'ö' => Some('o'),
            'ú' | 'ù' | 'û' | 'ü' => Some('u'),
            _ => None,
        })
        .collect()
}

/// Syllables of a written English word: hyphenated parts ("after-hours") are counted
/// one by one; "prescriber's" counts as "prescribers".
fn english_word_syllables(word: &str) -> usize {
    word.split(['-', '/', '–', '—'])
        .map(english_letters)
        .filter(|part| !part.is_empty())
        .map(|part| english_syllables(&part))
        .sum::<usize>()
        .max(1)
}

/// The heuristic English syllable count of one lower-case word of letters a-z: groups of
/// vowels (`y` too, except at the start), less a silent final "e", "-ed" or "-es", plus
/// the common vowel pairs said as two ("be-ing", "di-al", "u-su-al", "cli-ent"). At
/// least one.
fn english_syllables(word: &str) -> usize {
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    if n <= 3 {
        return 1;
    }
    let vowel = |i: usize| matches!(w[i], 'a' | 'e' | 'i' | 'o' | 'u') || (w[i] == 'y' && i > 0);
    let consonant = |i: usize| !vowel(i);
    let mut count = 0i32;
    for i in 0..n {
        if vowel(i) && (i == 0 || !vowel(i - 1)) {
            count += 1;
        }
    }
    let ends = |s: &str| word.ends_with(s);
    let before = |suffix: usize| n.checked_sub(suffix + 1).map(|i| w[i]);
    // Silent final e ("make", "taste"), but not "-le" after a consonant ("table"),
    // nor "-ee" ("agree").
    if ends("e") && !ends("ee") && !(ends("le") && n >= 3 && consonant(n - 3)) {
        count -= 1;
    }
    // Silent "-ed" ("slowed", "used"), but not after t or d ("needed", "started").
    if ends("ed") && n >= 3 && consonant(n - 3) && !matches!(before(2), Some('t' | 'd')) {
        count -= 1;
    }
    // Silent "-es" ("takes", "times"), but not after s, x, z, c, g, ch or sh ("changes",
    // "places", "boxes", "reaches").
    if ends("es")
        && n >= 3
        && consonant(n - 3)
        && !matches!(before(2), Some('s' | 'x' | 'z' | 'c' | 'g'))
        && !ends("ches")
        && !ends("shes")
    {
        count -= 1;
    }
    // Silent e inside common suffixes: "safely", "careful", "statement".
    for suffix in ["ely", "eful", "ement"] {
        if ends(suffix) && n > suffix.len() && consonant(n - suffix.len() - 1) {
            count -= 1;
        }
    }
    // The silent e of "some-" in a compound: "sometimes", "something", "somewhat".
    if word.starts_with("some") && n > 4 && consonant(4) {
        count -= 1;
    }
    // Vowel pairs said as two syllables.
    let text = word;
    if ends("ing") && n >= 4 && vowel(n - 4) {
        count += 1; // "being", "seeing", "going", "staying"
    }
    for (i, _) in text.match_indices("ia") {
        if i == 0 || !matches!(w[i - 1], 't' | 's' | 'c' | 'g' | 'x') {
            count += 1; // "dial", "media", "diarrhea"; not "social", "special"
        }
    }
    for (i, _) in text.match_indices("io") {
        let rest = &text[i..];
        let prev = if i == 0 { ' ' } else { w[i - 1] };
        let soft = matches!(prev, 't' | 's' | 'c' | 'g' | 'x')
            && (rest.starts_with("ion") || rest.starts_with("iou"));
        if !soft {
            count += 1; // "period", "serious", "violence"; not "action", "anxious"
        }
    }
    for (i, _) in text.match_indices("ua") {
        if i == 0 || !matches!(w[i - 1], 'q' | 'g') {
            count += 1; // "usual", "gradual"; not "quality", "language"
        }
    }
    for (i, _) in text.match_indices("ie") {
        let rest = &text[i..];
        let prev = if i == 0 { ' ' } else { w[i - 1] };
        if rest.starts_with("iet") || (rest.starts_with("ient") && !matches!(prev, 't' | 'c')) {
            count += 1; // "client", "quiet", "anxiety"; not "patient", "friend"
        }
    }
    if ends("ea") && n >= 3 {
        count += 1; // "nausea", "idea", "area"
    }
    count.max(1) as usize
}

// ---------------------------------------------------------------------------------------
// Spanish syllables

/// Syllables of a written Spanish word: hyphenated parts counted one by one.
fn spanish_word_syllables(word: &str) -> usize {
    word.split(['-', '/', '–', '—'])
        .map(|part| {
            part.chars()
                .flat_map(char::to_lowercase)
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
        })
        .filter(|part| !part.is_empty())
        .map(|part| spanish_syllables(&part))
        .sum::<usize>()
        .max(1)
}

/// The Spanish syllable count of one lower-case word: each group of vowels
/// (`aeiouáéíóúü`) is one syllable (a diphthong, "cuidado", "bien"), split once more
/// wherever two strong vowels meet, a hiatus ("te-a-tro", "po-e-ta"). An accented í or
/// ú breaks a diphthong as a strong vowel does ("dí-a", "pa-ís"). A word with no vowel
/// ("y") has one.
fn spanish_syllables(word: &str) -> usize {
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let strong = |c: char| "aeoáéóíú".contains(c);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for c in word.chars() {
        match prev {
            // Two strong vowels side by side: a hiatus, one more syllable.
            Some(p) if vowel(p) && vowel(c) && strong(p) && strong(c) => count += 1,
            // Any other pair of vowels: one syllable, a diphthong.
            Some(p) if vowel(p) && vowel(c) => {}
            _ if vowel(c) => count += 1,
            _ => {}
        }
        prev = Some(c);
    }
    count.max(1)
}

// ---------------------------------------------------------------------------------------
// The grade formulas

/// Flesch-Kincaid grade level.
fn flesch_kincaid(c: Counts) -> f64 {
    let (w, s, y) = (c.words as f64, c.sentences as f64, c.syllables as f64);
    0.39 * (w / s) + 11.8 * (y / w) - 15.59
}

/// Crawford's (1984) grade level for Spanish.
fn crawford(c: Counts) -> f64 {
    let (w, s, y) = (c.words as f64, c.sentences as f64, c.syllables as f64);
    -0.205 * (s * 100.0 / w) + 0.049 * (y * 100.0 / w) - 3.407
}

fn grade(c: Counts, lang: Lang) -> f64 {
    match lang {
        Lang::English => flesch_kincaid(c),
        Lang::Spanish => crawford(c),
    }
}

// ---------------------------------------------------------------------------------------
// Walking a bank

/// One person-facing string: its path in the bank, the pool it joins when short, and
/// whether it always joins the pool (a choice label).
struct Text {
    path: String,
    pool: String,
    text: String,
    always_pool: bool,
}

/// Every person-facing string of a bank.
fn texts(def: &RawBank) -> Vec<Text> {
    let mut out = Vec::new();
    let mut add = |path: String, pool: &str, text: &str| {
        if !text.trim().is_empty() {
            out.push(Text {
                path,
                pool: pool.to_string(),
                text: text.to_string(),
                always_pool: false,
            });
        }
    };
    // The bank's title is a heading, like the ui's: it joins the ui pool.
    let top = "ui (short strings)";
    add("title".into(), top, &def.title);
    add("intro".into(), top, &def.intro);
    add("disclaimer".into(), top, &def.disclaimer);
    add("safety_net".into(), top, &def.safety_net);
    add("privacy".into(), top, &def.privacy);

    for (key, text) in ui_texts(def) {
        add(format!("ui.{key}"), "ui (short strings)", &text);
    }

    let gate = "gate (short strings)";
    add("gate.title".into(), gate, &def.gate.title);
    add("gate.text".into(), gate, &def.gate.text);
    add("gate.yes".into(), gate, &def.gate.yes);
    add("gate.no".into(), gate, &def.gate.no);
    add("gate.message".into(), gate, &def.gate.message);

    // A tier's headline is never shown alone: its detail follows it at once, so the two
    // are read, and graded, as one message.
    for (tier, text) in def.tiers.iter() {
        add(
            format!("tiers.{} (headline and detail)", tier.id()),
            "tiers (short strings)",
            &format!("{} {}", text.headline, text.detail),
        );
    }

    add(
        "crisis.message".into(),
        "crisis (short strings)",
        &def.crisis.message,
    );
    add(
        "crisis.line".into(),
        "crisis (short strings)",
        &def.crisis.line,
    );

    if let Some(counselor) = &def.counselor {
        for (key, text) in counselor_texts(counselor) {
            add(
                format!("counselor.{key}"),
                "counselor (short strings)",
                &text,
            );
        }
        for (tier, text) in counselor.tiers.iter() {
            add(
                format!("counselor.tiers.{}", tier.id()),
                "counselor (short strings)",
                text,
            );
        }
    }

    for (id, note) in &def.notes {
        add(format!("notes.{id}"), "notes (short strings)", &note.text);
    }

    for interrupt in &def.interrupts {
        let pool = "interrupts (short strings)";
        add(
            format!("interrupts.{}.title", interrupt.id),
            pool,
            &interrupt.title,
        );
        add(
            format!("interrupts.{}.message", interrupt.id),
            pool,
            &interrupt.message,
        );
    }

    for region in &def.regions {
        let pool = format!("regions.{} (short strings)", region.id);
        for resource in &region.resources {
            let path = format!("regions.{}.{}", region.id, resource.role.id());
            add(format!("{path}.for"), &pool, &resource.for_);
            add(format!("{path}.contact"), &pool, &resource.contact);
            add(format!("{path}.reach"), &pool, &resource.reach);
        }
    }

    for section in &def.sections {
        let path = format!("sections.{}", section.id);
        add(
            format!("{path}.title"),
            "sections (short strings)",
            &section.title,
        );
        add(
            format!("{path}.intro"),
            "sections (short strings)",
            &section.intro,
        );
        if let Some(notes) = &section.counselor_notes {
            add(
                format!("{path}.counselor_notes"),
                "sections (short strings)",
                notes,
            );
        }
        for question in &section.questions {
            let path = format!("questions.{}", question.id);
            let pool = format!("{path} (label and choices)");
            add(format!("{path}.text"), &pool, &question.text);
            if let Some(help) = &question.help {
                add(format!("{path}.help"), &pool, help);
            }
        }
    }
    // A question's label (a few words naming it, for the summary) and its choice labels,
    // pooled per question. A yes/no question's choices are the ui words, graded there.
    for section in &def.sections {
        for question in &section.questions {
            let pool = format!("questions.{} (label and choices)", question.id);
            out.push(Text {
                path: format!("questions.{}.label", question.id),
                pool: pool.clone(),
                text: question.label.clone(),
                always_pool: true,
            });
            if question.kind == selfcheck::bank::model::Kind::YesNo {
                continue;
            }
            for choice in &question.choices {
                out.push(Text {
                    path: format!("questions.{}.choices.{}", question.id, choice.id),
                    pool: pool.clone(),
                    text: choice.label.clone(),
                    always_pool: true,
                });
            }
        }
    }
    out
}

/// Pairs (key, text) of named fields of a struct, keys as the YAML spells them.
macro_rules! fields {
    ($value:expr, [$($field:ident),* $(,)?]) => {
        vec![$((stringify!($field), $value.$field.clone())),*]
    };
}

/// Every ui string. `every_ui_and_counselor_string_is_graded` keeps this list whole.
fn ui_texts(def: &RawBank) -> Vec<(&'static str, String)> {
    let mut texts = fields!(
        def.ui,
        [
            yes,
            no,
            not_sure,
            prefer_not_to_say,
            progress,
            back_hint,
            checklist_hint,
            text_hint,
            why_we_ask,
            nothing_selected,
            continue_,
            go_to_summary,
            quit,
            after_interrupt,
            review_title,
            review_hint,
            review_done,
            nothing_added,
            summary_title,
            what_to_do,
            reported_heading,
            nothing_reported,
            skipped_heading,
            because,
            skipped_count,
            skipped_red_flags,
            nothing_reported_in_answered,
            nothing_answered,
            incomplete,
            incomplete_red_flags,
            resources_heading,
            quit_message,
            interrupted_message,
            saved_to,
            referrals_heading,
            plain_choice_hint,
            plain_checklist_hint,
            plain_back_key,
            plain_back_hint,
            plain_invalid,
            plain_echo,
            since_last_check,
            date_unknown,
            new_heading,
            resolved_heading,
            changed_heading,
            not_asked,
            no_changes,
            added_questions,
            removed_questions,
            history_title,
            history_action_row,
            history_crisis_row,
            history_count_row,
            history_tier_emergency,
            history_tier_today,
            history_tier_soon,
            history_tier_routine,
            history_key,
            history_reported,
            history_not_reported,
            history_blank,
            history_note,
            history_crisis_mark,
            history_count_key,
            history_left_out,
            history_same_date,
            history_undated,
            history_other_version,
            history_tiers_note,
            history_latest,
            history_nothing,
            history_intro,
            pick_hint,
            check_first,
            see_all_first,
            more_above,
            more_below,
            end_of_list,
            read_on,
            too_small,
            checklist_keys,
            plain_checklist_numbers,
            plain_goes_alone,
            plain_first_question,
            will_save,
            progress_about,
            gate_label,
            quit_reminder,
            plain_back_before_questions,
            plain_no_back,
            plain_review_back,
            plain_answer_was,
            goes_alone,
            history_incomplete_row,
            history_incomplete_key,
            history_incomplete_note,
            see_all_answers_first,
        ]
    );
    // A list of sentences: graded one by one, under one key.
    texts.push(("not_saved_sentences", def.ui.not_saved_sentences.join(" ")));
    texts
}

/// Every counselor string but the tiers' (a map, walked on its own).
fn counselor_texts(c: &selfcheck::bank::model::CounselorText) -> Vec<(&'static str, String)> {
    fields!(
        c,
        [
            consent_title,
            consent_script,
            consent_yes,
            consent_no,
            declined_message,
            notes_label,
            session_note_prompt,
            crisis_prompt,
            emergency_prompt,
            readiness_prompt,
            next_step_prompt,
            summary_title,
            self_report,
            crisis_summary,
            red_flags_heading,
            no_red_flags,
            declined_heading,
            declined_prompt,
            answers_heading,
            share_heading,
            readiness_heading,
            next_step_heading,
            notes_heading,
            not_recorded,
            since_last_check,
            no_changes,
            history_title,
            consent_script_saving,
            readiness_then,
            session_heading,
            report_privacy,
            session_recorded,
            session_undated,
            saved_to,
            quit_reminder,
        ]
    )
}

/// One graded string or pool.
struct Graded {
    path: String,
    grade: f64,
    text: String,
}

/// Grades every person-facing string of a bank: long ones alone, short ones in pools.
fn grade_bank(def: &RawBank, lang: Lang) -> Vec<Graded> {
    let mut out = Vec::new();
    let mut pools: BTreeMap<String, (Counts, Vec<String>)> = BTreeMap::new();
    for t in texts(def) {
        let c = counts(&t.text, lang);
        if t.always_pool || c.words < POOL_BELOW {
            let pool = pools.entry(t.pool).or_default();
            pool.0 += c;
            pool.1.push(t.text.trim().to_string());
        } else {
            out.push(Graded {
                path: t.path,
                grade: grade(c, lang),
                text: t.text,
            });
        }
    }
    for (path, (c, members)) in pools {
        if c.words > 0 {
            out.push(Graded {
                path,
                grade: grade(c, lang),
                text: members.join(" | "),
            });
        }
    }
    out.sort_by(|a, b| b.grade.total_cmp(&a.grade));
    out
}

fn check_bank(lang_id: &str, lang: Lang) {
    let bank = Bank::builtin_in(lang_id).expect("a built-in bank");
    let graded = grade_bank(&bank.def, lang);
    let formula = match lang {
        Lang::English => "Flesch-Kincaid",
        Lang::Spanish => "Crawford",
    };
    println!(
        "{lang_id}: the 10 highest {formula} grades of {}:",
        graded.len()
    );
    for g in graded.iter().take(10) {
        println!("  {:5.1}  {}", g.grade, g.path);
    }
    let over: Vec<String> = graded
        .iter()
        .filter(|g| g.grade > MAX_GRADE)
        .map(|g| {
            let text = g.text.split_whitespace().collect::<Vec<_>>().join(" ");
            format!("  {} ({formula} grade {:.1}): {text}", g.path, g.grade)
        })
        .collect();
    assert!(
        over.is_empty(),
        "{} string(s) of the `{lang_id}` bank read above grade {MAX_GRADE} (content guide, \
         rule 12: short sentences, common words):\n{}",
        over.len(),
        over.join("\n")
    );
}

#[test]
fn the_english_bank_reads_at_grade_8_or_below() {
    check_bank("en", Lang::English);
}

#[test]
fn the_spanish_bank_reads_at_grade_8_or_below() {
    check_bank("es", Lang::Spanish);
}

/// The lists of ui and counselor fields above cover every key the banks have, so a new
/// string cannot go ungraded.
#[test]
fn every_ui_and_counselor_string_is_graded() {
    let bank = Bank::builtin();
    let source = selfcheck::bank::BUILTIN[0].yaml;
    let value: serde_yaml::Value = serde_yaml::from_str(source).unwrap();
    let keys = |block: &str| -> Vec<String> {
        value[block]
            .as_mapping()
            .unwrap()
            .keys()
            .map(|k| k.as_str().unwrap().to_string())
            .collect()
    };
    let ui: Vec<&str> = ui_texts(&bank.def).iter().map(|(k, _)| *k).collect();
    for key in keys("ui") {
        // `compared_free_text` lists question ids, not words.
        assert!(
            key == "compared_free_text" || ui.contains(&key.as_str()),
            "ui.{key} is not graded: add it to ui_texts"
        );
    }
    let counselor: Vec<&str> = counselor_texts(bank.def.counselor.as_ref().unwrap())
        .iter()
        .map(|(k, _)| *k)
        .collect();
    for key in keys("counselor") {
        assert!(
            key == "tiers" || counselor.contains(&key.as_str()),
            "counselor.{key} is not graded: add it to counselor_texts"
        );
    }
}

// ---------------------------------------------------------------------------------------
// The counters and formulas on known words and sentences

#[test]
fn english_syllables_are_counted_as_people_say_them() {
    for (word, expected) in [
        ("cat", 1),
        ("the", 1),
        ("make", 1),
        ("table", 2),
        ("water", 2),
        ("slowed", 1),
        ("needed", 2),
        ("takes", 1),
        ("changes", 2),
        ("agree", 2),
        ("safely", 2),
        ("breathing", 2),
        ("being", 2),
        ("prescriber's", 3),
        ("medicine", 3),
        ("clonazepam", 4),
        ("Klonopin", 3),
        ("serious", 3),
        ("anxiety", 4),
        ("diarrhea", 4),
        ("nausea", 3),
        ("usual", 3),
        ("client", 2),
        ("patient", 2),
        ("action", 2),
        ("social", 2),
        ("after-hours", 3),
        ("sometimes", 2),
        ("someone", 2),
    ] {
        assert_eq!(english_word_syllables(word), expected, "{word}");
    }
}

#[test]
fn numbers_placeholders_and_addresses_are_one_syllable_words() {
    for token in [
        "988",
        "1-800-222-1222",
        "{emergency}",
        "24/7",
        "988lifeline.org.",
        "0.5",
    ] {
        assert!(is_one_unit(token), "{token}");
    }
    let c = counts("Call {emergency} or 1-800-222-1222 now.", Lang::English);
    assert_eq!(
        c,
        Counts {
            words: 5,
            sentences: 1,
            syllables: 5
        }
    );
    assert!(!is_one_unit("Klonopin."));
}

#[test]
fn sentences_end_at_full_stops_not_semicolons() {
    assert_eq!(sentences("Stop. Go! Really? Yes."), 4);
    assert_eq!(sentences("One part; another part."), 1);
    assert_eq!(sentences("Take 0.5 mg. Then wait."), 2);
    assert_eq!(sentences("Read: \"We ask everyone.\" Then go on."), 2);
    assert_eq!(sentences("A label with no stop"), 1);
    assert_eq!(sentences("¿Está bien? Sí."), 2);
}

#[test]
fn flesch_kincaid_on_known_sentences() {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    let c = counts("The cat sat on the mat.", Lang::English);
    assert_eq!(
        c,
        Counts {
            words: 6,
            sentences: 1,
            syllables: 6
        }
    );
    assert!((flesch_kincaid(c) - -1.45).abs() < 0.01);
    // stop-ping sud-den-ly can cause se-ri-ous with-draw-al: 6 words, 13 syllables:
    // 0.39 × 6 + 11.8 × 13 / 6 − 15.59 = 12.32.
    let c = counts(
        "Stopping suddenly can cause serious withdrawal.",
        Lang::English,
    );
    assert_eq!(
        c,
        Counts {
            words: 6,
            sentences: 1,
            syllables: 13
        }
    );
    assert!((flesch_kincaid(c) - 12.317).abs() < 0.01);
    // Splitting a long sentence lowers the grade.
    let joined = counts(
        "Tell your doctor; they can help you plan a slow taper.",
        Lang::English,
    );
    let split = counts(
        "Tell your doctor. They can help you plan a slow taper.",
        Lang::English,
    );
    assert!(flesch_kincaid(split) < flesch_kincaid(joined));
}

#[test]
fn spanish_syllables_split_at_hiatus_not_diphthongs() {
    for (word, expected) in [
        ("casa", 2),
        ("y", 1),
        ("cuidado", 3),
        ("bien", 1),
        ("huevo", 2),
        ("teatro", 3),
        ("poeta", 3),
        ("día", 2),
        ("país", 2),
        ("clonazepam", 4),
        ("convulsión", 3),
        ("abstinencia", 4),
        ("respiración", 4),
        ("pingüino", 3),
        ("que", 1),
    ] {
        assert_eq!(spanish_word_syllables(word), expected, "{word}");
    }
}

#[test]
fn crawford_on_a_known_text() {
    // el ga-to co-me pan. el pe-rro be-be a-gua: 8 words, 2 sentences, 13 syllables:
    // −0.205 × 25 + 0.049 × 162.5 − 3.407 = −0.5695.
    let c = counts("El gato come pan. El perro bebe agua.", Lang::Spanish);
    assert_eq!(
        c,
        Counts {
            words: 8,
            sentences: 2,
            syllables: 13
        }
    );
    assert!((crawford(c) - -0.5695).abs() < 0.001);
    // Longer words and sentences read harder.
    let hard = counts(
        "La interrupción repentina del medicamento puede provocar complicaciones considerables.",
        Lang::Spanish,
    );
    assert!(crawford(hard) > crawford(c));
}

#[test]
fn short_strings_are_pooled_and_long_ones_graded_alone() {
    let bank = Bank::builtin();
    let graded = grade_bank(&bank.def, Lang::English);
    let paths: Vec<&str> = graded.iter().map(|g| g.path.as_str()).collect();
    assert!(paths.contains(&"intro"));
    assert!(paths.contains(&"ui (short strings)"));
    assert!(paths.contains(&"questions.dose_change (label and choices)"));
    assert!(!paths.iter().any(|p| p.contains(".choices.")), "{paths:?}");
    assert!(!paths.contains(&"ui.yes"));
}
