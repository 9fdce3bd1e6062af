//! The release binary as a process: CPU time and peak memory (max RSS) of a scripted
//! session (`selfcheck --answers tests/answers/quiet.yaml`), and the time from spawning
//! it in a pseudo-terminal to its welcome title and first prompt on screen; and
//! `selfcheck history` over a year of weekly checks (52 files).
//! `cargo bench --bench process`; see BENCHMARKS.md.

mod common;

#[cfg(unix)]
fn main() {
    unix::main();
}

#[cfg(not(unix))]
fn main() {
    println!("process: needs a Unix system (wait4, pseudo-terminals)");
}

#[cfg(unix)]
mod unix {
    use super::common::{Bench, Budget, Stats, Unit, duration};
    use selfcheck::bank::Bank;
    use std::io;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;
    use std::process::{Child, Command, Stdio};
    use std::time::{Duration, Instant};

    const BIN: &str = env!("CARGO_BIN_EXE_selfcheck");
    const ANSWERS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/answers");
    const HISTORY_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/history");

    /// What one finished process used, from `wait4`.
    #[derive(Debug, Clone, Copy)]
    struct Usage {
        /// Spawn to reaped, seconds.
        wall: f64,
        /// User plus system CPU time, seconds.
        cpu: f64,
        /// Peak resident set size, bytes.
        max_rss: f64,
        /// Minor page faults (pages first touched).
        faults: f64,
    }

    pub fn main() {
        let Some(mut bench) = Bench::from_args("process: the release binary, spawned") else {
            return;
        };
        println!("  (binary: {BIN})");
        if !BIN.contains("/release/") {
            println!("  warning: not a release build; run with `cargo bench`");
        }

        if bench.wants("baseline") {
            process(&bench, "baseline: /bin/true", Command::new("true"));
            let mut version = Command::new(BIN);
            version.arg("--version");
            process(&bench, "baseline: selfcheck --version", version);
        }
        for name in ["quiet", "alarming"] {
            let case = format!("selfcheck --answers {name}.yaml");
            if !bench.wants(&case) {
                continue;
            }
            let mut command = Command::new(BIN);
            command
                .arg("--answers")
                .arg(format!("{ANSWERS_DIR}/{name}.yaml"));
            let usage = process(&bench, &case, command);
            if name == "quiet" {
                let cpu = Stats::new(usage.iter().map(|u| u.cpu).collect());
                bench.verdict(
                    "scripted session (default bank) < 5 ms CPU",
                    &format!(
                        "median {}, p95 {}",
                        duration(cpu.median()),
                        duration(cpu.p95())
                    ),
                    cpu.median() < 0.005,
                );
                let rss = Stats::new(usage.iter().map(|u| u.max_rss).collect());
                bench.verdict(
                    "peak memory (default session) < 10 MB",
                    &format!(
                        "max {} ({:.1} MB)",
                        Unit::Bytes.show(rss.max()),
                        rss.max() / 1e6
                    ),
                    rss.max() < 10e6,
                );
            }
        }

        if bench.wants("history") {
            history(&mut bench);
        }
        if bench.wants("pty") {
            first_prompt(&mut bench);
        }
        bench.finish();
    }

    /// A year of weekly checks: `selfcheck history` over 52 saved files (the 8-week taper
    /// of tests/history, over and over, a week apart), as a grid and as markdown.
    fn history(bench: &mut Bench) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let weeks: Vec<String> = (1..=8)
            .map(|n| {
                std::fs::read_to_string(format!("{HISTORY_DIR}/week{n}.yaml"))
                    .expect("the taper's weeks")
            })
            .collect();
        let files: Vec<_> = (0..52)
            .map(|i| {
                // 2026-01-05 is day 20458 since 1970-01-01.
                let date = selfcheck::date::civil(20_458 + 7 * i as i64);
                let text: String = weeks[i % 8]
                    .lines()
                    .map(|line| match line.starts_with("_check:") {
                        true => format!("_check: {{date: {date}, bank: clonazepam, version: 1}}\n"),
                        false => format!("{line}\n"),
                    })
                    .collect();
                let path = dir.path().join(format!("check-{i:02}.yaml"));
                std::fs::write(&path, text).expect("a check written");
                path
            })
            .collect();
        let mut usages = Vec::new();
        for format in ["text", "markdown"] {
            let mut command = Command::new(BIN);
            command
                .env("COLUMNS", "80")
                .args(["history", "--format", format])
                .args(&files);
            usages.push(process(
                bench,
                &format!("selfcheck history, 52 files, {format}"),
                command,
            ));
        }
        let cpu = Stats::new(usages[0].iter().map(|u| u.cpu).collect());
        bench.verdict(
            "history of 52 checks (text) < 50 ms CPU",
            &format!(
                "median {}, p95 {}",
                duration(cpu.median()),
                duration(cpu.p95())
            ),
            cpu.median() < 0.050,
        );
    }

    /// Runs `command` many times (output to /dev/null) and prints its wall time, CPU time
    /// and peak memory.
    fn process(bench: &Bench, name: &str, mut command: Command) -> Vec<Usage> {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let usage = bench.collect(Budget::PROCESS, || run(&mut command));
        print_usage(bench, name, &usage);
        usage
    }

    fn print_usage(bench: &Bench, name: &str, usage: &[Usage]) {
        let pick = |f: fn(&Usage) -> f64| Stats::new(usage.iter().map(f).collect());
        bench.print(&format!("{name}: CPU"), Unit::Time, &pick(|u| u.cpu));
        bench.print(&format!("{name}: wall"), Unit::Time, &pick(|u| u.wall));
        bench.print(
            &format!("{name}: max RSS"),
            Unit::Bytes,
            &pick(|u| u.max_rss),
        );
        bench.print(
            &format!("{name}: minor page faults"),
            Unit::Count,
            &pick(|u| u.faults),
        );
    }

    /// Spawns `command`, waits for it with `wait4`, and checks that it succeeded.
    fn run(command: &mut Command) -> Usage {
        let start = Instant::now();
        let child = command.spawn().expect("the command starts");
        let (status, usage) = reap(child);
        let wall = start.elapsed().as_secs_f64();
        assert!(
            libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            "{command:?} failed: status {status:#x}"
        );
        Usage { wall, ..usage }
    }

    /// `wait4` for one child: its raw status and what it used (wall time left at zero).
    /// `Child::wait` would reap it without the resource usage.
    fn reap(child: Child) -> (i32, Usage) {
        let pid = child.id();
        let mut status = 0;
        // SAFETY: `rusage` is plain data, and all-zero is a valid value of it.
        let mut rusage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: the pointers are to live locals; `pid` is our own unreaped child.
        let reaped = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut rusage) };
        assert_eq!(
            reaped,
            pid as libc::pid_t,
            "wait4: {}",
            io::Error::last_os_error()
        );
        let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        let usage = Usage {
            wall: 0.0,
            cpu: seconds(rusage.ru_utime) + seconds(rusage.ru_stime),
            // Linux reports kilobytes (KiB).
            max_rss: rusage.ru_maxrss as f64 * 1024.0,
            faults: rusage.ru_minflt as f64,
        };
        (status, usage)
    }

    /// One start in a pseudo-terminal, until the first prompt is drawn.
    #[derive(Debug, Clone, Copy)]
    struct Start {
        /// Spawn to the welcome title on the terminal, seconds.
        title: f64,
        /// Spawn to the gate's default choice drawn (the first prompt waiting for a key).
        prompt: f64,
        /// CPU time and peak memory up to then (the process is killed once it waits).
        usage: Usage,
    }

    fn first_prompt(bench: &mut Bench) {
        let bank = Bank::builtin();
        let title = bank.def.title.clone();
        let prompt = bank.def.gate.no.clone();

        // The harness alone: a program that prints both at once and exits.
        let mut echo = Command::new("printf");
        on_own_terminal(&mut echo)
            .arg("%s\n%s\n")
            .arg(&title)
            .arg(&prompt);
        let floor = bench.collect(Budget::PROCESS, || start_in_pty(&mut echo, &title, &prompt));
        let pick = |runs: &[Start], f: fn(&Start) -> f64| {
            Stats::new(runs.iter().map(f).collect::<Vec<_>>())
        };
        bench.print(
            "pty baseline: printf to the terminal",
            Unit::Time,
            &pick(&floor, |s| s.prompt),
        );

        let mut selfcheck = Command::new(BIN);
        on_own_terminal(&mut selfcheck)
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        let runs = bench.collect(Budget::PROCESS, || {
            start_in_pty(&mut selfcheck, &title, &prompt)
        });
        let to_title = pick(&runs, |s| s.title);
        bench.print("pty: start to welcome title", Unit::Time, &to_title);
        bench.print(
            "pty: start to first prompt (gate menu)",
            Unit::Time,
            &pick(&runs, |s| s.prompt),
        );
        bench.print(
            "pty: CPU until the first prompt",
            Unit::Time,
            &pick(&runs, |s| s.usage.cpu),
        );
        bench.print(
            "pty: max RSS at the first prompt",
            Unit::Bytes,
            &pick(&runs, |s| s.usage.max_rss),
        );
        bench.verdict(
            "start to first prompt drawn < 10 ms",
            &format!(
                "median {}, p95 {}",
                duration(to_title.median()),
                duration(to_title.p95())
            ),
            to_title.median() < 0.010,
        );
    }

    /// Spawns `command` (set up by `on_own_terminal`) on a new 100 x 40 pseudo-terminal
    /// and reads the terminal until `prompt` appears; then kills it.
    fn start_in_pty(command: &mut Command, title: &str, prompt: &str) -> Start {
        let (master, slave) = open_pty(40, 100);
        let stdio = || Stdio::from(slave.try_clone().expect("dup the terminal"));
        command.stdin(stdio()).stdout(stdio()).stderr(stdio());
        let start = Instant::now();
        let child = command
            .spawn()
            .expect("the program starts in a pseudo-terminal");
        // The Command keeps its copies of the terminal until reconfigured: drop them, so
        // only the child holds the terminal open.
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        drop(slave);

        let deadline = start + Duration::from_secs(10);
        let mut screen = Vec::new();
        let mut title_at = None;
        let prompt_at = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let chunk = read_some(&master, left).unwrap_or_else(|why| {
                panic!(
                    "{command:?}: {why}; the terminal showed:\n{}",
                    String::from_utf8_lossy(&screen)
                )
            });
            let now = start.elapsed().as_secs_f64();
            screen.extend_from_slice(&chunk);
            if title_at.is_none() && contains(&screen, title.as_bytes()) {
                title_at = Some(now);
            }
            if contains(&screen, prompt.as_bytes()) {
                break now;
            }
        };
        // SAFETY: plain syscall on our own child's pid.
        unsafe {
            libc::kill(child.id() as libc::pid_t, libc::SIGKILL);
        }
        let (_, usage) = reap(child);
        drop(master);
        Start {
            title: title_at.unwrap_or(prompt_at),
            prompt: prompt_at,
            usage,
        }
    }

    /// Makes the child a session leader whose controlling terminal is its standard input
    /// (the pseudo-terminal `start_in_pty` gives it). Once per `Command`: each call adds a
    /// hook.
    fn on_own_terminal(command: &mut Command) -> &mut Command {
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            })
        }
    }

    /// A new pseudo-terminal: (master, slave), both close-on-exec.
    fn open_pty(rows: u16, cols: u16) -> (OwnedFd, OwnedFd) {
        let mut master = -1;
        let mut slave = -1;
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: out-pointers to live locals; no name buffer, default termios.
        let opened = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(opened, 0, "openpty: {}", io::Error::last_os_error());
        // SAFETY: openpty returned two fresh descriptors that nothing else owns.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        for fd in [&master, &slave] {
            // SAFETY: fcntl on a descriptor we own.
            unsafe {
                libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        (master, slave)
    }

    /// Waits up to `timeout` for output on the terminal and reads what there is.
    fn read_some(master: &OwnedFd, timeout: Duration) -> Result<Vec<u8>, String> {
        let mut poll = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: one pollfd, a live local.
        let ready = unsafe { libc::poll(&mut poll, 1, millis) };
        if ready == 0 {
            return Err("timed out waiting for the prompt".into());
        }
        if ready < 0 {
            return Err(format!("poll: {}", io::Error::last_os_error()));
        }
        let mut buf = [0u8; 8192];
        // SAFETY: reads into a live buffer of the length given.
        let n = unsafe { libc::read(master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            return Err("the program ended (or closed the terminal) before the prompt".into());
        }
        Ok(buf[..n as usize].to_vec())
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }
}
