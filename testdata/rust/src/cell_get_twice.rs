// The article's Cell experiments: does LLVM fold two `get`s of the same Cell into
// one? `cell_test` (nothing in between: folded to `true`), `cell_test_black_box`
// (black_box(a) escapes the pointer: two loads), `cell_test_black_box_unit`
// (black_box(()): still two loads), `cell_test_writer` (a `&dyn Fn()` call that
// may write the Cell: two loads).
use std::cell::Cell;

#[inline(never)]
pub fn cell_test(a: &Cell<usize>) -> bool {
    let first = a.get();
    let second = a.get();
    first == second
}

#[inline(never)]
pub fn cell_test_black_box(a: &Cell<usize>) -> bool {
    let first = a.get();
    std::hint::black_box(a);
    let second = a.get();
    first == second
}

#[inline(never)]
pub fn cell_test_black_box_unit(a: &Cell<usize>) -> bool {
    let first = a.get();
    std::hint::black_box(());
    let second = a.get();
    first == second
}

#[inline(never)]
pub fn cell_test_writer(a: &Cell<usize>, writer: &dyn Fn()) -> bool {
    let first = a.get();
    writer();
    let second = a.get();
    first == second
}

#[inline(never)]
pub fn cell_demo() -> bool {
    let a = Cell::new(0);
    cell_test_writer(&a, &|| a.set(1))
}
