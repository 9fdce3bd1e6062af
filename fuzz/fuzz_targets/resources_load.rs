//! Any bytes, as an agency's referral list (`--resources`): reading it must refuse what
//! is not one with an error, never panic; a list that passes its checks must go into
//! every summary format.

#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck::agency;
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
    let file = match agency::parse_file(source) {
        Ok(file) => file,
        Err(err) => {
            for lang in [Lang::En, Lang::Es] {
                assert!(
                    !err.kind.describe(lang).is_empty(),
                    "an error says what is wrong"
                );
            }
            return;
        }
    };
    if !agency::check(&file).is_empty() {
        return;
    }
    let session = Session::new(&BANK);
    let extras = Extras {
        referrals: &file.resources,
        ..Extras::default()
    };
    let summary = summary::build(&session, BANK.default_region(), extras);
    for format in [Format::Text, Format::Markdown, Format::Json] {
        drop(render(&summary, format));
    }
});
