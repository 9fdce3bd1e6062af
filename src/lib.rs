//! selfcheck: an interactive, educational, non-diagnostic self-check about clonazepam
//! (Klonopin). The bank, engine and summary are plain data and logic; prompts, files and
//! the terminal sit at the edge (`app`, `prompt`).

pub mod agency;
pub mod answers;
pub mod app;
pub mod bank;
pub mod cli;
pub mod compare;
pub mod date;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod files;
pub mod flow;
pub mod history;
pub mod lang;
pub mod messages;
pub mod prompt;
pub mod questions;
pub mod render;
pub mod summary;
pub mod text;
pub mod width;
pub mod yaml;

pub use app::main;
