//! Haul's words in the user's language: Fluent messages (`locales/<tag>/*.ftl`, compiled in), the
//! language from `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` or the Settings choice, plurals by
//! the language's rules, and a pseudo-language (accented, 40 % longer) that shows where a
//! longer word would be cut off.
//!
//! One language is in force for the whole process; [`tr`] reads it, so a change in Settings
//! shows at the next frame. A message missing in a language falls back to English (the
//! parity test keeps that from happening).

use std::sync::{Arc, PoisonError, RwLock};

/// The translation macro (defined below; `#[macro_export]` puts it at the crate's root),
/// named by its module: `use crate::i18n::t;`.
pub use super::t;
pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

mod pseudo;

/// The languages Haul speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English (the source).
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Brazilian Portuguese.
    PtBr,
    /// Russian.
    Ru,
    /// Simplified Chinese.
    ZhCn,
    /// English, accented and 40 % longer, for finding cut-off text.
    Pseudo,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Es,
        Lang::PtBr,
        Lang::Ru,
        Lang::ZhCn,
        Lang::Pseudo,
    ];

    /// Its tag, as settings and `LANGUAGE` write it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
            Lang::ZhCn => "zh-CN",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Its name in itself, for the Settings choice.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ru => "Русский",
            Lang::ZhCn => "简体中文",
            Lang::Pseudo => "Ƥşḗŭḓǿ",
        }
    }

    /// Its messages: the window's, the Settings pages', the shared words (amounts, dates,
    /// reasons, notices) and the command line's, one file each.
    pub fn sources(self) -> [&'static str; 4] {
        macro_rules! files {
            ($tag:literal) => {
                [
                    include_str!(concat!("locales/", $tag, "/window.ftl")),
                    include_str!(concat!("locales/", $tag, "/settings.ftl")),
                    include_str!(concat!("locales/", $tag, "/words.ftl")),
                    include_str!(concat!("locales/", $tag, "/cli.ftl")),
                ]
            };
        }
        match self {
            Lang::En | Lang::Pseudo => files!("en"),
            Lang::De => files!("de"),
            Lang::Es => files!("es"),
            Lang::PtBr => files!("pt-BR"),
            Lang::Ru => files!("ru"),
            Lang::ZhCn => files!("zh-CN"),
        }
    }

    /// The language a locale name asks for (`de_DE.UTF-8`, `pt_BR`, `zh_CN`, `en-XA`), when
    /// Haul speaks it.
    pub fn from_locale(name: &str) -> Option<Lang> {
        let name = name
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        let lower = name.to_ascii_lowercase();
        if lower == "en-xa" {
            return Some(Lang::Pseudo);
        }
        let (language, region) = lower.split_once('-').unwrap_or((&lower, ""));
        match language {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            // Portuguese is Brazil's here until a European translation exists.
            "pt" => Some(Lang::PtBr),
            "ru" => Some(Lang::Ru),
            // Simplified Chinese, not for Taiwan or Hong Kong (traditional script).
            "zh" if !matches!(region, "tw" | "hk" | "mo" | "hant") => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// A Settings value (`"system"` or a tag) as a language; `None` for "like the system".
    pub fn from_setting(value: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == value)
    }
}

/// The language the environment asks for: `LANGUAGE` (a list, first spoken one wins), then
/// the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set; English otherwise.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(list) = var("LANGUAGE").filter(|v| !v.is_empty())
        && let Some(lang) = list.split(':').find_map(Lang::from_locale)
    {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))
        .and_then(|value| Lang::from_locale(&value))
        .unwrap_or(Lang::En)
}

/// The language for a Settings value: the chosen one, or the environment's.
pub fn for_setting(value: &str) -> Lang {
    Lang::from_setting(value).unwrap_or_else(|| from_environment(|name| std::env::var(name).ok()))
}

struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
    numbers: Arc<Numbers>,
}

/// How the language in force writes amounts: read once per language, because sizes and
/// speeds are written many times a frame.
#[derive(Debug)]
pub struct Numbers {
    /// The decimal separator: `.` in English and Chinese, `,` in German, Spanish, Portuguese
    /// and Russian.
    pub decimal: char,
    /// What separates thousands in a long number: `,` in English and Chinese, `.` in German,
    /// Spanish and Portuguese, a narrow space in Russian.
    pub group: String,
    /// B, KiB, MiB, GiB, TiB, PiB in the language's letters.
    pub units: [String; 6],
    /// "per second" after a size: `/s`, `/с`.
    pub per_second: String,
}

impl Numbers {
    /// How `lang` writes amounts.
    pub fn for_language(lang: Lang) -> Numbers {
        Numbers::read(lang, &bundle_for(lang))
    }

    fn read(lang: Lang, bundle: &FluentBundle<FluentResource>) -> Numbers {
        let text = |id: &str, fallback: &str| {
            format(bundle, id, None).unwrap_or_else(|| fallback.to_owned())
        };
        let decimal = text("number-decimal", ".").chars().next().unwrap_or('.');
        let units = [
            text("unit-b", "B"),
            text("unit-kib", "KiB"),
            text("unit-mib", "MiB"),
            text("unit-gib", "GiB"),
            text("unit-tib", "TiB"),
            text("unit-pib", "PiB"),
        ];
        let mut numbers = Numbers {
            decimal,
            group: text("number-group", ","),
            units,
            per_second: text("unit-per-second", "/s"),
        };
        if lang == Lang::Pseudo {
            // Longer units show where a column would cut a size off.
            for unit in &mut numbers.units {
                *unit = pseudo::stretch(unit);
            }
        }
        numbers
    }
}

/// How the language in force writes amounts.
pub fn numbers() -> Arc<Numbers> {
    Arc::clone(&current().numbers)
}

/// A message in the language in force: `t!("id")`, or `t!("id", name = value, ...)` with
/// any value Fluent takes (strings, numbers).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}

fn bundle_for(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // egui draws Unicode isolation marks as boxes.
    bundle.set_use_isolating(false);
    // The sources are compiled in and checked by the tests; a broken line is skipped.
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static CURRENT: RwLock<Option<Arc<Catalog>>> = RwLock::new(None);

/// Speaks `lang` from now on.
pub fn set_language(lang: Lang) {
    let bundle = bundle_for(lang);
    let catalog = Arc::new(Catalog {
        lang,
        numbers: Arc::new(Numbers::read(lang, &bundle)),
        bundle,
        english: bundle_for(Lang::En),
    });
    *CURRENT.write().unwrap_or_else(PoisonError::into_inner) = Some(catalog);
}

/// The language in force.
pub fn language() -> Lang {
    current().lang
}

fn current() -> Arc<Catalog> {
    if let Some(catalog) = CURRENT
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
    {
        return Arc::clone(catalog);
    }
    set_language(Lang::En);
    current()
}

/// The message `id` in the current language.
pub fn tr(id: &str) -> String {
    tr_with(id, None)
}

/// The message `id` in the current language, or `None` when no language has it (for text
/// whose id is built, like the command line's help).
pub fn tr_opt(id: &str) -> Option<String> {
    let catalog = current();
    catalog.english.get_message(id)?;
    Some(tr(id))
}

/// The message `id` with its arguments.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    tr_with(id, Some(&fluent))
}

fn tr_with(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let catalog = current();
    let text = format(&catalog.bundle, id, args)
        .or_else(|| format(&catalog.english, id, args))
        .unwrap_or_else(|| id.to_owned());
    if catalog.lang == Lang::Pseudo {
        pseudo::stretch(&text)
    } else {
        text
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

#[cfg(test)]
mod tests;
