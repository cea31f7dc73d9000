// Polling through raw pointers: a plain `*const usize` read in a loop (racy when
// another thread or a DMA engine writes the location; LLVM may hoist the load), and
// MMIO-style polls with `read_volatile` on fixed device addresses (every read is kept;
// volatile is the right tool for device registers).
use core::ptr;

/// Pattern: raw-pointer-poll. Racy: yes.
/// Spins on `*p` through a `*const usize` that another thread writes.
#[inline(never)]
pub unsafe fn poll_raw(p: *const usize) {
    while *p == 0 {}
}

/// Pattern: raw-pointer-poll-mut. Racy: yes.
/// Waits for a DMA-style completion word through `*mut u32`, then clears it.
#[inline(never)]
pub unsafe fn poll_raw_and_clear(p: *mut u32) -> u32 {
    while *p == 0 {}
    let v = *p;
    *p = 0;
    v
}

const STATUS: *const u32 = 0x4000_0000 as *const u32;

/// Pattern: mmio-read-volatile. Racy: no.
/// Polls a device status register with `read_volatile` (not hoisted; MMIO is what
/// volatile is for).
#[inline(never)]
pub fn wait_mmio_ready() {
    while unsafe { ptr::read_volatile(STATUS) } & 1 == 0 {}
}

#[repr(C)]
pub struct Uart {
    pub status: u32,
    pub data: u32,
}

const UART: *const Uart = 0x4000_1000 as *const Uart;

/// Pattern: mmio-struct-volatile. Racy: no.
/// Polls the `status` field of a memory-mapped UART with `read_volatile`, then reads
/// `data`.
#[inline(never)]
pub fn uart_getc() -> u8 {
    unsafe {
        while ptr::read_volatile(ptr::addr_of!((*UART).status)) & 0x20 == 0 {}
        ptr::read_volatile(ptr::addr_of!((*UART).data)) as u8
    }
}
