//! The order of the checks: by the date each file says it was made. Files with the same
//! date keep the order they were given in; files with no date come last, in the order
//! given. Both are said in a note, so the order is never a silent guess.

use super::Saved;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    /// Indices into the files as given, in the order to show them.
    pub indices: Vec<usize>,
    /// Groups of files that share a date (each group in the order given).
    pub same_date: Vec<Vec<String>>,
    /// Files with no date, in the order given.
    pub undated: Vec<String>,
}

pub fn order(saved: &[Saved]) -> Order {
    let date = |i: usize| saved[i].info.as_ref().map(|c| c.date.as_str());
    let mut dated: Vec<usize> = (0..saved.len()).filter(|&i| date(i).is_some()).collect();
    // A stable sort: equal dates keep the order given. Dates are `YYYY-MM-DD`, so their
    // text order is their calendar order.
    dated.sort_by_key(|&i| date(i));
    let mut same_date: Vec<Vec<String>> = Vec::new();
    for pair in dated.windows(2) {
        if date(pair[0]) != date(pair[1]) {
            continue;
        }
        let (a, b) = (&saved[pair[0]].file, &saved[pair[1]].file);
        match same_date.last_mut() {
            Some(group) if group.last() == Some(a) => group.push(b.clone()),
            _ => same_date.push(vec![a.clone(), b.clone()]),
        }
    }
    let undated: Vec<usize> = (0..saved.len()).filter(|&i| date(i).is_none()).collect();
    Order {
        same_date,
        undated: undated.iter().map(|&i| saved[i].file.clone()).collect(),
        indices: dated.into_iter().chain(undated).collect(),
    }
}
