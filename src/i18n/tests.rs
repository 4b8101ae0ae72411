//! Every message in every language, with the same arguments; the environment's choice of
//! language; plurals.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Message ids of a language, with the variables each uses; a message defined twice (in
/// one file or across its files) fails.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", lang.tag()));
        for entry in resource.entries() {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "{}: {id} is defined twice",
                    lang.tag()
                );
            }
        }
    }
    found
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages(Lang::En);
    assert!(english.len() > 20, "the English source is read");
    for lang in Lang::ALL {
        let translated = messages(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<&String> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.tag());
        for (id, variables) in &english {
            assert_eq!(&translated[id], variables, "{} {id}", lang.tag());
        }
    }
}

#[test]
fn the_environment_picks_the_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    };
    assert_eq!(from_environment(env(&[("LANGUAGE", "de")])), Lang::De);
    assert_eq!(
        from_environment(env(&[("LANGUAGE", "fr:zh_CN")])),
        Lang::ZhCn
    );
    assert_eq!(
        from_environment(env(&[("LANGUAGE", ""), ("LC_ALL", "pt_BR.UTF-8")])),
        Lang::PtBr
    );
    assert_eq!(
        from_environment(env(&[
            ("LC_MESSAGES", "ru_RU.UTF-8"),
            ("LANG", "de_DE.UTF-8")
        ])),
        Lang::Ru
    );
    assert_eq!(from_environment(env(&[("LANG", "es_ES.UTF-8")])), Lang::Es);
    assert_eq!(from_environment(env(&[("LANG", "zh_TW.UTF-8")])), Lang::En);
    assert_eq!(from_environment(env(&[("LANG", "C")])), Lang::En);
    assert_eq!(from_environment(env(&[])), Lang::En);
    assert_eq!(Lang::from_setting("system"), None);
    assert_eq!(Lang::from_setting("zh-CN"), Some(Lang::ZhCn));
}

#[test]
fn plurals_follow_each_language() {
    let count = |lang: Lang, n: i64| {
        let bundle = bundle_for(lang);
        let mut args = FluentArgs::new();
        args.set("count", n);
        format(&bundle, "downloads-count", Some(&args)).expect("message")
    };
    assert_eq!(count(Lang::En, 1), "1 download");
    assert_eq!(count(Lang::En, 5), "5 downloads");
    assert_eq!(count(Lang::Ru, 1), "1 загрузка");
    assert_eq!(count(Lang::Ru, 3), "3 загрузки");
    assert_eq!(count(Lang::Ru, 11), "11 загрузок");
    assert_eq!(count(Lang::Ru, 21), "21 загрузка");
    assert_eq!(count(Lang::ZhCn, 2), "2 个下载");
    // No isolation marks around arguments (egui would draw them as boxes).
    assert!(!count(Lang::De, 2).contains('\u{2068}'));
}
