// The same reader/writer as unsafecell_atomic.rs over std's AtomicUsize with
// Ordering::Relaxed: the load is `load atomic ... monotonic`, so LLVM must keep it
// inside the spin loop.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[inline(never)]
pub fn reader(a: &AtomicUsize) {
    while a.load(Ordering::Relaxed) == 0 {
        // Wait until `a` contains a non-zero value.
    }
}

#[inline(never)]
pub fn writer(a: &AtomicUsize) {
    a.store(1, Ordering::Relaxed);
}

fn main() {
    let shared_atomic = Arc::new(AtomicUsize::new(0));
    let shared_atomic_clone = shared_atomic.clone();
    let join_handle = std::thread::spawn(move || reader(&shared_atomic_clone));
    std::thread::sleep(Duration::from_millis(50));
    writer(&shared_atomic);
    join_handle.join().unwrap()
}
