// A VolatileCell<T> built on core::ptr::read_volatile/write_volatile: each `get`
// is a `load volatile`, so the reader's spin loop re-reads memory (but has no
// ordering, unlike an atomic).
use core::cell::UnsafeCell;
use core::ptr;

#[repr(transparent)]
pub struct VolatileCell<T> {
    value: UnsafeCell<T>,
}

unsafe impl<T: Send> Sync for VolatileCell<T> {}

impl<T: Copy> VolatileCell<T> {
    pub const fn new(value: T) -> Self {
        VolatileCell { value: UnsafeCell::new(value) }
    }

    #[inline(always)]
    pub fn get(&self) -> T {
        unsafe { ptr::read_volatile(self.value.get()) }
    }

    #[inline(always)]
    pub fn set(&self, value: T) {
        unsafe { ptr::write_volatile(self.value.get(), value) }
    }
}

#[inline(never)]
pub fn reader(a: &VolatileCell<usize>) {
    while a.get() == 0 {
        // Wait until `a` contains a non-zero value.
    }
}

#[inline(never)]
pub fn writer(a: &VolatileCell<usize>) {
    a.set(1);
}

#[inline(never)]
pub fn read_twice(a: &VolatileCell<u32>) -> bool {
    a.get() == a.get()
}
