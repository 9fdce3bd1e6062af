use super::*;

const SOURCE: &str = "\
sections:
  - id: overdose
    questions:
      - id: signs
        kind: checklist
        choices:
          - id: coma
            label: Coma
      - kind: yes_no
        id: coma
";

#[test]
fn locates_a_question_id_by_its_kind_sibling() {
    assert_eq!(locate(SOURCE, "id", "coma", Some("kind"), 0), Some((10, 9)));
    assert_eq!(locate(SOURCE, "id", "signs", Some("kind"), 0), Some((4, 9)));
}

#[test]
fn locates_any_key_without_a_sibling() {
    assert_eq!(locate(SOURCE, "id", "coma", None, 0), Some((7, 13)));
    assert_eq!(locate(SOURCE, "id", "coma", None, 1), Some((10, 9)));
    assert_eq!(locate(SOURCE, "id", "missing", None, 0), None);
}

#[test]
fn a_list_item_is_its_own_mapping_not_its_earlier_siblings() {
    // `b` has no `kind`: the one above belongs to `a`.
    let source = "questions:\n  - id: a\n    kind: yes_no\n  - id: b\n    label: B\n";
    assert_eq!(locate(source, "id", "b", Some("kind"), 0), None);
    assert_eq!(locate(source, "id", "a", Some("kind"), 0), Some((2, 5)));
}

#[test]
fn a_key_after_a_nested_list_still_belongs_to_its_mapping() {
    let source = "qs:\n  - kind: choice\n    choices:\n      - id: c\n        label: C\n      - id: c\n    id: q\n";
    assert_eq!(locate(source, "id", "q", Some("kind"), 0), Some((7, 5)));
    assert_eq!(locate(source, "id", "c", Some("kind"), 0), None);
}

#[test]
fn finds_top_level_keys_quoted_or_not() {
    let locator = Locator::new("a: 1\n\"b\": 2\n  c: 3\n'd' : 4\n");
    assert_eq!(locator.top_key("a"), Some(1));
    assert_eq!(locator.top_key("b"), Some(2));
    assert_eq!(locator.top_key("c"), None, "not at the top level");
}

#[test]
fn deep_flow_nesting_is_refused_with_its_place() {
    let deep = format!("a: 1\nb: {}{}\n", "[".repeat(65), "]".repeat(65));
    let err = check_flow_depth(&deep).unwrap_err();
    assert_eq!((err.line, err.column), (Some(2), Some(68)));
    assert!(check_flow_depth(&format!("b: {}{}", "[".repeat(64), "]".repeat(64))).is_ok());
}

#[test]
fn brackets_in_quotes_and_comments_do_not_count() {
    let text = format!(
        "a: \"{}\"\nb: '{}'\nc: x # {}\nd: \"it's \\\" [\" [ok]\ne: 'don''t [' [x]\n",
        "[".repeat(100),
        "{".repeat(100),
        "[".repeat(100)
    );
    assert!(check_flow_depth(&text).is_ok());
    assert!(
        check_flow_depth(&"x: [a, {b: [c]}]\n".repeat(1000)).is_ok(),
        "depth, not count"
    );
}

#[test]
fn parse_errors_carry_their_place_and_drop_it_from_the_message() {
    let err = serde_yaml::from_str::<Value>("a: [b\n").unwrap_err();
    let err = YamlError::from(err);
    assert!(err.line.is_some());
    assert!(!err.message.contains(" at line "), "{}", err.message);
}

#[test]
fn locates_a_path_through_mappings_and_lists() {
    let locator = Locator::new(SOURCE);
    let path = |steps: &[&str]| -> Vec<Segment> {
        steps
            .iter()
            .map(|s| match s.parse() {
                Ok(i) => Segment::Index(i),
                Err(_) => Segment::Key(s.to_string()),
            })
            .collect()
    };
    let at = |steps: &[&str]| locator.locate_path(&path(steps));
    assert_eq!(at(&["sections"]), Some((1, 1)));
    assert_eq!(
        at(&["sections", "0", "questions", "0", "kind"]),
        Some((5, 9))
    );
    assert_eq!(
        at(&["sections", "0", "questions", "0", "choices", "0", "label"]),
        Some((8, 13))
    );
    assert_eq!(
        at(&["sections", "0", "questions", "1", "id"]),
        Some((10, 9))
    );
    // A step that cannot be followed stops at the last place found.
    assert_eq!(at(&["sections", "0", "questions", "7"]), Some((3, 5)));
}
