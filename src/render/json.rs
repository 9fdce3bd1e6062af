use crate::summary::Summary;

pub fn render(s: &Summary) -> String {
    // Serializing plain owned data cannot fail.
    serde_json::to_string_pretty(s).expect("a summary serializes") + "\n"
}
