// The two readers of the seed article, side by side: `custom::AtomicUsize` is the hand-made
// atomic built on UnsafeCell (a plain read in `load`), `std::sync::atomic::AtomicUsize` is
// std's, read with Ordering::Relaxed. Each `reader` spins until the value is not 0.
// `irscope explain` with no file explains the IR rustc makes of this file:
//   rustc --edition=2021 --crate-type=lib --crate-name=readers -C opt-level=3
//     -C no-prepopulate-passes -C debuginfo=2 --emit=llvm-ir (see tools/regen-example)
pub mod custom {
    use std::cell::UnsafeCell;

    pub struct AtomicUsize {
        inner: UnsafeCell<usize>,
    }

    unsafe impl Sync for AtomicUsize {}

    impl AtomicUsize {
        pub const fn new(v: usize) -> Self {
            Self { inner: UnsafeCell::new(v) }
        }

        pub fn load(&self) -> usize {
            unsafe { *self.inner.get() }
        }

        pub fn store(&self, v: usize) {
            unsafe { *self.inner.get() = v }
        }
    }

    #[inline(never)]
    pub fn reader(a: &AtomicUsize) {
        while a.load() == 0 {
            // Wait until `a` contains a non-zero value.
        }
    }
}

pub mod with_std {
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[inline(never)]
    pub fn reader(a: &AtomicUsize) {
        while a.load(Ordering::Relaxed) == 0 {
            // Wait until `a` contains a non-zero value.
        }
    }
}
