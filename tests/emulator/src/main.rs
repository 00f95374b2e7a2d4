//! switchboard-emulator: a local stand-in for the four back ends (see README.md beside this file).

mod erp;
mod http;
mod neucrm;
mod pbx;
mod perfex;
mod server;

fn main() {
    server::run();
}
