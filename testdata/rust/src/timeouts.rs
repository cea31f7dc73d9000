// Polling with a timeout: the loop also exits after N iterations, so when LLVM hoists
// the plain load of the flag the function still returns, with a stale answer (it
// waits out the whole timeout, or returns at once, whatever the flag was on entry).
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Flag {
    value: UnsafeCell<usize>,
}

unsafe impl Sync for Flag {}

impl Flag {
    pub const fn new(v: usize) -> Self {
        Flag { value: UnsafeCell::new(v) }
    }
    pub fn get(&self) -> usize {
        unsafe { *self.value.get() }
    }
}

pub static SHARED: Flag = Flag::new(0);

/// Pattern: timeout-counter. Racy: yes.
/// Up to `max` polls of a plain flag; returns whether it was seen set.
#[inline(never)]
pub fn wait_with_timeout(f: &Flag, max: usize) -> bool {
    for _ in 0..max {
        if f.get() != 0 {
            return true;
        }
    }
    false
}

/// Pattern: timeout-countdown. Racy: yes.
/// `while flag == 0 { if n == 0 { return false } n -= 1 }`, counting down.
#[inline(never)]
pub fn wait_countdown(f: &Flag, mut n: u32) -> bool {
    while f.get() == 0 {
        if n == 0 {
            return false;
        }
        n -= 1;
    }
    true
}

/// Pattern: timeout-delay-volatile. Racy: yes.
/// The body burns time with a volatile store to a local (a busy-delay idiom), which
/// keeps the loop but cannot touch the flag.
#[inline(never)]
pub fn wait_with_delay(f: &Flag, max: usize) -> bool {
    let mut sink = 0usize;
    for i in 0..max {
        if f.get() != 0 {
            return true;
        }
        unsafe { core::ptr::write_volatile(&mut sink, i) };
    }
    false
}

/// Pattern: timeout-spin-loop. Racy: yes.
/// The timeout loop with `spin_loop()` in the body.
#[inline(never)]
pub fn wait_with_timeout_spin(f: &Flag, max: usize) -> bool {
    for _ in 0..max {
        if f.get() != 0 {
            return true;
        }
        std::hint::spin_loop();
    }
    false
}

/// Pattern: timeout-atomic-acquire. Racy: no.
/// The fix: an AtomicBool loaded with Acquire, with the same timeout.
#[inline(never)]
pub fn wait_atomic_with_timeout(f: &AtomicBool, max: usize) -> bool {
    for _ in 0..max {
        if f.load(Ordering::Acquire) {
            return true;
        }
    }
    false
}
