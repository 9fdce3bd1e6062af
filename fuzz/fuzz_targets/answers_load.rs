//! Any bytes, as an answers file (`--answers`, `--compare`, `--resume`): reading it must
//! refuse what is not one with an error, never panic. Entries it reads are checked
//! against the built-in bank; answers that fit must run a session and build a summary.

#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck::answers::{self, FileIssueKind};
use selfcheck::bank::Bank;
use selfcheck::engine::Session;
use selfcheck::messages::Lang;
use selfcheck::render::{Format, render};
use selfcheck::summary::{self, Extras};
use std::sync::LazyLock;

static BANK: LazyLock<Bank> = LazyLock::new(Bank::builtin);

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let file = match answers::parse_file(source) {
        Ok(file) => file,
        Err(err) => {
            if let FileIssueKind::Yaml(kind) = &err.kind {
                for lang in [Lang::En, Lang::Es] {
                    assert!(
                        !kind.describe(lang).is_empty(),
                        "an error says what is wrong"
                    );
                }
            }
            return;
        }
    };
    match answers::from_raw(&BANK, &file.answers) {
        Ok(read) => {
            let session = Session::with_answers(&BANK, read);
            let summary = summary::build(&session, BANK.default_region(), Extras::default());
            for format in [Format::Text, Format::Json] {
                drop(render(&summary, format));
            }
        }
        Err(issues) => assert!(!issues.is_empty()),
    }
});
