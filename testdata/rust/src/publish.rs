// Publishing data through a flag: the writer fills `data`, then sets `ready`. A reader
// that waits with a Relaxed load and then reads `data` with plain loads races with the
// writer (Relaxed orders nothing); Acquire, or a Relaxed wait followed by an Acquire
// fence, is correct. The flag load itself is atomic and stays in the loop.
use std::cell::UnsafeCell;
use std::sync::atomic::{fence, AtomicBool, Ordering};

pub struct Mailbox {
    ready: AtomicBool,
    data: UnsafeCell<[u64; 4]>,
}

unsafe impl Sync for Mailbox {}

impl Mailbox {
    pub const fn new() -> Self {
        Mailbox { ready: AtomicBool::new(false), data: UnsafeCell::new([0; 4]) }
    }

    #[inline(never)]
    pub fn publish(&self, v: [u64; 4]) {
        unsafe { *self.data.get() = v };
        self.ready.store(true, Ordering::Release);
    }

    /// Pattern: relaxed-flag-publishes-data. Racy: yes.
    /// Waits on `ready` with Relaxed, then reads `data` with plain loads.
    #[inline(never)]
    pub fn consume_relaxed(&self) -> u64 {
        while !self.ready.load(Ordering::Relaxed) {
            std::hint::spin_loop();
        }
        let d = unsafe { &*self.data.get() };
        d[0] + d[1] + d[2] + d[3]
    }

    /// Pattern: acquire-flag-publishes-data. Racy: no.
    /// Waits on `ready` with Acquire, then reads `data`.
    #[inline(never)]
    pub fn consume_acquire(&self) -> u64 {
        while !self.ready.load(Ordering::Acquire) {
            std::hint::spin_loop();
        }
        let d = unsafe { &*self.data.get() };
        d[0] + d[1] + d[2] + d[3]
    }

    /// Pattern: relaxed-flag-acquire-fence. Racy: no.
    /// Waits with Relaxed, then an Acquire fence before reading `data`.
    #[inline(never)]
    pub fn consume_relaxed_fence(&self) -> u64 {
        while !self.ready.load(Ordering::Relaxed) {
            std::hint::spin_loop();
        }
        fence(Ordering::Acquire);
        let d = unsafe { &*self.data.get() };
        d[0] + d[1] + d[2] + d[3]
    }
}

pub static MAILBOX: Mailbox = Mailbox::new();
