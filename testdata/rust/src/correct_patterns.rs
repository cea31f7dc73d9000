// Correct patterns that must not be flagged: std atomics with Acquire and SeqCst,
// Mutex, Condvar, Cell in single-threaded code, and reads through `&T` where `T` has
// no interior mutability (nobody may write it while the reference lives).
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

/// Pattern: atomic-acquire-poll. Racy: no.
#[inline(never)]
pub fn wait_acquire(a: &AtomicUsize) {
    while a.load(Ordering::Acquire) == 0 {}
}

/// Pattern: atomic-seqcst-poll. Racy: no.
#[inline(never)]
pub fn wait_seqcst(a: &AtomicUsize) -> usize {
    loop {
        let v = a.load(Ordering::SeqCst);
        if v != 0 {
            return v;
        }
    }
}

/// Pattern: mutex-poll. Racy: no.
/// Locks the Mutex on every iteration.
#[inline(never)]
pub fn wait_mutex(m: &Mutex<usize>) {
    while *m.lock().unwrap() == 0 {}
}

/// Pattern: condvar-wait. Racy: no.
/// The textbook Condvar loop.
#[inline(never)]
pub fn wait_condvar(pair: &(Mutex<bool>, Condvar)) {
    let mut ready = pair.0.lock().unwrap();
    while !*ready {
        ready = pair.1.wait(ready).unwrap();
    }
}

/// Pattern: cell-single-thread. Racy: no.
/// A Cell counted down in a loop on one thread (Cell is not Sync).
#[inline(never)]
pub fn drain_cell(c: &Cell<u32>, out: &mut [u32; 8]) {
    while c.get() > 0 {
        let n = c.get();
        out[(n % 8) as usize] += n;
        c.set(n - 1);
    }
}

pub struct Config {
    pub limit: usize,
    pub step: usize,
}

/// Pattern: shared-ref-no-interior-mut. Racy: no.
/// Re-reads `cfg.limit` through `&Config` on every iteration; `Config` has no
/// UnsafeCell, so hoisting it is right.
#[inline(never)]
pub fn fill_to_limit(cfg: &Config, out: &mut [usize]) -> usize {
    let mut i = 0;
    while i < cfg.limit && i < out.len() {
        out[i] = i * cfg.step;
        i += 1;
    }
    i
}
