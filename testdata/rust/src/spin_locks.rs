// Spin locks: one on a plain `bool` in an UnsafeCell (racy: the test is a plain load
// LLVM may hoist, and test-then-set is not atomic anyway) and one on an AtomicBool with
// Acquire (correct).
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct PlainSpinLock {
    locked: UnsafeCell<bool>,
}

unsafe impl Sync for PlainSpinLock {}

impl PlainSpinLock {
    pub const fn new() -> Self {
        PlainSpinLock { locked: UnsafeCell::new(false) }
    }

    /// Pattern: plain-bool-spin-lock. Racy: yes.
    /// Spins while the plain `bool` says locked, then sets it.
    #[inline(never)]
    pub fn lock(&self) {
        unsafe {
            while *self.locked.get() {}
            *self.locked.get() = true;
        }
    }

    #[inline(never)]
    pub fn unlock(&self) {
        unsafe { *self.locked.get() = false }
    }
}

pub struct AtomicSpinLock {
    locked: AtomicBool,
}

impl AtomicSpinLock {
    pub const fn new() -> Self {
        AtomicSpinLock { locked: AtomicBool::new(false) }
    }

    /// Pattern: atomic-bool-spin-lock. Racy: no.
    /// compare_exchange_weak with Acquire, spinning on a Relaxed load in between.
    #[inline(never)]
    pub fn lock(&self) {
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            while self.locked.load(Ordering::Relaxed) {
                std::hint::spin_loop();
            }
        }
    }

    /// Pattern: atomic-bool-swap-lock. Racy: no.
    /// Test-and-set with `swap(true, Acquire)`.
    #[inline(never)]
    pub fn lock_swap(&self) {
        while self.locked.swap(true, Ordering::Acquire) {}
    }

    #[inline(never)]
    pub fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }
}

pub static PLAIN_LOCK: PlainSpinLock = PlainSpinLock::new();
pub static ATOMIC_LOCK: AtomicSpinLock = AtomicSpinLock::new();
