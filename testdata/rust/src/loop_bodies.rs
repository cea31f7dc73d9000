// What the loop body does decides whether LLVM may hoist a plain load of a shared flag:
// `spin_loop()`, `yield_now()`, `black_box`, a call to an external function and a store
// through a pointer that may alias the flag keep it in the loop (today; the read is
// still a data race); a call LLVM can see through and a store through `&mut` do not.
// Nested loops at the end. `Flag` is a user type with an UnsafeCell, shared through
// the `static SHARED` and `unsafe impl Sync`, read with plain loads.
use std::cell::UnsafeCell;

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

pub static SHARED: Flag = Flag::new(0);

extern "C" {
    fn irscope_external_tick();
}

/// Pattern: body-spin-loop. Racy: yes.
/// `std::hint::spin_loop()` (x86 `pause`) in the body.
#[inline(never)]
pub fn wait_spin_loop(f: &Flag) {
    while f.get() == 0 {
        std::hint::spin_loop();
    }
}

/// Pattern: body-yield-now. Racy: yes.
/// `std::thread::yield_now()` in the body.
#[inline(never)]
pub fn wait_yield_now(f: &Flag) {
    while f.get() == 0 {
        std::thread::yield_now();
    }
}

/// Pattern: body-black-box. Racy: yes.
/// `std::hint::black_box(())` in the body.
#[inline(never)]
pub fn wait_black_box(f: &Flag) {
    while f.get() == 0 {
        std::hint::black_box(());
    }
}

/// Pattern: body-extern-call. Racy: yes.
/// A call to an external function LLVM knows nothing about.
#[inline(never)]
pub fn wait_extern_call(f: &Flag) {
    while f.get() == 0 {
        unsafe { irscope_external_tick() }
    }
}

#[inline(never)]
fn mix(x: usize) -> usize {
    x.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(7)
}

/// Pattern: body-local-call. Racy: yes.
/// A call to an `#[inline(never)]` function of the same crate whose body LLVM sees:
/// it reads no memory, so it does not keep the load in the loop.
#[inline(never)]
pub fn wait_local_call(f: &Flag) -> usize {
    let mut h = 1;
    while f.get() == 0 {
        h = mix(h);
    }
    h
}

/// Pattern: body-may-alias-store. Racy: yes.
/// A store through a `*mut usize` that may point at the flag.
#[inline(never)]
pub unsafe fn wait_counting_raw(f: &Flag, spins: *mut usize) {
    while f.get() == 0 {
        *spins += 1;
    }
}

/// Pattern: body-noalias-store. Racy: yes.
/// A store through `&mut usize`, which cannot alias the flag (`noalias`).
#[inline(never)]
pub fn wait_counting_mut(f: &Flag, spins: &mut usize) {
    while f.get() == 0 {
        *spins += 1;
    }
}

/// Pattern: nested-outer-poll. Racy: yes.
/// The flag is polled by the outer loop; the inner loop does local work.
#[inline(never)]
pub fn nested_outer_poll(f: &Flag, n: usize) -> usize {
    let mut acc = 0usize;
    while f.get() == 0 {
        for i in 0..n {
            acc = acc.wrapping_add(i * i);
        }
    }
    acc
}

/// Pattern: nested-inner-poll. Racy: yes.
/// Two flags: the inner loop waits for `step`, the outer loop for `done`.
#[inline(never)]
pub fn nested_inner_poll(done: &Flag, step: &Flag) -> usize {
    let mut rounds = 0;
    while done.get() == 0 {
        while step.get() == 0 {}
        rounds += 1;
    }
    rounds
}

#[inline(never)]
pub fn raise() {
    SHARED.set(1);
}
