/* Spin-waits on a shared flag four ways: a plain int (the load may be hoisted and the
 * loop become infinite), a volatile int (re-read every iteration), and C11 _Atomic
 * with relaxed and acquire loads (atomic loads with monotonic/acquire ordering).
 * Also a seq_cst fetch_add, a compare-exchange and a fence for the atomic chapter. */
#include <stdatomic.h>

int plain_flag;
volatile int volatile_flag;
_Atomic int atomic_ready;
_Atomic long counter = 0;

void wait_plain(void) {
    while (plain_flag == 0) {
    }
}

void wait_volatile(void) {
    while (volatile_flag == 0) {
    }
}

void wait_relaxed(void) {
    while (atomic_load_explicit(&atomic_ready, memory_order_relaxed) == 0) {
    }
}

void wait_acquire(void) {
    while (atomic_load_explicit(&atomic_ready, memory_order_acquire) == 0) {
    }
}

void signal_release(void) {
    atomic_store_explicit(&atomic_ready, 1, memory_order_release);
}

long bump(void) {
    return atomic_fetch_add(&counter, 1);
}

int try_claim(_Atomic int *slot, int expected, int desired) {
    return atomic_compare_exchange_strong_explicit(slot, &expected, desired,
                                                   memory_order_acq_rel,
                                                   memory_order_acquire);
}

void full_fence(void) {
    atomic_thread_fence(memory_order_seq_cst);
}
