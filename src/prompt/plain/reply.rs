//! What a typed reply means: the numbers typed. Pure functions, with no reading or
//! writing. (What the items of a list stand for is in `prompt::choices`.)

/// The number typed, when it is one from `first` to `last` ("2" or "2.").
pub(super) fn number(reply: &str, first: usize, last: usize) -> Option<usize> {
    let n: usize = reply.trim().trim_end_matches('.').parse().ok()?;
    (first..=last).contains(&n).then_some(n)
}

/// The numbers typed, separated by spaces or commas, when each is one from `first` to
/// `last`; sorted, each once.
pub(super) fn numbers(reply: &str, first: usize, last: usize) -> Option<Vec<usize>> {
    let mut picked = reply
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| number(part, first, last))
        .collect::<Option<Vec<usize>>>()?;
    picked.sort_unstable();
    picked.dedup();
    Some(picked)
}
