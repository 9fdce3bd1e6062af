//! A small benchmark harness shared by the bench binaries (`harness = false`): warm-up,
//! many samples, median and p95. No dependencies, so `cargo clippy --all-targets` stays
//! quick. Benchmarks report against targets; they never fail on a miss.
//!
//! `cargo bench --bench NAME` runs every case; `cargo bench --bench NAME -- WORD` only
//! the cases whose name contains WORD; `-- --once` runs each case once, without warm-up
//! (for a profiler: `valgrind --tool=callgrind target/release/deps/NAME-HASH --bench
//! --once WORD`). Run without `--bench` (as `cargo test --benches` would), the binary does
//! nothing.

#![allow(dead_code)] // each bench binary uses a different part of this module

use std::time::{Duration, Instant};

/// How long to warm up and how many samples to take for one case.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Run (unmeasured) for at least this long, and at least `warmup_runs` times.
    pub warmup: Duration,
    pub warmup_runs: usize,
    /// Then sample until this much time has passed, within `min..=max` samples.
    pub time: Duration,
    pub min: usize,
    pub max: usize,
}

impl Budget {
    /// For cases of microseconds to a few milliseconds.
    pub const FAST: Budget = Budget {
        warmup: Duration::from_millis(300),
        warmup_runs: 10,
        time: Duration::from_secs(3),
        min: 50,
        max: 20_000,
    };
    /// For cases of tens to hundreds of milliseconds.
    pub const SLOW: Budget = Budget {
        warmup: Duration::from_millis(500),
        warmup_runs: 2,
        time: Duration::from_secs(6),
        min: 15,
        max: 200,
    };
    /// For spawned processes.
    pub const PROCESS: Budget = Budget {
        warmup: Duration::from_millis(500),
        warmup_runs: 5,
        time: Duration::from_secs(5),
        min: 100,
        max: 1_000,
    };
}

/// The samples of one case, sorted.
#[derive(Debug, Clone)]
pub struct Stats {
    sorted: Vec<f64>,
}

impl Stats {
    pub fn new(mut samples: Vec<f64>) -> Stats {
        assert!(!samples.is_empty(), "a case needs at least one sample");
        samples.sort_by(f64::total_cmp);
        Stats { sorted: samples }
    }

    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// The nearest-rank percentile, `p` in 0..=100.
    pub fn percentile(&self, p: f64) -> f64 {
        let rank = ((p / 100.0) * self.sorted.len() as f64).ceil() as usize;
        self.sorted[rank.clamp(1, self.sorted.len()) - 1]
    }

    pub fn median(&self) -> f64 {
        let n = self.sorted.len();
        if n % 2 == 1 {
            self.sorted[n / 2]
        } else {
            (self.sorted[n / 2 - 1] + self.sorted[n / 2]) / 2.0
        }
    }

    pub fn p95(&self) -> f64 {
        self.percentile(95.0)
    }

    pub fn min(&self) -> f64 {
        self.sorted[0]
    }

    pub fn max(&self) -> f64 {
        self.sorted[self.sorted.len() - 1]
    }
}

/// What the command line asked for.
pub struct Bench {
    filter: Option<String>,
    /// `--once`: one run per case, no warm-up.
    once: bool,
    /// One line per target, printed at the end.
    verdicts: Vec<String>,
}

impl Bench {
    /// `None` unless run by `cargo bench` (which passes `--bench`): `cargo test --benches`
    /// builds and starts bench binaries too, and must not spend minutes here.
    pub fn from_args(title: &str) -> Option<Bench> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if !args.iter().any(|a| a == "--bench") {
            println!("{title}: not run (benchmarks run with `cargo bench`)");
            return None;
        }
        let once = args.iter().any(|a| a == "--once");
        let filter = args.into_iter().find(|a| !a.starts_with('-'));
        println!("{title}");
        println!(
            "{:<48} {:>6} {:>11} {:>11} {:>11} {:>11}",
            "case", "n", "median", "p95", "min", "max"
        );
        Some(Bench {
            filter,
            once,
            verdicts: Vec::new(),
        })
    }

    pub fn wants(&self, name: &str) -> bool {
        self.filter
            .as_ref()
            .is_none_or(|f| name.contains(f.as_str()))
    }

    /// Times `f` by the wall clock. `None` when the filter leaves the case out.
    pub fn time<T>(&self, name: &str, budget: Budget, mut f: impl FnMut() -> T) -> Option<Stats> {
        self.sample(name, budget, Unit::Time, || {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64()
        })
    }

    /// Takes samples of whatever `f` measures (seconds for `Unit::Time`, bytes for
    /// `Unit::Bytes`), and prints a line for the case.
    pub fn sample(
        &self,
        name: &str,
        budget: Budget,
        unit: Unit,
        f: impl FnMut() -> f64,
    ) -> Option<Stats> {
        if !self.wants(name) {
            return None;
        }
        let stats = Stats::new(self.collect(budget, f));
        self.print(name, unit, &stats);
        Some(stats)
    }

    /// Runs `f` as `sample` does, keeping what each run returns (several measures of one
    /// run, such as a process's wall time, CPU time and peak memory). Prints nothing.
    pub fn collect<T>(&self, budget: Budget, mut f: impl FnMut() -> T) -> Vec<T> {
        if self.once {
            return vec![f()];
        }
        let start = Instant::now();
        let mut runs = 0;
        while runs < budget.warmup_runs || start.elapsed() < budget.warmup {
            std::hint::black_box(f());
            runs += 1;
        }
        let start = Instant::now();
        let mut samples = Vec::new();
        while samples.len() < budget.min
            || (samples.len() < budget.max && start.elapsed() < budget.time)
        {
            samples.push(f());
        }
        samples
    }

    /// Prints a line for samples taken elsewhere (several measures from one run).
    pub fn print(&self, name: &str, unit: Unit, stats: &Stats) {
        println!(
            "{name:<48} {:>6} {:>11} {:>11} {:>11} {:>11}",
            stats.len(),
            unit.show(stats.median()),
            unit.show(stats.p95()),
            unit.show(stats.min()),
            unit.show(stats.max()),
        );
    }

    /// Records how a measure compares with its target, for the closing table. Reports
    /// only: a miss is printed, never a failure.
    pub fn verdict(&mut self, target: &str, measured: &str, met: bool) {
        let mark = if met { "met" } else { "MISSED" };
        self.verdicts
            .push(format!("{target:<52} {measured:<34} {mark}"));
    }

    pub fn finish(self) {
        if self.verdicts.is_empty() {
            return;
        }
        println!("\ntargets");
        for line in self.verdicts {
            println!("{line}");
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Unit {
    /// Seconds.
    Time,
    /// Bytes.
    Bytes,
    /// A plain count.
    Count,
}

impl Unit {
    pub fn show(self, value: f64) -> String {
        match self {
            Unit::Time => duration(value),
            Unit::Bytes => format!("{:.2} MiB", value / (1024.0 * 1024.0)),
            Unit::Count => format!("{value:.0}"),
        }
    }
}

/// Seconds as ns, µs, ms or s, with three significant digits or so.
pub fn duration(seconds: f64) -> String {
    let (value, unit) = if seconds < 1e-6 {
        (seconds * 1e9, "ns")
    } else if seconds < 1e-3 {
        (seconds * 1e6, "µs")
    } else if seconds < 1.0 {
        (seconds * 1e3, "ms")
    } else {
        (seconds, "s")
    };
    let decimals = if value < 10.0 {
        2
    } else if value < 100.0 {
        1
    } else {
        0
    };
    format!("{value:.decimals$} {unit}")
}
