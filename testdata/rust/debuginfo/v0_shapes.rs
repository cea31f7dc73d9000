// Shapes of rustc's v0 symbol mangling for the demangler's tests: generic functions and
// types, inherent and trait impls, closures (nested too), vtable and reify shims, const
// generics (integers, bool, char), dyn traits with associated types, references, raw
// pointers, slices, arrays, tuples, fn pointers, lifetimes bound by for<'a>, a non-ASCII
// (Punycode) identifier, and statics. Built by ./regen with -C symbol-mangling-version=v0 into
// v0_shapes.v0.ll; DemanglerTest uses only its symbol names (via demangle/expected.tsv).
#![allow(dead_code, non_snake_case, uncommon_codepoints)]
use std::cell::Cell;
use std::fmt::Debug;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Wrapper<T, const N: usize> {
    items: [T; N],
}

impl<T: Copy + Default, const N: usize> Wrapper<T, N> {
    #[inline(never)]
    pub fn first(&self) -> T {
        self.items.first().copied().unwrap_or_default()
    }
}

pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Square(pub f64);

impl Shape for Square {
    #[inline(never)]
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

#[inline(never)]
pub fn flagged<const B: bool, const C: char>() -> u32 {
    if B { C as u32 } else { 0 }
}

#[inline(never)]
pub fn signed<const I: i8>() -> i8 {
    I
}

#[inline(never)]
pub fn takes_dyn(it: &mut dyn Iterator<Item = u8>) -> usize {
    it.count()
}

#[inline(never)]
pub fn many<'a>(a: &'a [u8], b: *const u16, c: *mut (u8, i64), d: [u32; 3],
                f: for<'b> fn(&'b str) -> &'b str, g: &mut Cell<bool>) -> usize {
    a.len() + d.len() + f("x").len() + (b as usize) + (c as usize) + g.get() as usize
}

#[inline(never)]
pub fn generic<T: Debug>(t: T) -> String {
    let f = |x: &T| {
        let g = |y: &T| format!("{:?}", y);
        g(x)
    };
    f(&t)
}

#[inline(never)]
pub fn boxed_closure(n: usize) -> Box<dyn FnOnce() -> usize> {
    Box::new(move || n + 1)
}

pub fn reified() -> fn(u8) -> u8 {
    let f: fn(u8) -> u8 = |x| x + 1;
    f
}

pub fn grüße() -> u8 {
    7
}

pub static COUNTER: AtomicUsize = AtomicUsize::new(0);
pub static mut PLAIN: usize = 0;

pub fn run() {
    let w = Wrapper { items: [1u8, 2, 3] };
    COUNTER.fetch_add(w.first() as usize, Ordering::Relaxed);
    let s: &dyn Shape = &Square(2.0);
    let mut it = [1u8, 2].into_iter();
    let mut c = Cell::new(true);
    let n = s.area() as usize + flagged::<true, 'x'>() as usize + signed::<-5>() as usize
        + takes_dyn(&mut it) + many(&[1], std::ptr::null(), std::ptr::null_mut(), [0; 3],
                                    |s| s, &mut c)
        + generic((1u8, "a")).len() + boxed_closure(1)() + reified()(1) as usize
        + grüße() as usize;
    unsafe {
        PLAIN = n;
    }
}
