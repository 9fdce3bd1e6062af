//! The session's language: `--lang` when given; otherwise the locale of the environment,
//! as a program on the command line reads it (`LC_ALL`, then `LC_MESSAGES`, then
//! `LANG`): `es_*` is Spanish, anything else English. The same rule picks the built-in
//! bank, so that messages and questions always agree. It depends on nothing, so the
//! bank, the YAML layer and the messages can all ask it.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// The language code, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language of a code or a locale ("es", "es_MX.UTF-8"); `None` for another.
    pub fn of(code: &str) -> Option<Lang> {
        let language = code
            .split(['_', '.', '-', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The session's language from `--lang` (if given) and the environment's locale
    /// variables, read with `var`.
    pub fn pick(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag.and_then(Lang::of) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|locale| Lang::of(&locale))
            .unwrap_or(Lang::En)
    }
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the session's language, once, at start-up.
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The session's language (English until set).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}
