//! switchboard-emulator: a local stand-in for the four back ends (see README.md beside this file).

mod codec;
mod control;
mod dates;
mod erp;
mod faults;
mod forms;
mod http;
mod neucrm;
mod pbx;
mod perfex;
mod scope;
mod server;
mod statics;
#[cfg(test)]
mod test_support;
mod wire;

fn main() {
    server::run();
}
