//! `storydiff batch`: JSON Lines of versions in, one report per story out.
//!
//! Input lines are `{"story": ID, "name": NAME, "text": TEXT}` objects. A
//! story is a run of consecutive lines with the same `story`: the run ends
//! at the first line of another story (or at the end of the input), so a
//! story is held in memory only while its lines are read and while it is
//! compared. A story id that comes back after another story is a new story
//! (reported again, with a warning naming the line).
//!
//! Stories are compared on `jobs` threads; at most `2 × jobs` stories are in
//! flight (read, being compared, or waiting for their turn to be written),
//! so memory is bounded by the largest stories, never by the input. Reports
//! are written in input order, one JSON object per line: the report of
//! `storydiff compare --format json` plus its `"story"`.
//!
//! A line that is not such an object is reported on stderr with its file and
//! line number and skipped; the rest goes on.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::mpsc::{channel, sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use storydiff_engine::report::Report;
use storydiff_engine::{analyze, Options, Version};

/// One input line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    story: String,
    name: String,
    text: String,
}

/// One output line: the story's report, with its id first.
#[derive(Serialize)]
struct Output<'a> {
    story: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// A story read whole, numbered in input order.
struct Story {
    seq: usize,
    id: String,
    versions: Vec<Version>,
}

/// What `batch` did, for its exit status.
pub struct Summary {
    /// Stories written.
    pub stories: usize,
    /// Lines skipped as broken.
    pub skipped: usize,
}

/// One input: its name for messages, and its lines.
pub struct Input {
    /// The path as given, or `<stdin>`.
    pub name: String,
    /// The reader.
    pub reader: Box<dyn BufRead + Send>,
}

/// The report line of one story.
pub fn report_line(id: &str, versions: &[Version]) -> String {
    let report = Report::new(&analyze(versions, &Options::default()));
    let mut line = serde_json::to_string(&Output { story: id, report: &report })
        .unwrap_or_else(|e| format!("{{\"story\": {id:?}, \"error\": \"{e}\"}}"));
    line.push('\n');
    line
}

/// Reads the inputs, compares each story on `jobs` threads and writes the
/// reports to `out` in input order. Messages go to `err`.
pub fn run(
    inputs: Vec<Input>,
    jobs: usize,
    out: &mut dyn Write,
    err: &(dyn Fn(&str) + Sync),
    progress: bool,
) -> std::io::Result<Summary> {
    let jobs = jobs.max(1);
    let in_flight = 2 * jobs;
    // Tickets bound the stories in flight: the reader takes one per story,
    // the writer gives it back once the story's report is written.
    let (ticket_tx, ticket_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = ticket_tx.send(());
    }
    let (story_tx, story_rx) = sync_channel::<Story>(jobs);
    let story_rx = Arc::new(Mutex::new(story_rx));
    let (done_tx, done_rx) = channel::<(usize, String)>();
    let mut skipped = 0;
    let mut written = 0;
    let mut write_result = Ok(());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let story_rx = Arc::clone(&story_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || loop {
                let next = story_rx.lock().map(|rx| rx.recv());
                let Ok(Ok(story)) = next else { break };
                let line = report_line(&story.id, &story.versions);
                if done_tx.send((story.seq, line)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        drop(story_rx);
        let reader = scope.spawn(move || read_stories(inputs, &ticket_rx, &story_tx, err));
        let (w, result) = write_in_order(done_rx, out, &ticket_tx, progress);
        written = w;
        write_result = result;
        // If writing failed, the reader may be waiting for a ticket: none
        // will come.
        drop(ticket_tx);
        skipped = reader.join().unwrap_or(0);
    });
    write_result.map(|()| Summary { stories: written, skipped })
}

/// The reader: lines → stories, sent to the workers. Returns the number of
/// lines skipped.
fn read_stories(
    inputs: Vec<Input>,
    tickets: &Receiver<()>,
    stories: &std::sync::mpsc::SyncSender<Story>,
    err: &(dyn Fn(&str) + Sync),
) -> usize {
    let mut skipped = 0;
    let mut seq = 0;
    let mut current: Option<Story> = None;
    let mut seen: HashSet<String> = HashSet::new();
    let send = |story: Story| -> bool { tickets.recv().is_ok() && stories.send(story).is_ok() };
    for input in inputs {
        let mut reader = input.reader;
        let mut buf = Vec::new();
        let mut number = 0;
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    err(&format!("{}: read error after line {number}: {e}", input.name));
                    break;
                }
            }
            number += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line = match parse(&buf) {
                Ok(line) => line,
                Err(why) => {
                    err(&format!("{}:{number}: skipped: {why}", input.name));
                    skipped += 1;
                    continue;
                }
            };
            if current.as_ref().is_some_and(|s| s.id != line.story) {
                let done = current.take().expect("checked above");
                if !send(done) {
                    return skipped;
                }
            }
            if current.is_none() {
                if !seen.insert(line.story.clone()) {
                    err(&format!(
                        "{}:{number}: story {:?} comes back after other stories; its lines must \
                         be consecutive, so it is reported again as a separate story",
                        input.name, line.story
                    ));
                }
                current = Some(Story { seq, id: line.story.clone(), versions: Vec::new() });
                seq += 1;
            }
            if let Some(s) = current.as_mut() {
                s.versions.push(Version::new(line.name, line.text));
            }
        }
    }
    if let Some(done) = current.take() {
        send(done);
    }
    skipped
}

/// One line → its fields, or why not.
fn parse(line: &[u8]) -> Result<Line, String> {
    let line = line.trim_ascii();
    // serde would read a struct from a JSON array too.
    if !line.starts_with(b"{") {
        return Err(match serde_json::from_slice::<serde_json::Value>(line) {
            Ok(_) => SHAPE.to_string(),
            Err(e) => describe(&e),
        });
    }
    serde_json::from_slice(line).map_err(|e| describe(&e))
}

const SHAPE: &str = "not a {\"story\", \"name\", \"text\"} object of strings";

/// A serde_json error in words, without its "at line 1 column N" when the
/// line is what is named.
fn describe(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    match e.classify() {
        serde_json::error::Category::Data => {
            format!("{SHAPE} ({message})")
        }
        _ => format!("not JSON ({message} at column {})", e.column()),
    }
}

/// The writer: reports in input order. Returns how many were written.
fn write_in_order(
    done: Receiver<(usize, String)>,
    out: &mut dyn Write,
    tickets: &std::sync::mpsc::SyncSender<()>,
    progress: bool,
) -> (usize, std::io::Result<()>) {
    let start = Instant::now();
    let mut shown = start;
    let mut waiting: BTreeMap<usize, String> = BTreeMap::new();
    let mut next = 0;
    for (seq, line) in done {
        waiting.insert(seq, line);
        while let Some(line) = waiting.remove(&next) {
            if let Err(e) = out.write_all(line.as_bytes()) {
                return (next, Err(e));
            }
            next += 1;
            let _ = tickets.try_send(());
        }
        if progress && shown.elapsed() >= Duration::from_millis(200) {
            shown = Instant::now();
            let secs = start.elapsed().as_secs_f64();
            eprint!("\r{next} stories, {:.1} per second\x1b[K", next as f64 / secs);
        }
    }
    if progress {
        let secs = start.elapsed().as_secs_f64().max(1e-9);
        eprint!("\r{next} stories in {secs:.1} s\x1b[K\n");
    }
    (next, out.flush())
}

/// Whether progress should be shown: only on a terminal.
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
