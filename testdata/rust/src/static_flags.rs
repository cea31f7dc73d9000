// Flags in statics polled in a loop: `static mut` items written by another thread, a
// signal handler or an interrupt handler (racy: a plain load that LLVM may hoist), a
// `static` of a user type with an UnsafeCell and a hand-written `Sync` (racy too), and
// the `static AtomicBool` that is the fix.
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

pub static mut READY: bool = false;
pub static mut TICKS: u32 = 0;
pub static DONE: AtomicBool = AtomicBool::new(false);

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
    pub fn set(&self, v: usize) {
        unsafe { *self.value.get() = v }
    }
}

pub static GLOBAL_FLAG: Flag = Flag::new(0);

/// Pattern: static-mut-flag. Racy: yes.
/// Spins until another thread or a callback sets the `static mut bool READY`.
#[inline(never)]
pub fn wait_ready() {
    unsafe { while !READY {} }
}

/// Pattern: static-mut-addr-of. Racy: yes.
/// The same wait written as the `static_mut_refs` lint suggests: a read through
/// `addr_of!`, which is still a plain, non-atomic load.
#[inline(never)]
pub fn wait_ready_addr_of() {
    while !unsafe { core::ptr::addr_of!(READY).read() } {}
}

/// Pattern: static-mut-counter. Racy: yes.
/// Waits for a tick counter that an interrupt handler increments (the AVR report shape).
#[inline(never)]
pub fn wait_ticks(target: u32) {
    unsafe { while TICKS < target {} }
}

/// Pattern: static-unsafecell-flag. Racy: yes.
/// A `static` of a user type with an UnsafeCell and `unsafe impl Sync`, read with a
/// plain load.
#[inline(never)]
pub fn wait_global_flag() {
    while GLOBAL_FLAG.get() == 0 {}
}

/// Pattern: static-atomic-acquire. Racy: no.
/// The fix: a `static AtomicBool` loaded with Acquire.
#[inline(never)]
pub fn wait_done() {
    while !DONE.load(Ordering::Acquire) {}
}

#[inline(never)]
pub fn signal_all() {
    unsafe {
        READY = true;
        TICKS += 1;
    }
    GLOBAL_FLAG.set(1);
    DONE.store(true, Ordering::Release);
}
