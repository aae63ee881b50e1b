//! The server's black-box tests, one binary: each file below was its own test binary, and
//! linking them one by one cost minutes and gigabytes of disk on every release build.
mod common;

mod board_forms;
mod daily_loop;
mod demo_history;
mod fuzz;
mod hostile_text;
mod http;
mod live;
mod mail;
mod my_work;
mod pages;
mod trust;
