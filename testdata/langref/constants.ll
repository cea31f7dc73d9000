; RUN: parse --print
; Constants (LangRef "Constants", "Simple Constants", "Complex Constants", "Global Variable
; and Function Addresses", "Undefined Values", "Poison Values", "Well-Defined Values",
; "Addresses of Basic Blocks", "DSO Local Equivalent", "No CFI"): every constant literal form.
target triple = "x86_64-unknown-linux-gnu"

@c_true = global i1 true
; CHECK: @c_true = global i1 true
@c_false = global i1 false
; CHECK: @c_false = global i1 false
@c_neg = global i32 -7
; CHECK: @c_neg = global i32 -7
@c_hex_int = global i32 u0x10
; CHECK: @c_hex_int = global i32 16
@c_shex_int = global i32 s0x10
; CHECK: @c_shex_int = global i32 -16
@c_wide = global i128 170141183460469231731687303715884105727
; CHECK: @c_wide = global i128 170141183460469231731687303715884105727
@c_float = global float 1.250000e+00
; CHECK: @c_float = global float 1.250000e+00
@c_float_hex = global float 0x3FF0000000000000
; CHECK: @c_float_hex = global float 0x3FF0000000000000
@c_double_exp = global double 1.0e+300
; CHECK: @c_double_exp = global double 1.0e+300
@c_double_nan = global double 0x7FF8000000000000
; CHECK: @c_double_nan = global double 0x7FF8000000000000
@c_double_inf = global double 0x7FF0000000000000
; CHECK: @c_double_inf = global double 0x7FF0000000000000
@c_neg_zero = global double -0.000000e+00
; CHECK: @c_neg_zero = global double -0.000000e+00
@c_half = global half 0xH3C00
; CHECK: @c_half = global half 0xH3C00
@c_bfloat = global bfloat 0xR3F80
; CHECK: @c_bfloat = global bfloat 0xR3F80
@c_x86_fp80 = global x86_fp80 0xK3FFF8000000000000000
; CHECK: @c_x86_fp80 = global x86_fp80 0xK3FFF8000000000000000
@c_fp128 = global fp128 0xL00000000000000003FFF000000000000
; CHECK: @c_fp128 = global fp128 0xL00000000000000003FFF000000000000
@c_ppc_fp128 = global ppc_fp128 0xM3FF00000000000000000000000000000
; CHECK: @c_ppc_fp128 = global ppc_fp128 0xM3FF00000000000000000000000000000
@c_null = global ptr null
; CHECK: @c_null = global ptr null
@c_null_as = global ptr addrspace(1) null
; CHECK: @c_null_as = global ptr addrspace(1) null
@c_struct = global { i32, float, ptr } { i32 1, float 2.000000e+00, ptr null }
; CHECK: @c_struct = global { i32, float, ptr } { i32 1, float 2.000000e+00, ptr null }
@c_packed = global <{ i8, i32 }> <{ i8 1, i32 2 }>
; CHECK: @c_packed = global <{ i8, i32 }> <{ i8 1, i32 2 }>
@c_array = global [3 x i16] [i16 1, i16 2, i16 3]
; CHECK: @c_array = global [3 x i16] [i16 1, i16 2, i16 3]
@c_string = global [6 x i8] c"a\22b\0A\00\FF"
; CHECK: @c_string = global [6 x i8] c"a\22b\0A\00\FF"
@c_vector = global <4 x i32> <i32 1, i32 2, i32 3, i32 4>
; CHECK: @c_vector = global <4 x i32> <i32 1, i32 2, i32 3, i32 4>
@c_splat = global <4 x i32> splat (i32 7)
; CHECK: @c_splat = global <4 x i32> splat (i32 7)
@c_zero_struct = global { i32, [2 x ptr] } zeroinitializer
; CHECK: @c_zero_struct = global { i32, [2 x ptr] } zeroinitializer
@c_zero_array = global [100 x i64] zeroinitializer
; CHECK: @c_zero_array = global [100 x i64] zeroinitializer
@c_undef = global i32 undef
; CHECK: @c_undef = global i32 undef
@c_poison = global i32 poison
; CHECK: @c_poison = global i32 poison
@c_undef_agg = global { i8, i8 } { i8 undef, i8 poison }
; CHECK: @c_undef_agg = global { i8, i8 } { i8 undef, i8 poison }
@c_global_addr = global ptr @c_neg
; CHECK: @c_global_addr = global ptr @c_neg
@c_func_addr = global ptr @target_fn
; CHECK: @c_func_addr = global ptr @target_fn
@c_dso_equiv = global ptr dso_local_equivalent @ext_fn
; CHECK: @c_dso_equiv = global ptr dso_local_equivalent @ext_fn
@c_no_cfi = global ptr no_cfi @ext_fn
; CHECK: @c_no_cfi = global ptr no_cfi @ext_fn
@c_blockaddress = global ptr blockaddress(@has_blocks, %target)
; CHECK: @c_blockaddress = global ptr blockaddress(@has_blocks, %target)
@c_nested = global [2 x { i8, [2 x i16] }] [{ i8, [2 x i16] } { i8 1, [2 x i16] [i16 2, i16 3] }, { i8, [2 x i16] } zeroinitializer]
; CHECK: @c_nested = global [2 x { i8, [2 x i16] }] [{ i8, [2 x i16] } { i8 1, [2 x i16] [i16 2, i16 3] }, { i8, [2 x i16] } zeroinitializer]

declare void @ext_fn()
; CHECK: declare void @ext_fn(

define void @target_fn() {
; CHECK: define void @target_fn(
  ret void
  ; CHECK: ret void
}

; a block whose address is taken
define void @has_blocks(i1 %c) {
; CHECK: define void @has_blocks(
entry:
  br i1 %c, label %target, label %exit
  ; CHECK: br i1 %c, label %target, label %exit
target:
  ret void
  ; CHECK: ret void
exit:
  ret void
  ; CHECK: ret void
}

; constants as instruction operands: poison, undef, zeroinitializer, vectors, floats
define <4 x float> @constant_operands(<4 x float> %v, i64 %x) {
; CHECK: define <4 x float> @constant_operands(
  %a = fadd <4 x float> %v, <float 1.0, float poison, float undef, float 0x7FF0000000000000>
  ; CHECK: %a = fadd <4 x float> %v, <float 1.0, float poison, float undef, float 0x7FF0000000000000>
  %b = fmul <4 x float> %a, zeroinitializer
  ; CHECK: %b = fmul <4 x float> %a, zeroinitializer
  %c = add i64 %x, -9223372036854775808
  ; CHECK: %c = add i64 %x, -9223372036854775808
  %d = insertelement <4 x float> %b, float 0x36A0000000000000, i32 0
  ; CHECK: %d = insertelement <4 x float> %b, float 0x36A0000000000000, i32 0
  ret <4 x float> %d
  ; CHECK: ret <4 x float> %d
}

