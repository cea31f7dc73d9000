// The seed article's hand-made AtomicUsize: an UnsafeCell<usize> whose `load` is a
// plain read and whose `store` is an inline-asm `lock; xchg`. The plain read lets
// LLVM hoist the load out of `reader`'s spin loop (an infinite loop at -O3).
use std::arch::asm;
use std::cell::UnsafeCell;
use std::sync::Arc;
use std::time::Duration;

pub struct AtomicUsize {
    inner: UnsafeCell<usize>,
}

unsafe impl Send for AtomicUsize {}
unsafe impl Sync for AtomicUsize {}

impl AtomicUsize {
    pub const fn new(v: usize) -> Self {
        Self { inner: UnsafeCell::new(v) }
    }

    pub fn load(&self) -> usize {
        unsafe { *self.inner.get() }
    }

    pub fn store(&self, v: usize) {
        unsafe {
            asm!(
                "lock; xchg [{address}], {v}",
                address = in(reg) self.inner.get(),
                v = in(reg) v
            );
        }
    }
}

#[inline(never)]
pub fn reader(a: &AtomicUsize) {
    while a.load() == 0 {
        // Wait until `a` contains a non-zero value.
    }
}

#[inline(never)]
pub fn writer(a: &AtomicUsize) {
    a.store(1);
}

fn main() {
    let shared_atomic = Arc::new(AtomicUsize::new(0));

    // Start up the reader thread:
    let shared_atomic_clone = shared_atomic.clone();
    let join_handle = std::thread::spawn(move || reader(&shared_atomic_clone));

    // Wait for 50ms:
    std::thread::sleep(Duration::from_millis(50));

    // Write a non-zero value to the shared atomic:
    writer(&shared_atomic);

    // Wait for the reader thread to exit:
    join_handle.join().unwrap()
}
