// Reader/writer over std::sync::Mutex<usize>: lock/unlock are atomic RMW/cmpxchg
// with acquire/release orderings plus calls into the futex slow path, so the
// protected load stays in the loop.
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[inline(never)]
pub fn reader(a: &Mutex<usize>) {
    while *a.lock().unwrap() == 0 {
        // Wait until `a` contains a non-zero value.
    }
}

#[inline(never)]
pub fn writer(a: &Mutex<usize>) {
    *a.lock().unwrap() = 1;
}

fn main() {
    let shared = Arc::new(Mutex::new(0usize));
    let shared_clone = shared.clone();
    let join_handle = std::thread::spawn(move || reader(&shared_clone));
    std::thread::sleep(Duration::from_millis(50));
    writer(&shared);
    join_handle.join().unwrap()
}
