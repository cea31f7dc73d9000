// Inputs for dev.irscope.rust's debug-info type recovery and sharing knowledge (DebugTypesTest,
// TypeSharingTest): statics and static muts, std cells, atomics and locks, raw pointers,
// nested structs reached through constant offsets, a user type holding an UnsafeCell, and
// plain &T without interior mutability. Kept free of thread::spawn and lock calls so the IR
// stays small (the Arc and spawn shapes are in testdata/rust/unsafecell_atomic.*.ll).
#![allow(static_mut_refs, dead_code)]
use std::cell::{Cell, RefCell, UnsafeCell};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock, RwLock};

pub static mut FLAG: bool = false;
pub static mut COUNTER: u32 = 0;
pub static READY: AtomicBool = AtomicBool::new(false);
pub static LIMIT: usize = 10;
pub static LOCK: Mutex<u64> = Mutex::new(0);
pub static ONCE: OnceLock<u32> = OnceLock::new();

pub struct Inner {
    pub a: u32,
    pub b: u64,
}

pub struct Outer {
    pub tag: u8,
    pub inner: Inner,
    pub cells: [u16; 4],
}

pub struct MyAtomic {
    inner: UnsafeCell<usize>,
}

unsafe impl Sync for MyAtomic {}

pub struct Registers {
    pub status: u32,
    pub data: u32,
}

pub struct Shared {
    pub hits: AtomicUsize,
    pub state: Mutex<Vec<u8>>,
    pub rw: RwLock<u32>,
    pub cv: Condvar,
}

#[inline(never)]
pub fn wait_flag() {
    unsafe {
        while !FLAG {}
    }
}

#[inline(never)]
pub fn bump() {
    unsafe {
        COUNTER += 1;
    }
}

#[inline(never)]
pub fn read_limit() -> usize {
    LIMIT + READY.load(Ordering::Acquire) as usize
}

#[inline(never)]
pub fn nested_b(o: &Outer) -> u64 {
    o.inner.b + o.cells[2] as u64
}

#[inline(never)]
pub fn my_load(a: &MyAtomic) -> usize {
    unsafe { *a.inner.get() }
}

#[inline(never)]
pub fn cell_get(c: &Cell<u32>) -> u32 {
    c.get()
}

#[inline(never)]
pub fn refcell_len(r: &RefCell<Vec<u8>>) -> usize {
    r.borrow().len()
}

#[inline(never)]
pub fn poll_status(regs: *const Registers) -> u32 {
    unsafe {
        while (*regs).status == 0 {}
        (*regs).data
    }
}

#[inline(never)]
pub fn poll_mut(p: *mut u32) {
    unsafe {
        while *p == 0 {}
    }
}

#[inline(never)]
pub fn shared_hits(s: &Shared) -> usize {
    s.hits.load(Ordering::Relaxed)
}

#[inline(never)]
pub fn plain_sum(v: &Inner) -> u64 {
    v.a as u64 + v.b
}

#[inline(never)]
pub fn statics() -> usize {
    &LOCK as *const Mutex<u64> as usize + &ONCE as *const OnceLock<u32> as usize
}

pub fn run() -> u64 {
    let shared = MyAtomic { inner: UnsafeCell::new(0) };
    let o = Outer { tag: 1, inner: Inner { a: 2, b: 3 }, cells: [0; 4] };
    let c = Cell::new(5);
    let r = RefCell::new(vec![1u8]);
    let regs = Registers { status: 1, data: 2 };
    let mut word = 1u32;
    let s = Shared { hits: AtomicUsize::new(0), state: Mutex::new(vec![]), rw: RwLock::new(0),
                     cv: Condvar::new() };
    unsafe { FLAG = true; }
    wait_flag();
    bump();
    let total = read_limit() as u64 + nested_b(&o) + cell_get(&c) as u64 + refcell_len(&r) as u64
        + poll_status(&regs) as u64 + shared_hits(&s) as u64 + plain_sum(&o.inner) + statics() as u64
        + my_load(&shared) as u64;
    poll_mut(&mut word);
    total
}
