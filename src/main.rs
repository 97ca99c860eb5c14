//! Entry point: everything happens in `atrium::start`.

fn main() {
    atrium::start();
}
