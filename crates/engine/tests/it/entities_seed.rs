//! People and roles of seed versions 001 and 004 against hand annotations
//! (tests/fixtures/entities/seed_*.txt, written before the extractor was
//! tuned): precision and recall of person mentions and of roles.

use crate::common::{matched, pr};
use storydiff_engine::claims::entities::extract_entities;
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Version};

const SEEDS: &[(&str, &str)] = &[
    (
        include_str!("../../../../fixtures/stories/seed/001_fdc33257951a94e8.txt"),
        include_str!("../fixtures/entities/seed_001.txt"),
    ),
    (
        include_str!("../../../../fixtures/stories/seed/004_e85194611a1f4ec0.txt"),
        include_str!("../fixtures/entities/seed_004.txt"),
    ),
];

fn diff(what: &str, gold: &[String], pred: &[String]) {
    let mut extra: Vec<&String> = pred.iter().collect();
    for g in gold {
        match extra.iter().position(|p| *p == g) {
            Some(k) => {
                extra.remove(k);
            }
            None => println!("missed {what} {g:?}"),
        }
    }
    for e in extra {
        println!("extra {what} {e:?}");
    }
}

#[test]
fn seed_people_and_roles_match_the_annotation() {
    let (mut pg, mut pp, mut pt, mut rg, mut rp, mut rt) = (0, 0, 0, 0, 0, 0);
    for (i, (text, gold)) in SEEDS.iter().enumerate() {
        let doc = Document::new(&Version::new(format!("seed{i}"), *text));
        let mut gold_people = Vec::new();
        let mut gold_roles = Vec::new();
        for line in gold.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let [name, entity, roles] = parts.as_slice() else {
                panic!("bad fixture line {line:?}")
            };
            gold_people.push(format!("{name} = {entity}"));
            for r in roles.split(';').map(str::trim).filter(|r| !r.is_empty()) {
                gold_roles.push(format!("{entity}: {r}"));
            }
        }
        let mut pred_people = Vec::new();
        let mut pred_roles = Vec::new();
        for c in extract_entities(&doc) {
            if let ClaimData::Person(p) = &c.data {
                pred_people.push(format!("{} = {}", p.name, p.entity));
                for r in &p.roles {
                    pred_roles.push(format!("{}: {}", p.entity, r.key));
                }
            }
        }
        diff("person", &gold_people, &pred_people);
        diff("role", &gold_roles, &pred_roles);
        pt += matched(&gold_people, &pred_people);
        pg += gold_people.len();
        pp += pred_people.len();
        rt += matched(&gold_roles, &pred_roles);
        rg += gold_roles.len();
        rp += pred_roles.len();
    }
    let (p1, r1) = pr("person mentions", pt, pg, pp);
    let (p2, r2) = pr("roles", rt, rg, rp);
    assert!(p1 >= 0.9 && r1 >= 0.9, "person P/R below 0.9");
    assert!(p2 >= 0.9 && r2 >= 0.9, "role P/R below 0.9");
}
