//! Turns the built-in banks into JSON at build time: reading JSON at start-up takes a
//! small fraction of the time that parsing the YAML does (see BENCHMARKS.md). The YAML
//! stays the source of truth, and the test suite checks that both give the same bank.

use std::path::Path;

const BANKS: [(&str, &str); 2] = [
    ("questions/clonazepam.yaml", "clonazepam.json"),
    ("questions/clonazepam.es.yaml", "clonazepam.es.json"),
];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for (yaml, json) in BANKS {
        println!("cargo::rerun-if-changed={yaml}");
        let text = std::fs::read_to_string(yaml).unwrap_or_else(|e| panic!("{yaml}: {e}"));
        // serde_yaml's own Value refuses a key written twice; the bank's full checks run
        // when it is loaded (and in the tests).
        let value: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{yaml}: {e}"));
        let json_text = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{yaml}: {e}"));
        std::fs::write(Path::new(&out).join(json), json_text)
            .unwrap_or_else(|e| panic!("writing {json}: {e}"));
    }
}
