; built with: rustc --edition=2021 --crate-type=lib --crate-name=v0_shapes --emit=llvm-ir -C codegen-units=1 -C metadata=irscope -C panic=unwind --target=x86_64-unknown-linux-gnu -C opt-level=0 -C symbol-mangling-version=v0 testdata/rust/debuginfo/v0_shapes.rs -o testdata/rust/debuginfo/v0_shapes.v0.ll
;   (from the repository root, with --remap-path-prefix=$PWD=. ; see regen)
; ModuleID = 'v0_shapes.7d8d66d671cb351f-cgu.0'
source_filename = "v0_shapes.7d8d66d671cb351f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::rt::Argument<'_>" = type { %"core::fmt::rt::ArgumentType<'_>" }
%"core::fmt::rt::ArgumentType<'_>" = type { ptr, [1 x i64] }

@alloc_b5fc2a6f2f5a9fc4395aada8c7c926bf = private unnamed_addr constant [76 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/mod.rs\00", align 1
@alloc_37f6e60a2902ea1334fb3e649d7c5a34 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_b5fc2a6f2f5a9fc4395aada8c7c926bf, [16 x i8] c"K\00\00\00\00\00\00\00\0F\02\00\00\05\00\00\00" }>, align 8
@alloc_9877fdffb06d7cb7231dc08b14b0e6fe = private unnamed_addr constant [77 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/vec/mod.rs\00", align 1
@alloc_490992312822afe82cb6f17d9c546139 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9877fdffb06d7cb7231dc08b14b0e6fe, [16 x i8] c"L\00\00\00\00\00\00\00r\08\00\00\09\00\00\00" }>, align 8
@alloc_0c812808379efded5a4fb82d2790b556 = private unnamed_addr constant [2 x i8] c"\C0\00", align 1
@alloc_c94dc37d5a57a2ebc355e00e468e574f = private unnamed_addr constant [37 x i8] c"testdata/rust/debuginfo/v0_shapes.rs\00", align 1
@alloc_8114452f1fd6e57ca61f4de6d9717fd8 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c94dc37d5a57a2ebc355e00e468e574f, [16 x i8] c"$\00\00\00\00\00\00\00D\00\00\00\16\00\00\00" }>, align 8
@alloc_845a6da3513f262090eafa096ef6acb2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c94dc37d5a57a2ebc355e00e468e574f, [16 x i8] c"$\00\00\00\00\00\00\00H\00\00\00\1F\00\00\00" }>, align 8
@alloc_e4c20ff1a6bba4077d65bd35d0983773 = private unnamed_addr constant [89 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/traits/iterator.rs\00", align 1
@alloc_e908daec3405145d7ba3f62e180fc456 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e4c20ff1a6bba4077d65bd35d0983773, [16 x i8] c"X\00\00\00\00\00\00\00\E8\00\00\00\18\00\00\00" }>, align 8
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNSNvYNCNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuE9call_once6vtableB8_ }>, align 8
@alloc_ef0a1f828f3393ef691f2705e817091c = private unnamed_addr constant [8 x i8] c"\00\00\00\00\00\00\00@", align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs_CsaMjm9Dl9vpH_9v0_shapesNtB4_6SquareNtB4_5Shape4area }>, align 8
@alloc_792a4b70b8cbe71fff1aec1bfcf584cc = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c94dc37d5a57a2ebc355e00e468e574f, [16 x i8] c"$\00\00\00\00\00\00\00Y\00\00\00\0D\00\00\00" }>, align 8
@vtable.2 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr, ptr }> <{ ptr @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtNtB4_5array4iter8IntoIterhKj2_EECsaMjm9Dl9vpH_9v0_shapes, [16 x i8] c"\18\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator4nextCsaMjm9Dl9vpH_9v0_shapes, ptr @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator9size_hintCsaMjm9Dl9vpH_9v0_shapes, ptr @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator10advance_byCsaMjm9Dl9vpH_9v0_shapes, ptr @_RNvYINtNtNtCsgEmfK2I1SDS_4core5array4iter8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator3nthCsaMjm9Dl9vpH_9v0_shapes }>, align 8
@alloc_8821998f047ca62cad40e6bc4e4d87c4 = private unnamed_addr constant [1 x i8] c"\01", align 1
@alloc_3827bbb606bbdb0f0c926011c14ccc34 = private unnamed_addr constant [1 x i8] c"a", align 1
@alloc_142cbd7f9a74c383929cb807799fc092 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c94dc37d5a57a2ebc355e00e468e574f, [16 x i8] c"$\00\00\00\00\00\00\00_\00\00\00\09\00\00\00" }>, align 8
@alloc_996a55a110f53dbe10c9eaaa062c41fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c94dc37d5a57a2ebc355e00e468e574f, [16 x i8] c"$\00\00\00\00\00\00\006\00\00\00\05\00\00\00" }>, align 8
@alloc_37f62a15fae368a2423b3a16c75adcc9 = private unnamed_addr constant [1 x i8] c"x", align 1
@_RNvCsaMjm9Dl9vpH_9v0_shapes5PLAIN = global [8 x i8] zeroinitializer, align 8
@_RNvCsaMjm9Dl9vpH_9v0_shapes7COUNTER = global [8 x i8] zeroinitializer, align 8
@alloc_88bfb5085a97a9f03cee2b9c3c42dd08 = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/non_null.rs\00", align 1
@alloc_b32cf8b9ab30c790bbc0840b2fa926d9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_88bfb5085a97a9f03cee2b9c3c42dd08, [16 x i8] c"P\00\00\00\00\00\00\00\AA\05\00\00\12\00\00\00" }>, align 8
@anon.126b05221e6d9dcebebcf8423d6285f6.0 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@alloc_f79e0e94e2ad0f0e1c95aa03a7f180a1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_88bfb5085a97a9f03cee2b9c3c42dd08, [16 x i8] c"P\00\00\00\00\00\00\00\10\01\00\00\1B\00\00\00" }>, align 8
@alloc_fad0cd83b7d1858a846a172eb260e593 = private unnamed_addr constant [42 x i8] c"is_aligned_to: align is not a power-of-two", align 1
@alloc_3d063512bd2a283debbda10df8c730ad = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/const_ptr.rs\00", align 1
@alloc_180ab55c3ad9891a0d81c48ca2ae33fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3d063512bd2a283debbda10df8c730ad, [16 x i8] c"Q\00\00\00\00\00\00\00^\05\00\00\0D\00\00\00" }>, align 8
@alloc_d41466a556d037f23fe96152fbab9365 = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs\00", align 1
@alloc_8a557fa53722333f4e14612354d66d02 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d41466a556d037f23fe96152fbab9365, [16 x i8] c"P\00\00\00\00\00\00\00\B5\01\00\00\15\00\00\00" }>, align 8
@alloc_082107b1c47f17e29d320b8b2dd4f81e = private unnamed_addr constant [90 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/array/iter/iter_inner.rs\00", align 1
@alloc_e1216e05692a96c6f49ae4ec3e2743e1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_082107b1c47f17e29d320b8b2dd4f81e, [16 x i8] c"Y\00\00\00\00\00\00\00\C1\00\00\00#\00\00\00" }>, align 8
@alloc_43db45ebdf0a3d6e3246eedb47a76a93 = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/index_range.rs\00", align 1
@alloc_ce80e79f3c9060ea066a507aad0cbb89 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_43db45ebdf0a3d6e3246eedb47a76a93, [16 x i8] c"S\00\00\00\00\00\00\00?\00\00\00%\00\00\00" }>, align 8
@alloc_b9585347369fbb186c3ccfb6c2caba79 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_082107b1c47f17e29d320b8b2dd4f81e, [16 x i8] c"Y\00\00\00\00\00\00\00\AE\00\00\00 \00\00\00" }>, align 8
@alloc_1a4f054d79d64d0cbbee42404703d138 = private unnamed_addr constant [76 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/fmt/mod.rs\00", align 1
@alloc_c744d1012daac153da5bdea777499410 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_1a4f054d79d64d0cbbee42404703d138, [16 x i8] c"K\00\00\00\00\00\00\00q\03\00\00*\00\00\00" }>, align 8
@alloc_0625062a5eee489a7813ee965a38d15a = private unnamed_addr constant [198 x i8] c"unsafe precondition(s) violated: Alignment::new_unchecked requires a power of two\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_8cf3531fd3c828ab298b686071a40c17 = private unnamed_addr constant [259 x i8] c"unsafe precondition(s) violated: Layout::from_size_alignment_unchecked requires that the rounded-up allocation size does not exceed isize::MAX\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_560a59ed819b9d9a5841f6e731c4c8e5 = private unnamed_addr constant [210 x i8] c"unsafe precondition(s) violated: NonNull::new_unchecked requires that the pointer is non-null\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_57d70e9d94c65ecfc15225d29a5ed72b = private unnamed_addr constant [198 x i8] c"unsafe precondition(s) violated: Vec::set_len requires that new_len <= capacity()\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_bd3468a7b96187f70c1ce98a3e7a63bf = private unnamed_addr constant [283 x i8] c"unsafe precondition(s) violated: ptr::copy_nonoverlapping requires that both pointer arguments are aligned and non-null and the specified memory ranges do not overlap\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_64e308ef4babfeb8b6220184de794a17 = private unnamed_addr constant [221 x i8] c"unsafe precondition(s) violated: hint::assert_unchecked must never be called when the condition is false\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_763310d78c99c2c1ad3f8a9821e942f3 = private unnamed_addr constant [61 x i8] c"is_nonoverlapping: `size_of::<T>() * count` overflows a usize", align 1
@alloc_a28e8c8fd5088943a8b5d44af697ff83 = private unnamed_addr constant [279 x i8] c"unsafe precondition(s) violated: slice::from_raw_parts requires the pointer to be aligned and non-null, and the total size of the slice not to exceed `isize::MAX`\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_97d92cbf2a68a6ac45a1b13da79836e4 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: slice::get_unchecked requires that the index is within the slice\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_5a8fdd84b3281310cbf6b74bb6bf0065 = private unnamed_addr constant [218 x i8] c"unsafe precondition(s) violated: slice::get_unchecked_mut requires that the index is within the slice\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@vtable.3 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRhNtB6_5Debug3fmtCsgY6Mt91CT9J_14rustc_demangle }>, align 8
@vtable.4 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRReNtB6_5Debug3fmtCsaMjm9Dl9vpH_9v0_shapes }>, align 8
@alloc_4f6caa8a4a84c834531934bdfde7b2ea = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/alignment.rs\00", align 1
@alloc_baf8ef05762bb2cbbccf0ad20ba0c118 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_4f6caa8a4a84c834531934bdfde7b2ea, [16 x i8] c"Q\00\00\00\00\00\00\00\7F\00\00\00\12\00\00\00" }>, align 8
@alloc_e94ebeffbe15b2c683ebcfffeb83b79c = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/alloc/layout.rs\00", align 1
@alloc_43b307780025650359e0e1b649546c3c = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e94ebeffbe15b2c683ebcfffeb83b79c, [16 x i8] c"P\00\00\00\00\00\00\00\01\01\00\00\12\00\00\00" }>, align 8

; v0_shapes::signed::<-5>
; Function Attrs: noinline nonlazybind uwtable
define i8 @_RINvCsaMjm9Dl9vpH_9v0_shapes6signedKan5_EB2_() unnamed_addr #0 {
start:
  ret i8 -5
}

; v0_shapes::flagged::<true, 'x'>
; Function Attrs: noinline nonlazybind uwtable
define i32 @_RINvCsaMjm9Dl9vpH_9v0_shapes7flaggedKb1_Kc78_EB2_() unnamed_addr #0 {
start:
  %_0 = alloca [4 x i8], align 4
  br label %bb1

bb1:                                              ; preds = %start
  store i32 120, ptr %_0, align 4
  br label %bb3

bb3:                                              ; preds = %bb1
  %0 = load i32, ptr %_0, align 4
  ret i32 %0

bb2:                                              ; No predecessors!
  unreachable
}

; v0_shapes::generic::<(u8, &str)>
; Function Attrs: noinline nonlazybind uwtable
define void @_RINvCsaMjm9Dl9vpH_9v0_shapes7genericThReEEB2_(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %t) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_2 = alloca [0 x i8], align 1
; invoke v0_shapes::generic::<(u8, &str)>::{closure#0}
  invoke void @_RNCINvCsaMjm9Dl9vpH_9v0_shapes7genericThReEE0B4_(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %_2, ptr align 8 %t)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %1 = load ptr, ptr %0, align 8
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8
  %4 = insertvalue { ptr, i32 } poison, ptr %1, 0
  %5 = insertvalue { ptr, i32 } %4, i32 %3, 1
  resume { ptr, i32 } %5

cleanup:                                          ; preds = %start
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret void
}

; <core::option::Option<core::num::nonzero::NonZero<usize>>>::map_or::<core::result::Result<(), core::num::nonzero::NonZero<usize>>, core::result::Result<(), core::num::nonzero::NonZero<usize>>::Err>
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_RINvMNtCsgEmfK2I1SDS_4core6optionINtB3_6OptionINtNtNtB5_3num7nonzero7NonZerojEE6map_orINtNtB5_6result6ResultuBI_ENcNtB1m_3Err0ECsaMjm9Dl9vpH_9v0_shapes(i64 %0, i64 %default) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_8 = alloca [1 x i8], align 1
  %_0 = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 8
  store i64 %0, ptr %self, align 8
  store i8 1, ptr %_8, align 1
  %2 = load i64, ptr %self, align 8
  %3 = icmp eq i64 %2, 0
  %_4 = select i1 %3, i64 0, i64 1
  %4 = trunc nuw i64 %_4 to i1
  br i1 %4, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %t = load i64, ptr %self, align 8
; invoke <core::result::Result<(), core::num::nonzero::NonZero<usize>>::Err as core::ops::function::FnOnce<(core::num::nonzero::NonZero<usize>,)>>::call_once
  %5 = invoke i64 @_RNvYNcNtINtNtCsgEmfK2I1SDS_4core6result6ResultuINtNtNtBb_3num7nonzero7NonZerojEE3Err0INtNtNtBb_3ops8function6FnOnceTBJ_EE9call_onceCsaMjm9Dl9vpH_9v0_shapes(i64 %t)
          to label %bb4 unwind label %cleanup

bb2:                                              ; preds = %start
  store i8 0, ptr %_8, align 1
  store i64 %default, ptr %_0, align 8
  br label %bb5

bb5:                                              ; preds = %bb4, %bb2
  %6 = load i64, ptr %_0, align 8
  ret i64 %6

bb8:                                              ; preds = %cleanup
  %7 = load i8, ptr %_8, align 1
  %8 = trunc nuw i8 %7 to i1
  br i1 %8, label %bb7, label %bb6

cleanup:                                          ; preds = %bb3
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = extractvalue { ptr, i32 } %9, 0
  %11 = extractvalue { ptr, i32 } %9, 1
  store ptr %10, ptr %1, align 8
  %12 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %11, ptr %12, align 8
  br label %bb8

bb4:                                              ; preds = %bb3
  store i64 %5, ptr %_0, align 8
  br label %bb5

bb6:                                              ; preds = %bb7, %bb8
  %13 = load ptr, ptr %1, align 8
  %14 = getelementptr inbounds i8, ptr %1, i64 8
  %15 = load i32, ptr %14, align 8
  %16 = insertvalue { ptr, i32 } poison, ptr %13, 0
  %17 = insertvalue { ptr, i32 } %16, i32 %15, 1
  resume { ptr, i32 } %17

bb7:                                              ; preds = %bb8
  br label %bb6

bb1:                                              ; No predecessors!
  unreachable
}

; <core::option::Option<&str>>::map_or_else::<alloc::string::String, alloc::fmt::format::{closure#0}, <str as alloc::borrow::ToOwned>::to_owned>
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RINvMNtCsgEmfK2I1SDS_4core6optionINtB3_6OptionReE11map_or_elseNtNtCslNYArtu3iFV_5alloc6string6StringNCNvNtB12_3fmt6format0NvYeNtNtB12_6borrow7ToOwned8to_ownedECsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %0, i64 %1, ptr align 8 %default) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %_10 = alloca [1 x i8], align 1
  %_9 = alloca [1 x i8], align 1
  %self = alloca [16 x i8], align 8
  store ptr %0, ptr %self, align 8
  %3 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %1, ptr %3, align 8
  store i8 1, ptr %_10, align 1
  store i8 1, ptr %_9, align 1
  %4 = load ptr, ptr %self, align 8
  %5 = getelementptr inbounds i8, ptr %self, i64 8
  %6 = load i64, ptr %5, align 8
  %7 = ptrtoint ptr %4 to i64
  %8 = icmp eq i64 %7, 0
  %_4 = select i1 %8, i64 0, i64 1
  %9 = trunc nuw i64 %_4 to i1
  br i1 %9, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %t.0 = load ptr, ptr %self, align 8
  %10 = getelementptr inbounds i8, ptr %self, i64 8
  %t.1 = load i64, ptr %10, align 8
  store i8 0, ptr %_9, align 1
; invoke <<str as alloc::borrow::ToOwned>::to_owned as core::ops::function::FnOnce<(&str,)>>::call_once
  invoke void @_RNvYNvYeNtNtCslNYArtu3iFV_5alloc6borrow7ToOwned8to_ownedINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceTReEE9call_onceCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %t.0, i64 %t.1)
          to label %bb4 unwind label %cleanup

bb2:                                              ; preds = %start
  store i8 0, ptr %_10, align 1
; invoke alloc::fmt::format::{closure#0}
  invoke void @_RNCNvNtCslNYArtu3iFV_5alloc3fmt6format0CsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %default)
          to label %bb5 unwind label %cleanup

bb10:                                             ; preds = %cleanup
  %11 = load i8, ptr %_9, align 1
  %12 = trunc nuw i8 %11 to i1
  br i1 %12, label %bb9, label %bb7

cleanup:                                          ; preds = %bb3, %bb2
  %13 = landingpad { ptr, i32 }
          cleanup
  %14 = extractvalue { ptr, i32 } %13, 0
  %15 = extractvalue { ptr, i32 } %13, 1
  store ptr %14, ptr %2, align 8
  %16 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %15, ptr %16, align 8
  br label %bb10

bb5:                                              ; preds = %bb2
  br label %bb6

bb6:                                              ; preds = %bb4, %bb5
  ret void

bb4:                                              ; preds = %bb3
  br label %bb6

bb7:                                              ; preds = %bb9, %bb10
  %17 = load i8, ptr %_10, align 1
  %18 = trunc nuw i8 %17 to i1
  br i1 %18, label %bb11, label %bb8

bb9:                                              ; preds = %bb10
  br label %bb7

bb8:                                              ; preds = %bb11, %bb7
  %19 = load ptr, ptr %2, align 8
  %20 = getelementptr inbounds i8, ptr %2, i64 8
  %21 = load i32, ptr %20, align 8
  %22 = insertvalue { ptr, i32 } poison, ptr %19, 0
  %23 = insertvalue { ptr, i32 } %22, i32 %21, 1
  resume { ptr, i32 } %23

bb11:                                             ; preds = %bb7
  br label %bb8

bb1:                                              ; No predecessors!
  unreachable
}

; <core::fmt::rt::Argument>::new_debug::<&(u8, &str)>
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RINvMNtNtCsgEmfK2I1SDS_4core3fmt2rtNtB3_8Argument9new_debugRThReEECsaMjm9Dl9vpH_9v0_shapes(ptr sret([16 x i8]) align 8 %_0, ptr align 8 %x) unnamed_addr #1 {
start:
  %_2 = alloca [16 x i8], align 8
  store ptr %x, ptr %_2, align 8
  %0 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRThReENtB6_5Debug3fmtCsaMjm9Dl9vpH_9v0_shapes, ptr %0, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_2, i64 16, i1 false)
  ret void
}

; <core::fmt::Arguments>::new::<2, 1>
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @_RINvMs2_NtCsgEmfK2I1SDS_4core3fmtNtB6_9Arguments3newKj2_Kj1_ECsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %template, ptr align 8 %args) unnamed_addr #1 {
start:
  %0 = insertvalue { ptr, ptr } poison, ptr %template, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %args, 1
  ret { ptr, ptr } %1
}

; core::ptr::drop_in_place::<alloc::vec::Vec<u8>>
; Function Attrs: nonlazybind uwtable
define void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc3vec3VechEECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke <alloc::vec::Vec<u8> as core::ops::drop::Drop>::drop
  invoke void @_RNvXso_NtCslNYArtu3iFV_5alloc3vecINtB5_3VechENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCsduwmD7cSIQq_5gimli(ptr align 8 %_1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place::<alloc::raw_vec::RawVec<u8>>
  invoke void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc7raw_vec6RawVechEECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1) #16
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place::<alloc::raw_vec::RawVec<u8>>
  call void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc7raw_vec6RawVechEECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1)
  ret void

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #17
  unreachable

bb1:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load i32, ptr %7, align 8
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1
  resume { ptr, i32 } %10
}

; core::ptr::drop_in_place::<alloc::raw_vec::RawVec<u8>>
; Function Attrs: nonlazybind uwtable
define void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc7raw_vec6RawVechEECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1) unnamed_addr #2 {
start:
; call <alloc::raw_vec::RawVec<u8> as core::ops::drop::Drop>::drop
  call void @_RNvXs1_NtCslNYArtu3iFV_5alloc7raw_vecINtB5_6RawVechENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCsduwmD7cSIQq_5gimli(ptr align 8 %_1)
  ret void
}

; core::ptr::drop_in_place::<core::array::iter::IntoIter<u8, 2>>
; Function Attrs: nonlazybind uwtable
define void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtNtB4_5array4iter8IntoIterhKj2_EECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1) unnamed_addr #2 {
start:
; call <core::array::iter::IntoIter<u8, 2> as core::ops::drop::Drop>::drop
  call void @_RNvXs4_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtB9_3ops4drop4Drop4dropCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1) #18
  ret void
}

; core::ptr::drop_in_place::<alloc::string::String>
; Function Attrs: nonlazybind uwtable
define void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeNtNtCslNYArtu3iFV_5alloc6string6StringECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1) unnamed_addr #2 {
start:
; call core::ptr::drop_in_place::<alloc::vec::Vec<u8>>
  call void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc3vec3VechEECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_1)
  ret void
}

; <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::fold::<usize, <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count::{closure#0}>
; Function Attrs: nonlazybind uwtable
define i64 @_RINvXs0_NtNtNtCsgEmfK2I1SDS_4core4iter6traits8iteratorQDNtB6_8Iteratorp4ItemhEL_BS_4foldjNCNvYBQ_B1g_5count0ECsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, ptr align 8 %self.1, i64 %init) unnamed_addr #2 {
start:
; call <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::IteratorRefSpec>::spec_fold::<usize, <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count::{closure#0}>
  %_0 = call i64 @_RINvXs1_NtNtNtCsgEmfK2I1SDS_4core4iter6traits8iteratorQDNtB6_8Iteratorp4ItemhEL_NtB6_15IteratorRefSpec9spec_foldjNCNvYBQ_BS_5count0ECsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, ptr align 8 %self.1, i64 %init)
  ret i64 %_0
}

; <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::IteratorRefSpec>::spec_fold::<usize, <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count::{closure#0}>
; Function Attrs: nonlazybind uwtable
define i64 @_RINvXs1_NtNtNtCsgEmfK2I1SDS_4core4iter6traits8iteratorQDNtB6_8Iteratorp4ItemhEL_NtB6_15IteratorRefSpec9spec_foldjNCNvYBQ_BS_5count0ECsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, ptr align 8 %self.1, i64 %init) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_12 = alloca [1 x i8], align 1
  %_5 = alloca [2 x i8], align 1
  %accum = alloca [8 x i8], align 8
  %f = alloca [0 x i8], align 1
  store i8 1, ptr %_12, align 1
  store i64 %init, ptr %accum, align 8
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %1 = getelementptr inbounds i8, ptr %self.1, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !3, !nonnull !3
  %3 = invoke { i1, i8 } %2(ptr align 1 %self.0)
          to label %bb2 unwind label %cleanup

bb10:                                             ; preds = %cleanup
  %4 = load i8, ptr %_12, align 1
  %5 = trunc nuw i8 %4 to i1
  br i1 %5, label %bb9, label %bb7

cleanup:                                          ; preds = %bb3, %bb1
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb10

bb2:                                              ; preds = %bb1
  %10 = extractvalue { i1, i8 } %3, 0
  %11 = extractvalue { i1, i8 } %3, 1
  %12 = zext i1 %10 to i8
  store i8 %12, ptr %_5, align 1
  %13 = getelementptr inbounds i8, ptr %_5, i64 1
  store i8 %11, ptr %13, align 1
  %14 = load i8, ptr %_5, align 1
  %15 = trunc nuw i8 %14 to i1
  %16 = getelementptr inbounds i8, ptr %_5, i64 1
  %17 = load i8, ptr %16, align 1
  %_6 = zext i1 %15 to i64
  %18 = trunc nuw i64 %_6 to i1
  br i1 %18, label %bb3, label %bb5

bb3:                                              ; preds = %bb2
  %19 = getelementptr inbounds i8, ptr %_5, i64 1
  %x = load i8, ptr %19, align 1
  store i8 0, ptr %_12, align 1
  %_11 = load i64, ptr %accum, align 8
; invoke <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count::{closure#0}
  %_8 = invoke i64 @_RNCNvYQDNtNtNtNtCsgEmfK2I1SDS_4core4iter6traits8iterator8Iteratorp4ItemhEL_B6_5count0CsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %f, i64 %_11, i8 %x)
          to label %bb4 unwind label %cleanup

bb5:                                              ; preds = %bb2
  %_0 = load i64, ptr %accum, align 8
  ret i64 %_0

bb4:                                              ; preds = %bb3
  store i8 1, ptr %_12, align 1
  store i64 %_8, ptr %accum, align 8
  br label %bb1

bb11:                                             ; No predecessors!
  unreachable

bb7:                                              ; preds = %bb9, %bb10
  %20 = load ptr, ptr %0, align 8
  %21 = getelementptr inbounds i8, ptr %0, i64 8
  %22 = load i32, ptr %21, align 8
  %23 = insertvalue { ptr, i32 } poison, ptr %20, 0
  %24 = insertvalue { ptr, i32 } %23, i32 %22, 1
  resume { ptr, i32 } %24

bb9:                                              ; preds = %bb10
  br label %bb7
}

; <u8 as <[_]>::to_vec_in::ConvertVec>::to_vec::<alloc::alloc::Global>
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RINvXs_NvMNtCslNYArtu3iFV_5alloc5sliceSp9to_vec_inhNtB5_10ConvertVec6to_vecNtNtBa_5alloc6GlobalECsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %v, ptr align 1 %s.0, i64 %s.1) unnamed_addr #1 {
start:
  %_17 = alloca [8 x i8], align 8
; call <alloc::raw_vec::RawVecInner>::with_capacity_in
  %0 = call { i64, ptr } @_RNvMs4_NtCslNYArtu3iFV_5alloc7raw_vecNtB5_11RawVecInner16with_capacity_inCsaMjm9Dl9vpH_9v0_shapes(i64 %s.1, i64 1, i64 1) #18
  %_10.0 = extractvalue { i64, ptr } %0, 0
  %_10.1 = extractvalue { i64, ptr } %0, 1
  store i64 %_10.0, ptr %v, align 8
  %1 = getelementptr inbounds i8, ptr %v, i64 8
  store ptr %_10.1, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %v, i64 16
  store i64 0, ptr %2, align 8
  %_4 = icmp ugt i64 %s.1, 0
  br i1 %_4, label %bb1, label %bb2

bb2:                                              ; preds = %bb9, %start
  ret void

bb1:                                              ; preds = %start
  %3 = getelementptr inbounds i8, ptr %v, i64 8
  %_12 = load ptr, ptr %3, align 8
  br label %bb4

bb4:                                              ; preds = %bb1
; call core::ptr::copy_nonoverlapping::precondition_check
  call void @_RNvNvNtCsgEmfK2I1SDS_4core3ptr19copy_nonoverlapping18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %s.0, ptr %_12, i64 1, i64 1, i64 %s.1, ptr align 8 @alloc_37f6e60a2902ea1334fb3e649d7c5a34) #19
  br label %bb6

bb6:                                              ; preds = %bb4
  %4 = mul i64 %s.1, 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_12, ptr align 1 %s.0, i64 %4, i1 false)
  br label %bb7

bb7:                                              ; preds = %bb6
  br label %bb12

bb12:                                             ; preds = %bb7
  %self = load i64, ptr %v, align 8
  store i64 %self, ptr %_17, align 8
  br label %bb10

bb10:                                             ; preds = %bb12
  %5 = load i64, ptr %_17, align 8
; call <alloc::vec::Vec<_, _>>::set_len::precondition_check
  call void @_RNvNvMs_NtCslNYArtu3iFV_5alloc3vecINtB6_3VecppE7set_len18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %s.1, i64 %5, ptr align 8 @alloc_490992312822afe82cb6f17d9c546139) #19
  br label %bb9

bb9:                                              ; preds = %bb10
  %6 = getelementptr inbounds i8, ptr %v, i64 16
  store i64 %s.1, ptr %6, align 8
  br label %bb2

bb11:                                             ; No predecessors!
  unreachable
}

; v0_shapes::generic::<(u8, &str)>::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNCINvCsaMjm9Dl9vpH_9v0_shapes7genericThReEE0B4_(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %_1, ptr align 8 %x) unnamed_addr #1 {
start:
  %_3 = alloca [0 x i8], align 1
; call v0_shapes::generic::<(u8, &str)>::{closure#0}::{closure#0}
  call void @_RNCNCINvCsaMjm9Dl9vpH_9v0_shapes7genericThReEE00B6_(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %_3, ptr align 8 %x) #18
  ret void
}

; v0_shapes::generic::<(u8, &str)>::{closure#0}::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNCNCINvCsaMjm9Dl9vpH_9v0_shapes7genericThReEE00B6_(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %_1, ptr align 8 %0) unnamed_addr #1 {
start:
  %_8 = alloca [16 x i8], align 8
  %args = alloca [16 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %y = alloca [8 x i8], align 8
  store ptr %0, ptr %y, align 8
; call <core::fmt::rt::Argument>::new_debug::<&(u8, &str)>
  call void @_RINvMNtNtCsgEmfK2I1SDS_4core3fmt2rtNtB3_8Argument9new_debugRThReEECsaMjm9Dl9vpH_9v0_shapes(ptr sret([16 x i8]) align 8 %_8, ptr align 8 %y) #18
  %1 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %1, ptr align 8 %_8, i64 16, i1 false)
; call <core::fmt::Arguments>::new::<2, 1>
  %2 = call { ptr, ptr } @_RINvMs2_NtCsgEmfK2I1SDS_4core3fmtNtB6_9Arguments3newKj2_Kj1_ECsaMjm9Dl9vpH_9v0_shapes(ptr align 1 @alloc_0c812808379efded5a4fb82d2790b556, ptr align 8 %args) #18
  %_4.0 = extractvalue { ptr, ptr } %2, 0
  %_4.1 = extractvalue { ptr, ptr } %2, 1
; call alloc::fmt::format
  call void @_RNvNtCslNYArtu3iFV_5alloc3fmt6formatCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_3, ptr %_4.0, ptr %_4.1) #18
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_3, i64 24, i1 false)
  ret void
}

; v0_shapes::boxed_closure::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RNCNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure0B3_(i64 %_1) unnamed_addr #1 {
start:
  %_3.0 = add i64 %_1, 1
  %_3.1 = icmp ult i64 %_3.0, %_1
  br i1 %_3.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  ret i64 %_3.0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_8114452f1fd6e57ca61f4de6d9717fd8) #20
  unreachable
}

; v0_shapes::run::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNCNvCsaMjm9Dl9vpH_9v0_shapes3run0B3_(ptr align 1 %_1, ptr align 1 %s.0, i64 %s.1) unnamed_addr #1 {
start:
  %0 = insertvalue { ptr, i64 } poison, ptr %s.0, 0
  %1 = insertvalue { ptr, i64 } %0, i64 %s.1, 1
  ret { ptr, i64 } %1
}

; v0_shapes::reified::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define internal i8 @_RNCNvCsaMjm9Dl9vpH_9v0_shapes7reified0B3_(ptr align 1 %_1, i8 %x) unnamed_addr #1 {
start:
  %_3.0 = add i8 %x, 1
  %_3.1 = icmp ult i8 %_3.0, %x
  br i1 %_3.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  ret i8 %_3.0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_845a6da3513f262090eafa096ef6acb2) #20
  unreachable
}

; alloc::fmt::format::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNCNvNtCslNYArtu3iFV_5alloc3fmt6format0CsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %_1) unnamed_addr #1 {
start:
  %_2.0 = load ptr, ptr %_1, align 8
  %0 = getelementptr inbounds i8, ptr %_1, i64 8
  %_2.1 = load ptr, ptr %0, align 8
; call alloc::fmt::format::format_inner
  call void @_RNvNvNtCslNYArtu3iFV_5alloc3fmt6format12format_inner(ptr sret([24 x i8]) align 8 %_0, ptr %_2.0, ptr %_2.1)
  ret void
}

; <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count::{closure#0}
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_RNCNvYQDNtNtNtNtCsgEmfK2I1SDS_4core4iter6traits8iterator8Iteratorp4ItemhEL_B6_5count0CsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %_1, i64 %count, i8 %_3) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_4.0 = add i64 %count, 1
  %_4.1 = icmp ult i64 %_4.0, %count
  br i1 %_4.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  ret i64 %_4.0

panic:                                            ; preds = %start
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_e908daec3405145d7ba3f62e180fc456) #21
          to label %unreachable unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %1 = load ptr, ptr %0, align 8
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8
  %4 = insertvalue { ptr, i32 } poison, ptr %1, 0
  %5 = insertvalue { ptr, i32 } %4, i32 %3, 1
  resume { ptr, i32 } %5

cleanup:                                          ; preds = %panic
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb3

unreachable:                                      ; preds = %panic
  unreachable
}

; <v0_shapes::boxed_closure::{closure#0} as core::ops::function::FnOnce<()>>::call_once::{shim:vtable#0}
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RNSNvYNCNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuE9call_once6vtableB8_(ptr %_1) unnamed_addr #1 {
start:
  %_2 = alloca [0 x i8], align 1
  %0 = load i64, ptr %_1, align 8
; call v0_shapes::boxed_closure::{closure#0}
  %_0 = call i64 @_RNCNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure0B3_(i64 %0) #18
  ret i64 %_0
}

; core::result::Result::<(), core::num::nonzero::NonZero<usize>>::Err
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_RNcNtINtNtCsgEmfK2I1SDS_4core6result6ResultuINtNtNtB8_3num7nonzero7NonZerojEE3Err0CsaMjm9Dl9vpH_9v0_shapes(i64 %_1) unnamed_addr #1 {
start:
  ret i64 %_1
}

; v0_shapes::boxed_closure
; Function Attrs: noinline nonlazybind uwtable
define { ptr, ptr } @_RNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure(i64 %n) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke alloc::boxed::box_new_uninit
  %_3.i = invoke ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninitCsaMjm9Dl9vpH_9v0_shapes(i64 8, i64 8)
          to label %_RNvMNtCslNYArtu3iFV_5alloc5boxedINtB2_3BoxNCNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure0E3newBI_.exit unwind label %cleanup.i

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  %5 = load ptr, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load i32, ptr %6, align 8
  %8 = insertvalue { ptr, i32 } poison, ptr %5, 0
  %9 = insertvalue { ptr, i32 } %8, i32 %7, 1
  resume { ptr, i32 } %9

_RNvMNtCslNYArtu3iFV_5alloc5boxedINtB2_3BoxNCNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure0E3newBI_.exit: ; preds = %start
  store i64 %n, ptr %_3.i, align 8
  %10 = insertvalue { ptr, ptr } poison, ptr %_3.i, 0
  %11 = insertvalue { ptr, ptr } %10, ptr @vtable.0, 1
  ret { ptr, ptr } %11
}

; v0_shapes::run
; Function Attrs: nonlazybind uwtable
define void @_RNvCsaMjm9Dl9vpH_9v0_shapes3run() unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = alloca [2 x i8], align 2
  %_46 = alloca [24 x i8], align 8
  %_45 = alloca [24 x i8], align 8
  %_39 = alloca [12 x i8], align 4
  %c = alloca [1 x i8], align 1
  %_12 = alloca [2 x i8], align 1
  %it = alloca [24 x i8], align 8
  %_2 = alloca [3 x i8], align 1
  %w = alloca [3 x i8], align 1
  %2 = getelementptr inbounds nuw i8, ptr %_2, i64 0
  store i8 1, ptr %2, align 1
  %3 = getelementptr inbounds nuw i8, ptr %_2, i64 1
  store i8 2, ptr %3, align 1
  %4 = getelementptr inbounds nuw i8, ptr %_2, i64 2
  store i8 3, ptr %4, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %w, ptr align 1 %_2, i64 3, i1 false)
; call <v0_shapes::Wrapper<u8, 3>>::first
  %_6 = call i8 @_RNvMCsaMjm9Dl9vpH_9v0_shapesINtB2_7WrapperhKj3_E5firstB2_(ptr align 1 %w) #22
  %_5 = zext i8 %_6 to i64
; call <core::sync::atomic::AtomicUsize>::fetch_add
  %_3 = call i64 @_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_addCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 @_RNvCsaMjm9Dl9vpH_9v0_shapes7COUNTER, i64 %_5, i8 0) #18
  %5 = getelementptr inbounds nuw i8, ptr %_12, i64 0
  store i8 1, ptr %5, align 1
  %6 = getelementptr inbounds nuw i8, ptr %_12, i64 1
  store i8 2, ptr %6, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %1, ptr align 1 %_12, i64 2, i1 false)
  %7 = load i16, ptr %1, align 2
; call <[u8; 2] as core::iter::traits::collect::IntoIterator>::into_iter
  call void @_RNvXs_NtNtCsgEmfK2I1SDS_4core5array4iterAhj2_NtNtNtNtB8_4iter6traits7collect12IntoIterator9into_iterCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %it, i16 %7) #18
; invoke <core::cell::Cell<bool>>::new
  %8 = invoke i8 @_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CellbE3newCsaMjm9Dl9vpH_9v0_shapes(i1 zeroext true)
          to label %bb4 unwind label %cleanup

bb30:                                             ; preds = %bb29, %cleanup
; invoke core::ptr::drop_in_place::<core::array::iter::IntoIter<u8, 2>>
  invoke void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtNtB4_5array4iter8IntoIterhKj2_EECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %it) #16
          to label %bb31 unwind label %terminate

cleanup:                                          ; preds = %bb26, %bb15, %panic3, %bb13, %panic2, %bb9, %panic1, %bb7, %panic, %bb5, %bb4, %start
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = extractvalue { ptr, i32 } %9, 0
  %11 = extractvalue { ptr, i32 } %9, 1
  store ptr %10, ptr %0, align 8
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %11, ptr %12, align 8
  br label %bb30

bb4:                                              ; preds = %start
  store i8 %8, ptr %c, align 1
  %13 = load ptr, ptr getelementptr inbounds (i8, ptr @vtable.1, i64 24), align 8, !invariant.load !3, !nonnull !3
  %_23 = invoke double %13(ptr align 1 @alloc_ef0a1f828f3393ef691f2705e817091c)
          to label %bb5 unwind label %cleanup

bb5:                                              ; preds = %bb4
  %_22 = call i64 @llvm.fptoui.sat.i64.f64(double %_23)
; invoke v0_shapes::flagged::<true, 'x'>
  %_25 = invoke i32 @_RINvCsaMjm9Dl9vpH_9v0_shapes7flaggedKb1_Kc78_EB2_()
          to label %bb6 unwind label %cleanup

bb6:                                              ; preds = %bb5
  %_24 = zext i32 %_25 to i64
  %_26.0 = add i64 %_22, %_24
  %_26.1 = icmp ult i64 %_26.0, %_22
  br i1 %_26.1, label %panic, label %bb7

bb7:                                              ; preds = %bb6
; invoke v0_shapes::signed::<-5>
  %_28 = invoke i8 @_RINvCsaMjm9Dl9vpH_9v0_shapes6signedKan5_EB2_()
          to label %bb8 unwind label %cleanup

panic:                                            ; preds = %bb6
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup

unreachable:                                      ; preds = %panic8, %panic7, %panic6, %panic5, %panic3, %panic2, %panic1, %panic
  unreachable

bb8:                                              ; preds = %bb7
  %_27 = sext i8 %_28 to i64
  %_29.0 = add i64 %_26.0, %_27
  %_29.1 = icmp ult i64 %_29.0, %_26.0
  br i1 %_29.1, label %panic1, label %bb9

bb9:                                              ; preds = %bb8
; invoke v0_shapes::takes_dyn
  %_30 = invoke i64 @_RNvCsaMjm9Dl9vpH_9v0_shapes9takes_dyn(ptr align 1 %it, ptr align 8 @vtable.2)
          to label %bb10 unwind label %cleanup

panic1:                                           ; preds = %bb8
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup

bb10:                                             ; preds = %bb9
  %_33.0 = add i64 %_29.0, %_30
  %_33.1 = icmp ult i64 %_33.0, %_29.0
  br i1 %_33.1, label %panic2, label %bb11

bb11:                                             ; preds = %bb10
  br label %bb12

panic2:                                           ; preds = %bb10
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup

bb12:                                             ; preds = %bb11
  br label %bb13

bb13:                                             ; preds = %bb12
  call void @llvm.memset.p0.i64(ptr align 4 %_39, i8 0, i64 12, i1 false)
; invoke v0_shapes::many
  %_34 = invoke i64 @_RNvCsaMjm9Dl9vpH_9v0_shapes4many(ptr align 1 @alloc_8821998f047ca62cad40e6bc4e4d87c4, i64 1, ptr null, ptr null, ptr align 4 %_39, ptr @_RNvYNCNvCsaMjm9Dl9vpH_9v0_shapes3run0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceTReEE9call_onceB6_, ptr align 1 %c)
          to label %bb14 unwind label %cleanup

bb14:                                             ; preds = %bb13
  %_42.0 = add i64 %_33.0, %_34
  %_42.1 = icmp ult i64 %_42.0, %_33.0
  br i1 %_42.1, label %panic3, label %bb15

bb15:                                             ; preds = %bb14
  store i8 1, ptr %_46, align 8
  %14 = getelementptr inbounds i8, ptr %_46, i64 8
  store ptr @alloc_3827bbb606bbdb0f0c926011c14ccc34, ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %14, i64 8
  store i64 1, ptr %15, align 8
; invoke v0_shapes::generic::<(u8, &str)>
  invoke void @_RINvCsaMjm9Dl9vpH_9v0_shapes7genericThReEEB2_(ptr sret([24 x i8]) align 8 %_45, ptr align 8 %_46)
          to label %bb16 unwind label %cleanup

panic3:                                           ; preds = %bb14
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup

bb16:                                             ; preds = %bb15
; invoke <alloc::string::String>::len
  %_43 = invoke i64 @_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String3lenCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_45)
          to label %bb17 unwind label %cleanup4

bb29:                                             ; preds = %cleanup4
; invoke core::ptr::drop_in_place::<alloc::string::String>
  invoke void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeNtNtCslNYArtu3iFV_5alloc6string6StringECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_45) #16
          to label %bb30 unwind label %terminate

cleanup4:                                         ; preds = %panic8, %bb24, %panic7, %bb22, %bb21, %panic6, %bb19, %bb18, %panic5, %bb16
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  store ptr %17, ptr %0, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb29

bb17:                                             ; preds = %bb16
  %_47.0 = add i64 %_42.0, %_43
  %_47.1 = icmp ult i64 %_47.0, %_42.0
  br i1 %_47.1, label %panic5, label %bb18

bb18:                                             ; preds = %bb17
; invoke v0_shapes::boxed_closure
  %20 = invoke { ptr, ptr } @_RNvCsaMjm9Dl9vpH_9v0_shapes13boxed_closure(i64 1)
          to label %bb19 unwind label %cleanup4

panic5:                                           ; preds = %bb17
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup4

bb19:                                             ; preds = %bb18
  %_49.0 = extractvalue { ptr, ptr } %20, 0
  %_49.1 = extractvalue { ptr, ptr } %20, 1
; invoke <alloc::boxed::Box<dyn core::ops::function::FnOnce<(), Output = usize>> as core::ops::function::FnOnce<()>>::call_once
  %_48 = invoke i64 @_RNvXst_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxDINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuEp6OutputjEL_EIBJ_uE9call_onceCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %_49.0, ptr align 8 %_49.1)
          to label %bb20 unwind label %cleanup4

bb20:                                             ; preds = %bb19
  %_50.0 = add i64 %_47.0, %_48
  %_50.1 = icmp ult i64 %_50.0, %_47.0
  br i1 %_50.1, label %panic6, label %bb21

bb21:                                             ; preds = %bb20
; invoke v0_shapes::reified
  %_53 = invoke ptr @_RNvCsaMjm9Dl9vpH_9v0_shapes7reified()
          to label %bb22 unwind label %cleanup4

panic6:                                           ; preds = %bb20
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup4

bb22:                                             ; preds = %bb21
  %_52 = invoke i8 %_53(i8 1)
          to label %bb23 unwind label %cleanup4

bb23:                                             ; preds = %bb22
  %_51 = zext i8 %_52 to i64
  %_54.0 = add i64 %_50.0, %_51
  %_54.1 = icmp ult i64 %_54.0, %_50.0
  br i1 %_54.1, label %panic7, label %bb24

bb24:                                             ; preds = %bb23
; invoke v0_shapes::grüße
  %_56 = invoke i8 @_RNvCsaMjm9Dl9vpH_9v0_shapesu9gre_6ka8l()
          to label %bb25 unwind label %cleanup4

panic7:                                           ; preds = %bb23
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup4

bb25:                                             ; preds = %bb24
  %_55 = zext i8 %_56 to i64
  %_57.0 = add i64 %_54.0, %_55
  %_57.1 = icmp ult i64 %_57.0, %_54.0
  br i1 %_57.1, label %panic8, label %bb26

bb26:                                             ; preds = %bb25
; invoke core::ptr::drop_in_place::<alloc::string::String>
  invoke void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeNtNtCslNYArtu3iFV_5alloc6string6StringECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_45)
          to label %bb27 unwind label %cleanup

panic8:                                           ; preds = %bb25
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_792a4b70b8cbe71fff1aec1bfcf584cc) #21
          to label %unreachable unwind label %cleanup4

bb27:                                             ; preds = %bb26
  %_67 = icmp eq i64 ptrtoint (ptr @_RNvCsaMjm9Dl9vpH_9v0_shapes5PLAIN to i64), 0
  %_68 = and i1 %_67, true
  %_69 = xor i1 %_68, true
  br i1 %_69, label %bb33, label %panic9

bb33:                                             ; preds = %bb27
  store i64 %_57.0, ptr @_RNvCsaMjm9Dl9vpH_9v0_shapes5PLAIN, align 8
; call core::ptr::drop_in_place::<core::array::iter::IntoIter<u8, 2>>
  call void @_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtNtB4_5array4iter8IntoIterhKj2_EECsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %it)
  ret void

panic9:                                           ; preds = %bb27
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_142cbd7f9a74c383929cb807799fc092) #23
  unreachable

terminate:                                        ; preds = %bb30, %bb29
  %21 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #17
  unreachable

bb31:                                             ; preds = %bb30
  %22 = load ptr, ptr %0, align 8
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  %24 = load i32, ptr %23, align 8
  %25 = insertvalue { ptr, i32 } poison, ptr %22, 0
  %26 = insertvalue { ptr, i32 } %25, i32 %24, 1
  resume { ptr, i32 } %26
}

; v0_shapes::many
; Function Attrs: noinline nonlazybind uwtable
define i64 @_RNvCsaMjm9Dl9vpH_9v0_shapes4many(ptr align 1 %a.0, i64 %a.1, ptr %b, ptr %c, ptr align 4 %d, ptr %f, ptr align 1 %g) unnamed_addr #0 {
start:
  %_15.0 = add i64 %a.1, 3
  %_15.1 = icmp ult i64 %_15.0, %a.1
  br i1 %_15.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  %0 = call { ptr, i64 } %f(ptr align 1 @alloc_37f62a15fae368a2423b3a16c75adcc9, i64 1)
  %_17.0 = extractvalue { ptr, i64 } %0, 0
  %_17.1 = extractvalue { ptr, i64 } %0, 1
; call <str>::len
  %_16 = call i64 @_RNvMNtCsgEmfK2I1SDS_4core3stre3lenCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %_17.0, i64 %_17.1) #18
  %_19.0 = add i64 %_15.0, %_16
  %_19.1 = icmp ult i64 %_19.0, %_15.0
  br i1 %_19.1, label %panic1, label %bb4

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_996a55a110f53dbe10c9eaaa062c41fa) #20
  unreachable

bb4:                                              ; preds = %bb1
  %_20 = ptrtoint ptr %b to i64
  %_21.0 = add i64 %_19.0, %_20
  %_21.1 = icmp ult i64 %_21.0, %_19.0
  br i1 %_21.1, label %panic2, label %bb5

panic1:                                           ; preds = %bb1
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_996a55a110f53dbe10c9eaaa062c41fa) #20
  unreachable

bb5:                                              ; preds = %bb4
  %_22 = ptrtoint ptr %c to i64
  %_23.0 = add i64 %_21.0, %_22
  %_23.1 = icmp ult i64 %_23.0, %_21.0
  br i1 %_23.1, label %panic3, label %bb6

panic2:                                           ; preds = %bb4
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_996a55a110f53dbe10c9eaaa062c41fa) #20
  unreachable

bb6:                                              ; preds = %bb5
; call <core::cell::Cell<bool>>::get
  %_25 = call zeroext i1 @_RNvMs8_NtCsgEmfK2I1SDS_4core4cellINtB5_4CellbE3getCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %g) #18
  %_24 = zext i1 %_25 to i64
  %_27.0 = add i64 %_23.0, %_24
  %_27.1 = icmp ult i64 %_27.0, %_23.0
  br i1 %_27.1, label %panic4, label %bb8

panic3:                                           ; preds = %bb5
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_996a55a110f53dbe10c9eaaa062c41fa) #20
  unreachable

bb8:                                              ; preds = %bb6
  ret i64 %_27.0

panic4:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_996a55a110f53dbe10c9eaaa062c41fa) #20
  unreachable
}

; v0_shapes::reified
; Function Attrs: nonlazybind uwtable
define ptr @_RNvCsaMjm9Dl9vpH_9v0_shapes7reified() unnamed_addr #2 {
start:
  ret ptr @_RNvYNCNvCsaMjm9Dl9vpH_9v0_shapes7reified0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceThEE9call_onceB6_
}

; v0_shapes::takes_dyn
; Function Attrs: noinline nonlazybind uwtable
define i64 @_RNvCsaMjm9Dl9vpH_9v0_shapes9takes_dyn(ptr align 1 %it.0, ptr align 8 %it.1) unnamed_addr #0 {
start:
; call <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count
  %_0 = call i64 @_RNvYQDNtNtNtNtCsgEmfK2I1SDS_4core4iter6traits8iterator8Iteratorp4ItemhEL_B4_5countCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %it.0, ptr align 8 %it.1) #18
  ret i64 %_0
}

; v0_shapes::grüße
; Function Attrs: nonlazybind uwtable
define i8 @_RNvCsaMjm9Dl9vpH_9v0_shapesu9gre_6ka8l() unnamed_addr #2 {
start:
  ret i8 7
}

; <v0_shapes::Wrapper<u8, 3>>::first
; Function Attrs: noinline nonlazybind uwtable
define i8 @_RNvMCsaMjm9Dl9vpH_9v0_shapesINtB2_7WrapperhKj3_E5firstB2_(ptr align 1 %self) unnamed_addr #0 {
start:
; call <[u8]>::first
  %_3 = call align 1 ptr @_RNvMNtCsgEmfK2I1SDS_4core5sliceSh5firstCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self, i64 3) #18
; call <core::option::Option<&u8>>::copied
  %0 = call { i1, i8 } @_RNvMs1_NtCsgEmfK2I1SDS_4core6optionINtB5_6OptionRhE6copiedCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %_3)
  %_2.0 = extractvalue { i1, i8 } %0, 0
  %_2.1 = extractvalue { i1, i8 } %0, 1
; call <core::option::Option<u8>>::unwrap_or_default
  %_0 = call i8 @_RNvMNtCsgEmfK2I1SDS_4core6optionINtB2_6OptionhE17unwrap_or_defaultCsaMjm9Dl9vpH_9v0_shapes(i1 zeroext %_2.0, i8 %_2.1) #18
  ret i8 %_0
}

; <str>::len
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RNvMNtCsgEmfK2I1SDS_4core3stre3lenCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, i64 %self.1) unnamed_addr #1 {
start:
  ret i64 %self.1
}

; <[u8]>::first
; Function Attrs: inlinehint nonlazybind uwtable
define align 1 ptr @_RNvMNtCsgEmfK2I1SDS_4core5sliceSh5firstCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, i64 %self.1) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 8
  %_3 = icmp uge i64 %self.1, 1
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
  store ptr null, ptr %_0, align 8
  br label %bb3

bb1:                                              ; preds = %start
  %first = getelementptr inbounds nuw i8, ptr %self.0, i64 0
  store ptr %first, ptr %_0, align 8
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %0 = load ptr, ptr %_0, align 8
  ret ptr %0
}

; <core::option::Option<u8>>::unwrap_or_default
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_RNvMNtCsgEmfK2I1SDS_4core6optionINtB2_6OptionhE17unwrap_or_defaultCsaMjm9Dl9vpH_9v0_shapes(i1 zeroext %0, i8 %1) unnamed_addr #1 {
start:
  %x = alloca [1 x i8], align 1
  %self = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %self, align 1
  %3 = getelementptr inbounds i8, ptr %self, i64 1
  store i8 %1, ptr %3, align 1
  %4 = load i8, ptr %self, align 1
  %5 = trunc nuw i8 %4 to i1
  %6 = getelementptr inbounds i8, ptr %self, i64 1
  %7 = load i8, ptr %6, align 1
  %_2 = zext i1 %5 to i64
  %8 = trunc nuw i64 %_2 to i1
  br i1 %8, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %self, i64 1
  %10 = load i8, ptr %9, align 1
  store i8 %10, ptr %x, align 1
  br label %bb4

bb2:                                              ; preds = %start
  store i8 0, ptr %x, align 1
  br label %bb4

bb4:                                              ; preds = %bb3, %bb2
  %11 = load i8, ptr %x, align 1
  ret i8 %11

bb1:                                              ; No predecessors!
  unreachable
}

; <alloc::alloc::Global>::alloc_impl_runtime
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtimeCsaMjm9Dl9vpH_9v0_shapes(i64 %layout.0, i64 %layout.1, i1 zeroext %zeroed) unnamed_addr #1 {
start:
  %self1 = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 8
  %_9 = alloca [8 x i8], align 8
  %raw_ptr = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  %0 = icmp eq i64 %layout.1, 0
  br i1 %0, label %bb2, label %bb1

bb2:                                              ; preds = %start
  %data = inttoptr i64 %layout.0 to ptr
  %data2 = inttoptr i64 %layout.0 to ptr
  br label %bb7

bb1:                                              ; preds = %start
  br i1 %zeroed, label %bb3, label %bb4

bb7:                                              ; preds = %bb2
  %_19 = inttoptr i64 %layout.0 to ptr
; call <core::ptr::non_null::NonNull<_>>::new_unchecked::precondition_check
  call void @_RNvNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB7_7NonNullpE13new_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %_19, ptr align 8 @alloc_b32cf8b9ab30c790bbc0840b2fa926d9) #19
  br label %bb9

bb9:                                              ; preds = %bb7
  store ptr %data2, ptr %_0, align 8
  %1 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 0, ptr %1, align 8
  br label %bb6

bb6:                                              ; preds = %bb21, %bb14, %bb9
  %2 = load ptr, ptr %_0, align 8
  %3 = getelementptr inbounds i8, ptr %_0, i64 8
  %4 = load i64, ptr %3, align 8
  %5 = insertvalue { ptr, i64 } poison, ptr %2, 0
  %6 = insertvalue { ptr, i64 } %5, i64 %4, 1
  ret { ptr, i64 } %6

bb4:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #24
; call __rustc::__rust_alloc
  %7 = call ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 %layout.1, i64 %layout.0) #24
  store ptr %7, ptr %raw_ptr, align 8
  br label %bb5

bb3:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #24
; call __rustc::__rust_alloc_zeroed
  %8 = call ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 %layout.1, i64 %layout.0) #24
  store ptr %8, ptr %raw_ptr, align 8
  br label %bb5

bb5:                                              ; preds = %bb3, %bb4
  %9 = load ptr, ptr %raw_ptr, align 8
  %_29 = ptrtoint ptr %9 to i64
  %10 = icmp eq i64 %_29, 0
  br i1 %10, label %bb14, label %bb15

bb14:                                             ; preds = %bb5
  store ptr null, ptr %self1, align 8
  store ptr null, ptr %self, align 8
  %11 = load ptr, ptr @anon.126b05221e6d9dcebebcf8423d6285f6.0, align 8
  %12 = load i64, ptr getelementptr inbounds (i8, ptr @anon.126b05221e6d9dcebebcf8423d6285f6.0, i64 8), align 8
  store ptr %11, ptr %_0, align 8
  %13 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %12, ptr %13, align 8
  br label %bb6

bb15:                                             ; preds = %bb5
  br label %bb16

bb16:                                             ; preds = %bb15
  %_31 = load ptr, ptr %raw_ptr, align 8
; call <core::ptr::non_null::NonNull<_>>::new_unchecked::precondition_check
  call void @_RNvNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB7_7NonNullpE13new_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %_31, ptr align 8 @alloc_f79e0e94e2ad0f0e1c95aa03a7f180a1) #19
  br label %bb18

bb18:                                             ; preds = %bb16
  %_28 = load ptr, ptr %raw_ptr, align 8
  store ptr %_28, ptr %self1, align 8
  %v = load ptr, ptr %self1, align 8
  store ptr %v, ptr %self, align 8
  %v3 = load ptr, ptr %self, align 8
  store ptr %v3, ptr %_9, align 8
  %ptr = load ptr, ptr %_9, align 8
  br label %bb19

bb19:                                             ; preds = %bb18
; call <core::ptr::non_null::NonNull<_>>::new_unchecked::precondition_check
  call void @_RNvNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB7_7NonNullpE13new_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %ptr, ptr align 8 @alloc_b32cf8b9ab30c790bbc0840b2fa926d9) #19
  br label %bb21

bb21:                                             ; preds = %bb19
  store ptr %ptr, ptr %_0, align 8
  %14 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %layout.1, ptr %14, align 8
  br label %bb6
}

; <alloc::string::String>::len
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String3lenCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 16
  %_0 = load i64, ptr %0, align 8
  %_2 = icmp ule i64 %_0, 9223372036854775807
  ret i64 %_0
}

; <*const ()>::is_aligned_to
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPu13is_aligned_toCsaMjm9Dl9vpH_9v0_shapes(ptr %self, i64 %align) unnamed_addr #1 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = call i64 @llvm.ctpop.i64(i64 %align)
  %2 = trunc i64 %1 to i32
  store i32 %2, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4
  %3 = icmp eq i32 %_8, 1
  br i1 %3, label %bb1, label %bb2

bb1:                                              ; preds = %start
  %_6 = ptrtoint ptr %self to i64
  %_7 = sub i64 %align, 1
  %_5 = and i64 %_6, %_7
  %_0 = icmp eq i64 %_5, 0
  ret i1 %_0

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_180ab55c3ad9891a0d81c48ca2ae33fa) #20
  unreachable
}

; <core::option::Option<&u8>>::copied
; Function Attrs: nonlazybind uwtable
define { i1, i8 } @_RNvMs1_NtCsgEmfK2I1SDS_4core6optionINtB5_6OptionRhE6copiedCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %0) unnamed_addr #2 {
start:
  %_0 = alloca [2 x i8], align 1
  %self = alloca [8 x i8], align 8
  store ptr %0, ptr %self, align 8
  %1 = load ptr, ptr %self, align 8
  %2 = ptrtoint ptr %1 to i64
  %3 = icmp eq i64 %2, 0
  %_2 = select i1 %3, i64 0, i64 1
  %4 = trunc nuw i64 %_2 to i1
  br i1 %4, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %_4 = load ptr, ptr %self, align 8
  %v = load i8, ptr %_4, align 1
  %5 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %v, ptr %5, align 1
  store i8 1, ptr %_0, align 1
  br label %bb4

bb2:                                              ; preds = %start
  store i8 0, ptr %_0, align 1
  br label %bb4

bb4:                                              ; preds = %bb3, %bb2
  %6 = load i8, ptr %_0, align 1
  %7 = trunc nuw i8 %6 to i1
  %8 = getelementptr inbounds i8, ptr %_0, i64 1
  %9 = load i8, ptr %8, align 1
  %10 = insertvalue { i1, i8 } poison, i1 %7, 0
  %11 = insertvalue { i1, i8 } %10, i8 %9, 1
  ret { i1, i8 } %11

bb1:                                              ; No predecessors!
  unreachable
}

; <core::sync::atomic::AtomicUsize>::fetch_add
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_addCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, i64 %val, i8 %order) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 8
  %_7 = zext i8 %order to i64
  switch i64 %_7, label %bb2 [
    i64 0, label %bb7
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ]

bb2:                                              ; preds = %start
  unreachable

bb7:                                              ; preds = %start
  %0 = atomicrmw add ptr %self, i64 %val monotonic, align 8
  store i64 %0, ptr %_0, align 8
  br label %bb1

bb5:                                              ; preds = %start
  %1 = atomicrmw add ptr %self, i64 %val release, align 8
  store i64 %1, ptr %_0, align 8
  br label %bb1

bb6:                                              ; preds = %start
  %2 = atomicrmw add ptr %self, i64 %val acquire, align 8
  store i64 %2, ptr %_0, align 8
  br label %bb1

bb4:                                              ; preds = %start
  %3 = atomicrmw add ptr %self, i64 %val acq_rel, align 8
  store i64 %3, ptr %_0, align 8
  br label %bb1

bb3:                                              ; preds = %start
  %4 = atomicrmw add ptr %self, i64 %val seq_cst, align 8
  store i64 %4, ptr %_0, align 8
  br label %bb1

bb1:                                              ; preds = %bb3, %bb4, %bb6, %bb5, %bb7
  %5 = load i64, ptr %_0, align 8
  ret i64 %5
}

; <alloc::raw_vec::RawVecInner>::with_capacity_in
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, ptr } @_RNvMs4_NtCslNYArtu3iFV_5alloc7raw_vecNtB5_11RawVecInner16with_capacity_inCsaMjm9Dl9vpH_9v0_shapes(i64 %capacity, i64 %elem_layout.0, i64 %elem_layout.1) unnamed_addr #1 {
start:
  %self = alloca [8 x i8], align 8
  %_4 = alloca [24 x i8], align 8
; call <alloc::raw_vec::RawVecInner>::try_allocate_in
  call void @_RNvMs4_NtCslNYArtu3iFV_5alloc7raw_vecNtB5_11RawVecInner15try_allocate_inCsduwmD7cSIQq_5gimli(ptr sret([24 x i8]) align 8 %_4, i64 %capacity, i1 zeroext false, i64 %elem_layout.0, i64 %elem_layout.1)
  %_5 = load i64, ptr %_4, align 8
  %0 = trunc nuw i64 %_5 to i1
  br i1 %0, label %bb3, label %bb4

bb3:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %_4, i64 8
  %err.0 = load i64, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %1, i64 8
  %err.1 = load i64, ptr %2, align 8
; call alloc::raw_vec::handle_error
  call void @_RNvNtCslNYArtu3iFV_5alloc7raw_vec12handle_error(i64 %err.0, i64 %err.1) #21
  unreachable

bb4:                                              ; preds = %start
  %3 = getelementptr inbounds i8, ptr %_4, i64 8
  %this.0 = load i64, ptr %3, align 8
  %4 = getelementptr inbounds i8, ptr %3, i64 8
  %this.1 = load ptr, ptr %4, align 8
  %5 = icmp eq i64 %elem_layout.1, 0
  br i1 %5, label %bb6, label %bb7

bb6:                                              ; preds = %bb4
  store i64 -1, ptr %self, align 8
  br label %bb5

bb7:                                              ; preds = %bb4
  store i64 %this.0, ptr %self, align 8
  br label %bb5

bb5:                                              ; preds = %bb7, %bb6
  %6 = load i64, ptr %self, align 8
  %_11 = sub i64 %6, 0
  %_7 = icmp ugt i64 %capacity, %_11
  %cond = xor i1 %_7, true
  br label %bb8

bb8:                                              ; preds = %bb5
; call core::hint::assert_unchecked::precondition_check
  call void @_RNvNvNtCsgEmfK2I1SDS_4core4hint16assert_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i1 zeroext %cond, ptr align 8 @alloc_8a557fa53722333f4e14612354d66d02) #19
  br label %bb9

bb9:                                              ; preds = %bb8
  %7 = insertvalue { i64, ptr } poison, i64 %this.0, 0
  %8 = insertvalue { i64, ptr } %7, ptr %this.1, 1
  ret { i64, ptr } %8

bb2:                                              ; No predecessors!
  unreachable
}

; <core::array::iter::iter_inner::PolymorphicIter<[core::mem::maybe_uninit::MaybeUninit<u8>]>>::advance_by
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_RNvMs6_NtNtNtCsgEmfK2I1SDS_4core5array4iter10iter_innerINtB5_15PolymorphicIterSINtNtNtBb_3mem12maybe_uninit11MaybeUninithEE10advance_byCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self.0, i64 %self.1, i64 %n) unnamed_addr #1 {
start:
  %mid = alloca [8 x i8], align 8
  %0 = getelementptr inbounds i8, ptr %self.0, i64 8
  %_19 = load i64, ptr %0, align 8
  %_20 = load i64, ptr %self.0, align 8
  %_14 = sub nuw i64 %_19, %_20
  %_13 = icmp ule i64 %n, %_14
  br i1 %_13, label %bb2, label %bb3

bb3:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %self.0, i64 8
  %2 = load i64, ptr %1, align 8
  store i64 %2, ptr %mid, align 8
  br label %bb4

bb2:                                              ; preds = %start
  %_16 = load i64, ptr %self.0, align 8
  %3 = add nuw i64 %_16, %n
  store i64 %3, ptr %mid, align 8
  br label %bb4

bb4:                                              ; preds = %bb2, %bb3
  %offset = load i64, ptr %self.0, align 8
  %_18 = load i64, ptr %mid, align 8
  %4 = load i64, ptr %mid, align 8
  store i64 %4, ptr %self.0, align 8
  %len = sub nuw i64 %_18, %offset
  %remaining = sub i64 %n, %len
  %slice.0 = getelementptr inbounds i8, ptr %self.0, i64 16
  br label %bb5

bb5:                                              ; preds = %bb4
; call <core::ops::index_range::IndexRange as core::slice::index::SliceIndex<[_]>>::get_unchecked_mut::precondition_check
  call void @_RNvNvXs1_NtNtCsgEmfK2I1SDS_4core5slice5indexNtNtNtBb_3ops11index_range10IndexRangeINtB7_10SliceIndexSpE17get_unchecked_mut18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %_18, i64 %self.1, ptr align 8 @alloc_e1216e05692a96c6f49ae4ec3e2743e1) #19
  br label %bb7

bb7:                                              ; preds = %bb5
  %_29 = getelementptr inbounds nuw i8, ptr %slice.0, i64 %offset
  %5 = icmp eq i64 %len, 0
  br i1 %5, label %bb8, label %bb9

bb8:                                              ; preds = %bb9, %bb7
; call <core::option::Option<core::num::nonzero::NonZero<usize>>>::map_or::<core::result::Result<(), core::num::nonzero::NonZero<usize>>, core::result::Result<(), core::num::nonzero::NonZero<usize>>::Err>
  %_0 = call i64 @_RINvMNtCsgEmfK2I1SDS_4core6optionINtB3_6OptionINtNtNtB5_3num7nonzero7NonZerojEE6map_orINtNtB5_6result6ResultuBI_ENcNtB1m_3Err0ECsaMjm9Dl9vpH_9v0_shapes(i64 %remaining, i64 0) #18
  ret i64 %_0

bb9:                                              ; preds = %bb7
  br label %bb8
}

; <core::array::iter::iter_inner::PolymorphicIter<[core::mem::maybe_uninit::MaybeUninit<u8>]>>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i1, i8 } @_RNvMs6_NtNtNtCsgEmfK2I1SDS_4core5array4iter10iter_innerINtB5_15PolymorphicIterSINtNtNtBb_3mem12maybe_uninit11MaybeUninithEE4nextCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self.0, i64 %self.1) unnamed_addr #1 {
start:
  %f = alloca [16 x i8], align 8
  %_4 = alloca [16 x i8], align 8
  %self = alloca [16 x i8], align 8
  %_0 = alloca [2 x i8], align 1
  %0 = getelementptr inbounds i8, ptr %self.0, i64 8
  %_9 = load i64, ptr %0, align 8
  %_10 = load i64, ptr %self.0, align 8
  %_6 = sub nuw i64 %_9, %_10
  %_5 = icmp ugt i64 %_6, 0
  br i1 %_5, label %bb1, label %bb2

bb2:                                              ; preds = %start
  %1 = load i64, ptr @anon.126b05221e6d9dcebebcf8423d6285f6.0, align 8
  %2 = load i64, ptr getelementptr inbounds (i8, ptr @anon.126b05221e6d9dcebebcf8423d6285f6.0, i64 8), align 8
  store i64 %1, ptr %self, align 8
  %3 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %2, ptr %3, align 8
  %4 = getelementptr inbounds i8, ptr %self.0, i64 16
  store ptr %4, ptr %_4, align 8
  %5 = getelementptr inbounds i8, ptr %_4, i64 8
  store i64 %self.1, ptr %5, align 8
  %6 = load ptr, ptr %_4, align 8
  %7 = getelementptr inbounds i8, ptr %_4, i64 8
  %8 = load i64, ptr %7, align 8
  store ptr %6, ptr %f, align 8
  %9 = getelementptr inbounds i8, ptr %f, i64 8
  store i64 %8, ptr %9, align 8
  store i8 0, ptr %_0, align 1
  br label %bb5

bb1:                                              ; preds = %start
  %value = load i64, ptr %self.0, align 8
  br label %bb3

bb5:                                              ; preds = %bb8, %bb2
  %10 = load i8, ptr %_0, align 1
  %11 = trunc nuw i8 %10 to i1
  %12 = getelementptr inbounds i8, ptr %_0, i64 1
  %13 = load i8, ptr %12, align 1
  %14 = insertvalue { i1, i8 } poison, i1 %11, 0
  %15 = insertvalue { i1, i8 } %14, i8 %13, 1
  ret { i1, i8 } %15

bb3:                                              ; preds = %bb1
; call <usize>::unchecked_add::precondition_check
  call void @_RNvNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %value, i64 1, ptr align 8 @alloc_ce80e79f3c9060ea066a507aad0cbb89) #19
  br label %bb4

bb4:                                              ; preds = %bb3
  %_11 = add nuw i64 %value, 1
  store i64 %_11, ptr %self.0, align 8
  %16 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %value, ptr %16, align 8
  store i64 1, ptr %self, align 8
  %17 = getelementptr inbounds i8, ptr %self.0, i64 16
  store ptr %17, ptr %_4, align 8
  %18 = getelementptr inbounds i8, ptr %_4, i64 8
  store i64 %self.1, ptr %18, align 8
  %19 = load ptr, ptr %_4, align 8
  %20 = getelementptr inbounds i8, ptr %_4, i64 8
  %21 = load i64, ptr %20, align 8
  store ptr %19, ptr %f, align 8
  %22 = getelementptr inbounds i8, ptr %f, i64 8
  store i64 %21, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %self, i64 8
  %x = load i64, ptr %23, align 8
  %_23.0 = load ptr, ptr %_4, align 8
  %24 = getelementptr inbounds i8, ptr %_4, i64 8
  %_23.1 = load i64, ptr %24, align 8
  %self.01 = load ptr, ptr %_4, align 8
  %25 = getelementptr inbounds i8, ptr %_4, i64 8
  %self.12 = load i64, ptr %25, align 8
  br label %bb6

bb6:                                              ; preds = %bb4
  %26 = load ptr, ptr %_4, align 8
  %27 = getelementptr inbounds i8, ptr %_4, i64 8
  %_18 = load i64, ptr %27, align 8
; call <usize as core::slice::index::SliceIndex<[_]>>::get_unchecked::precondition_check
  call void @_RNvNvXs0_NtNtCsgEmfK2I1SDS_4core5slice5indexjINtB7_10SliceIndexSpE13get_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %x, i64 %_18, ptr align 8 @alloc_b9585347369fbb186c3ccfb6c2caba79) #19
  br label %bb8

bb8:                                              ; preds = %bb6
  %28 = load ptr, ptr %_4, align 8
  %29 = getelementptr inbounds i8, ptr %_4, i64 8
  %_20 = load i64, ptr %29, align 8
  %_19 = icmp ult i64 %x, %_20
  %30 = load ptr, ptr %_4, align 8
  %31 = getelementptr inbounds i8, ptr %_4, i64 8
  %32 = load i64, ptr %31, align 8
  %self3 = getelementptr inbounds nuw i8, ptr %30, i64 %x
  %_14 = load i8, ptr %self3, align 1
  %33 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %_14, ptr %33, align 1
  store i8 1, ptr %_0, align 1
  br label %bb5
}

; <core::cell::Cell<bool>>::new
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_RNvMs7_NtCsgEmfK2I1SDS_4core4cellINtB5_4CellbE3newCsaMjm9Dl9vpH_9v0_shapes(i1 zeroext %value) unnamed_addr #1 {
start:
  %_2 = zext i1 %value to i8
  ret i8 %_2
}

; <core::cell::Cell<bool>>::get
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @_RNvMs8_NtCsgEmfK2I1SDS_4core4cellINtB5_4CellbE3getCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self) unnamed_addr #1 {
start:
  %0 = load i8, ptr %self, align 1
  %_0 = trunc nuw i8 %0 to i1
  ret i1 %_0
}

; core::intrinsics::cold_path
; Function Attrs: cold nounwind nonlazybind uwtable
define internal void @_RNvNtCsgEmfK2I1SDS_4core10intrinsics9cold_pathCsaMjm9Dl9vpH_9v0_shapes() unnamed_addr #3 {
start:
  ret void
}

; alloc::fmt::format
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvNtCslNYArtu3iFV_5alloc3fmt6formatCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr %0, ptr %1) unnamed_addr #1 {
start:
  %_2 = alloca [16 x i8], align 8
  %args = alloca [16 x i8], align 8
  store ptr %0, ptr %args, align 8
  %2 = getelementptr inbounds i8, ptr %args, i64 8
  store ptr %1, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %args, i64 8
  %_7 = load ptr, ptr %3, align 8
  %bits = ptrtoint ptr %_7 to i64
  %_8 = and i64 %bits, 1
  %4 = icmp eq i64 %_8, 1
  br i1 %4, label %bb3, label %bb4

bb3:                                              ; preds = %start
  %self = load ptr, ptr %args, align 8
  %len = lshr i64 %bits, 1
  br label %bb5

bb4:                                              ; preds = %start
  %5 = load ptr, ptr @anon.126b05221e6d9dcebebcf8423d6285f6.0, align 8
  %6 = load i64, ptr getelementptr inbounds (i8, ptr @anon.126b05221e6d9dcebebcf8423d6285f6.0, i64 8), align 8
  store ptr %5, ptr %_2, align 8
  %7 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %6, ptr %7, align 8
  br label %bb2

bb5:                                              ; preds = %bb3
; call core::slice::raw::from_raw_parts::precondition_check
  call void @_RNvNvNtNtCsgEmfK2I1SDS_4core5slice3raw14from_raw_parts18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %self, i64 1, i64 1, i64 %len, ptr align 8 @alloc_c744d1012daac153da5bdea777499410) #19
  br label %bb7

bb7:                                              ; preds = %bb5
  store ptr %self, ptr %_2, align 8
  %8 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %len, ptr %8, align 8
  br label %bb2

bb2:                                              ; preds = %bb4, %bb7
  %9 = load ptr, ptr %_2, align 8
  %10 = getelementptr inbounds i8, ptr %_2, i64 8
  %11 = load i64, ptr %10, align 8
; call <core::option::Option<&str>>::map_or_else::<alloc::string::String, alloc::fmt::format::{closure#0}, <str as alloc::borrow::ToOwned>::to_owned>
  call void @_RINvMNtCsgEmfK2I1SDS_4core6optionINtB3_6OptionReE11map_or_elseNtNtCslNYArtu3iFV_5alloc6string6StringNCNvNtB12_3fmt6format0NvYeNtNtB12_6borrow7ToOwned8to_ownedECsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %9, i64 %11, ptr align 8 %args) #18
  ret void
}

; alloc::boxed::box_new_uninit
; Function Attrs: inlinehint nonlazybind uwtable
define internal ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninitCsaMjm9Dl9vpH_9v0_shapes(i64 %layout.0, i64 %layout.1) unnamed_addr #1 {
start:
  %_2 = alloca [16 x i8], align 8
; call <alloc::alloc::Global>::alloc_impl_runtime
  %0 = call { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtimeCsaMjm9Dl9vpH_9v0_shapes(i64 %layout.0, i64 %layout.1, i1 zeroext false) #18
  %1 = extractvalue { ptr, i64 } %0, 0
  %2 = extractvalue { ptr, i64 } %0, 1
  store ptr %1, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %2, ptr %3, align 8
  %4 = load ptr, ptr %_2, align 8
  %5 = getelementptr inbounds i8, ptr %_2, i64 8
  %6 = load i64, ptr %5, align 8
  %7 = ptrtoint ptr %4 to i64
  %8 = icmp eq i64 %7, 0
  %_3 = select i1 %8, i64 1, i64 0
  %9 = trunc nuw i64 %_3 to i1
  br i1 %9, label %bb2, label %bb3

bb2:                                              ; preds = %start
; call alloc::alloc::handle_alloc_error
  call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 %layout.0, i64 %layout.1) #21
  unreachable

bb3:                                              ; preds = %start
  %ptr.0 = load ptr, ptr %_2, align 8
  %10 = getelementptr inbounds i8, ptr %_2, i64 8
  %ptr.1 = load i64, ptr %10, align 8
  ret ptr %ptr.0

bb1:                                              ; No predecessors!
  unreachable
}

; <core::ptr::alignment::Alignment>::new_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB4_9Alignment13new_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %align, ptr align 8 %0) unnamed_addr #4 {
start:
  %1 = alloca [4 x i8], align 4
  %2 = call i64 @llvm.ctpop.i64(i64 %align)
  %3 = trunc i64 %2 to i32
  store i32 %3, ptr %1, align 4
  %_5 = load i32, ptr %1, align 4
  %4 = icmp eq i32 %_5, 1
  br i1 %4, label %bb1, label %bb2

bb1:                                              ; preds = %start
  ret void

bb2:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_0625062a5eee489a7813ee965a38d15a, ptr inttoptr (i64 397 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable
}

; <core::alloc::layout::Layout>::from_size_alignment_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB4_6Layout29from_size_alignment_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %size, i64 %alignment, ptr align 8 %0) unnamed_addr #4 {
start:
  %_7 = sub nuw i64 -9223372036854775808, %alignment
  %_3 = icmp ule i64 %size, %_7
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_8cf3531fd3c828ab298b686071a40c17, ptr inttoptr (i64 519 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb1:                                              ; preds = %start
  ret void
}

; <core::ptr::non_null::NonNull<_>>::new_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvMs1_NtNtCsgEmfK2I1SDS_4core3ptr8non_nullINtB7_7NonNullpE13new_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %ptr, ptr align 8 %0) unnamed_addr #4 {
start:
  %_5 = ptrtoint ptr %ptr to i64
  %1 = icmp eq i64 %_5, 0
  br i1 %1, label %bb1, label %bb2

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_560a59ed819b9d9a5841f6e731c4c8e5, ptr inttoptr (i64 421 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb2:                                              ; preds = %start
  ret void
}

; <usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #4 {
start:
  %_7.0 = add i64 %lhs, %rhs
  %_7.1 = icmp ult i64 %_7.0, %lhs
  br i1 %_7.1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable
}

; <alloc::vec::Vec<_, _>>::set_len::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvMs_NtCslNYArtu3iFV_5alloc3vecINtB6_3VecppE7set_len18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %new_len, i64 %capacity, ptr align 8 %0) unnamed_addr #4 {
start:
  %_3 = icmp ule i64 %new_len, %capacity
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_57d70e9d94c65ecfc15225d29a5ed72b, ptr inttoptr (i64 397 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb1:                                              ; preds = %start
  ret void
}

; core::ptr::copy_nonoverlapping::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvNtCsgEmfK2I1SDS_4core3ptr19copy_nonoverlapping18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %src, ptr %dst, i64 %size, i64 %align, i64 %count, ptr align 8 %0) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %zero_size = alloca [1 x i8], align 1
  %1 = icmp eq i64 %count, 0
  br i1 %1, label %bb1, label %bb2

bb1:                                              ; preds = %start
  store i8 1, ptr %zero_size, align 1
  br label %bb3

bb2:                                              ; preds = %start
  %2 = icmp eq i64 %size, 0
  %3 = zext i1 %2 to i8
  store i8 %3, ptr %zero_size, align 1
  br label %bb3

bb3:                                              ; preds = %bb2, %bb1
  %4 = load i8, ptr %zero_size, align 1
  %is_zst = trunc nuw i8 %4 to i1
; invoke <*const ()>::is_aligned_to
  %_15 = invoke zeroext i1 @_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPu13is_aligned_toCsaMjm9Dl9vpH_9v0_shapes(ptr %src, i64 %align)
          to label %bb15 unwind label %terminate

terminate:                                        ; preds = %bb5, %bb4, %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #17
  unreachable

bb15:                                             ; preds = %bb3
  br i1 %_15, label %bb11, label %bb12

bb12:                                             ; preds = %bb15
  br label %bb7

bb11:                                             ; preds = %bb15
  br i1 %is_zst, label %bb13, label %bb14

bb7:                                              ; preds = %bb14, %bb12
  br label %bb8

bb14:                                             ; preds = %bb11
  %_17 = ptrtoint ptr %src to i64
  %_16 = icmp eq i64 %_17, 0
  %_8 = xor i1 %_16, true
  br i1 %_8, label %bb4, label %bb7

bb13:                                             ; preds = %bb11
  br label %bb4

bb4:                                              ; preds = %bb13, %bb14
; invoke <*const ()>::is_aligned_to
  %_18 = invoke zeroext i1 @_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPu13is_aligned_toCsaMjm9Dl9vpH_9v0_shapes(ptr %dst, i64 %align)
          to label %bb20 unwind label %terminate

bb8:                                              ; preds = %bb6, %bb7
  br label %bb9

bb20:                                             ; preds = %bb4
  br i1 %_18, label %bb16, label %bb17

bb17:                                             ; preds = %bb20
  br label %bb6

bb16:                                             ; preds = %bb20
  %6 = load i8, ptr %zero_size, align 1
  %7 = trunc nuw i8 %6 to i1
  br i1 %7, label %bb18, label %bb19

bb6:                                              ; preds = %bb19, %bb17
  br label %bb8

bb19:                                             ; preds = %bb16
  %_20 = ptrtoint ptr %dst to i64
  %_19 = icmp eq i64 %_20, 0
  %_10 = xor i1 %_19, true
  br i1 %_10, label %bb5, label %bb6

bb18:                                             ; preds = %bb16
  br label %bb5

bb5:                                              ; preds = %bb18, %bb19
; invoke core::ub_checks::maybe_is_nonoverlapping::runtime
  %_6 = invoke zeroext i1 @_RNvNvNtCsgEmfK2I1SDS_4core9ub_checks23maybe_is_nonoverlapping7runtimeCsaMjm9Dl9vpH_9v0_shapes(ptr %src, ptr %dst, i64 %size, i64 %count)
          to label %bb21 unwind label %terminate

bb9:                                              ; preds = %bb21, %bb8
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_bd3468a7b96187f70c1ce98a3e7a63bf, ptr inttoptr (i64 567 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb21:                                             ; preds = %bb5
  br i1 %_6, label %bb10, label %bb9

bb10:                                             ; preds = %bb21
  ret void
}

; core::hint::assert_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvNtCsgEmfK2I1SDS_4core4hint16assert_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i1 zeroext %cond, ptr align 8 %0) unnamed_addr #4 {
start:
  br i1 %cond, label %bb2, label %bb1

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_64e308ef4babfeb8b6220184de794a17, ptr inttoptr (i64 443 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb2:                                              ; preds = %start
  ret void
}

; core::ub_checks::maybe_is_nonoverlapping::runtime
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_RNvNvNtCsgEmfK2I1SDS_4core9ub_checks23maybe_is_nonoverlapping7runtimeCsaMjm9Dl9vpH_9v0_shapes(ptr %src, ptr %dst, i64 %size, i64 %count) unnamed_addr #1 {
start:
  %diff = alloca [8 x i8], align 8
  %_9 = alloca [16 x i8], align 8
  %src_usize = ptrtoint ptr %src to i64
  %dst_usize = ptrtoint ptr %dst to i64
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %size, i64 %count)
  %_13.0 = extractvalue { i64, i1 } %0, 0
  %_13.1 = extractvalue { i64, i1 } %0, 1
  br i1 %_13.1, label %bb1, label %bb3

bb3:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %_9, i64 8
  store i64 %_13.0, ptr %1, align 8
  store i64 1, ptr %_9, align 8
  %2 = getelementptr inbounds i8, ptr %_9, i64 8
  %size1 = load i64, ptr %2, align 8
  %_21 = icmp ult i64 %src_usize, %dst_usize
  br i1 %_21, label %bb4, label %bb5

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking14panic_nounwind(ptr align 1 @alloc_763310d78c99c2c1ad3f8a9821e942f3, i64 61) #23
  unreachable

bb5:                                              ; preds = %bb3
  %3 = sub i64 %src_usize, %dst_usize
  store i64 %3, ptr %diff, align 8
  br label %bb6

bb4:                                              ; preds = %bb3
  %4 = sub i64 %dst_usize, %src_usize
  store i64 %4, ptr %diff, align 8
  br label %bb6

bb6:                                              ; preds = %bb4, %bb5
  %5 = load i64, ptr %diff, align 8
  %_0 = icmp uge i64 %5, %size1
  ret i1 %_0
}

; core::slice::raw::from_raw_parts::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvNtNtCsgEmfK2I1SDS_4core5slice3raw14from_raw_parts18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(ptr %data, i64 %size, i64 %align, i64 %len, ptr align 8 %0) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %max_len = alloca [8 x i8], align 8
; invoke <*const ()>::is_aligned_to
  %_11 = invoke zeroext i1 @_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPu13is_aligned_toCsaMjm9Dl9vpH_9v0_shapes(ptr %data, i64 %align)
          to label %bb8 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #17
  unreachable

bb8:                                              ; preds = %start
  br i1 %_11, label %bb6, label %bb7

bb7:                                              ; preds = %bb8
  br label %bb4

bb6:                                              ; preds = %bb8
  %_13 = ptrtoint ptr %data to i64
  %_12 = icmp eq i64 %_13, 0
  %_5 = xor i1 %_12, true
  br i1 %_5, label %bb1, label %bb4

bb4:                                              ; preds = %bb6, %bb7
  br label %bb5

bb1:                                              ; preds = %bb6
  %2 = icmp eq i64 %size, 0
  br i1 %2, label %bb9, label %bb10

bb5:                                              ; preds = %bb3, %bb4
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_a28e8c8fd5088943a8b5d44af697ff83, ptr inttoptr (i64 559 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb9:                                              ; preds = %bb1
  store i64 -1, ptr %max_len, align 8
  br label %bb11

bb10:                                             ; preds = %bb1
  %3 = udiv i64 9223372036854775807, %size
  store i64 %3, ptr %max_len, align 8
  br label %bb11

bb11:                                             ; preds = %bb10, %bb9
  %4 = load i64, ptr %max_len, align 8
  %_7 = icmp ule i64 %len, %4
  br i1 %_7, label %bb2, label %bb3

bb3:                                              ; preds = %bb11
  br label %bb5

bb2:                                              ; preds = %bb11
  ret void
}

; <usize as core::slice::index::SliceIndex<[_]>>::get_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvXs0_NtNtCsgEmfK2I1SDS_4core5slice5indexjINtB7_10SliceIndexSpE13get_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %this, i64 %len, ptr align 8 %0) unnamed_addr #4 {
start:
  %_3 = icmp ult i64 %this, %len
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_97d92cbf2a68a6ac45a1b13da79836e4, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb1:                                              ; preds = %start
  ret void
}

; <core::ops::index_range::IndexRange as core::slice::index::SliceIndex<[_]>>::get_unchecked_mut::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvXs1_NtNtCsgEmfK2I1SDS_4core5slice5indexNtNtNtBb_3ops11index_range10IndexRangeINtB7_10SliceIndexSpE17get_unchecked_mut18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %end, i64 %len, ptr align 8 %0) unnamed_addr #4 {
start:
  %_3 = icmp ule i64 %end, %len
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_5a8fdd84b3281310cbf6b74bb6bf0065, ptr inttoptr (i64 437 to ptr), i1 zeroext false, ptr align 8 %0) #23
  unreachable

bb1:                                              ; preds = %start
  ret void
}

; <(u8, &str) as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define zeroext i1 @_RNvXs1G_NtCsgEmfK2I1SDS_4core3fmtThReENtB6_5Debug3fmtCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, ptr align 8 %f) unnamed_addr #2 {
start:
  %T = alloca [8 x i8], align 8
  %U = alloca [8 x i8], align 8
  %builder = alloca [24 x i8], align 8
; call <core::fmt::Formatter>::debug_tuple
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter11debug_tuple(ptr sret([24 x i8]) align 8 %builder, ptr align 8 %f, ptr align 1 inttoptr (i64 1 to ptr), i64 0)
  store ptr %self, ptr %U, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  store ptr %0, ptr %T, align 8
; call <core::fmt::builders::DebugTuple>::field
  %_6 = call align 8 ptr @_RNvMs2_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_10DebugTuple5field(ptr align 8 %builder, ptr align 1 %U, ptr align 8 @vtable.3)
; call <core::fmt::builders::DebugTuple>::field
  %_10 = call align 8 ptr @_RNvMs2_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_10DebugTuple5field(ptr align 8 %builder, ptr align 1 %T, ptr align 8 @vtable.4)
; call <core::fmt::builders::DebugTuple>::finish
  %_0 = call zeroext i1 @_RNvMs2_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_10DebugTuple6finish(ptr align 8 %builder)
  ret i1 %_0
}

; <&&str as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define zeroext i1 @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRReNtB6_5Debug3fmtCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, ptr align 8 %f) unnamed_addr #2 {
start:
  %_3 = load ptr, ptr %self, align 8
; call <&str as core::fmt::Debug>::fmt
  %_0 = call zeroext i1 @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtReNtB6_5Debug3fmtCsgY6Mt91CT9J_14rustc_demangle(ptr align 8 %_3, ptr align 8 %f)
  ret i1 %_0
}

; <&(u8, &str) as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define zeroext i1 @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRThReENtB6_5Debug3fmtCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, ptr align 8 %f) unnamed_addr #2 {
start:
  %_3 = load ptr, ptr %self, align 8
; call <(u8, &str) as core::fmt::Debug>::fmt
  %_0 = call zeroext i1 @_RNvXs1G_NtCsgEmfK2I1SDS_4core3fmtThReENtB6_5Debug3fmtCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_3, ptr align 8 %f)
  ret i1 %_0
}

; <str as alloc::borrow::ToOwned>::to_owned
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXs2_NtCslNYArtu3iFV_5alloc3streNtNtB7_6borrow7ToOwned8to_ownedCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %self.0, i64 %self.1) unnamed_addr #1 {
start:
  %bytes = alloca [24 x i8], align 8
; call <u8 as <[_]>::to_vec_in::ConvertVec>::to_vec::<alloc::alloc::Global>
  call void @_RINvXs_NvMNtCslNYArtu3iFV_5alloc5sliceSp9to_vec_inhNtB5_10ConvertVec6to_vecNtNtBa_5alloc6GlobalECsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %bytes, ptr align 1 %self.0, i64 %self.1) #18
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %bytes, i64 24, i1 false)
  ret void
}

; <core::array::iter::IntoIter<u8, 2> as core::iter::traits::iterator::Iterator>::advance_by
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator10advance_byCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, i64 %n) unnamed_addr #1 {
start:
; call <core::array::iter::iter_inner::PolymorphicIter<[core::mem::maybe_uninit::MaybeUninit<u8>]>>::advance_by
  %_0 = call i64 @_RNvMs6_NtNtNtCsgEmfK2I1SDS_4core5array4iter10iter_innerINtB5_15PolymorphicIterSINtNtNtBb_3mem12maybe_uninit11MaybeUninithEE10advance_byCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, i64 2, i64 %n) #18
  ret i64 %_0
}

; <core::array::iter::IntoIter<u8, 2> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i1, i8 } @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator4nextCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self) unnamed_addr #1 {
start:
; call <core::array::iter::iter_inner::PolymorphicIter<[core::mem::maybe_uninit::MaybeUninit<u8>]>>::next
  %0 = call { i1, i8 } @_RNvMs6_NtNtNtCsgEmfK2I1SDS_4core5array4iter10iter_innerINtB5_15PolymorphicIterSINtNtNtBb_3mem12maybe_uninit11MaybeUninithEE4nextCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, i64 2) #18
  %_0.0 = extractvalue { i1, i8 } %0, 0
  %_0.1 = extractvalue { i1, i8 } %0, 1
  %1 = insertvalue { i1, i8 } poison, i1 %_0.0, 0
  %2 = insertvalue { i1, i8 } %1, i8 %_0.1, 1
  ret { i1, i8 } %2
}

; <core::array::iter::IntoIter<u8, 2> as core::iter::traits::iterator::Iterator>::size_hint
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator9size_hintCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_6 = load i64, ptr %0, align 8
  %_7 = load i64, ptr %self, align 8
  %_4 = sub nuw i64 %_6, %_7
  store i64 %_4, ptr %_0, align 8
  %1 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 1, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %1, i64 8
  store i64 %_4, ptr %2, align 8
  ret void
}

; <core::array::iter::IntoIter<u8, 2> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNvXs4_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtB9_3ops4drop4Drop4dropCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self) unnamed_addr #1 {
start:
  br label %bb2

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; No predecessors!
  unreachable

bb3:                                              ; No predecessors!
  unreachable
}

; <alloc::boxed::Box<dyn core::ops::function::FnOnce<(), Output = usize>> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNvXs8_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxDINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuEp6OutputjEL_ENtNtBN_4drop4Drop4dropCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self) unnamed_addr #1 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %ptr.0 = load ptr, ptr %self, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  %ptr.1 = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %4 = load i64, ptr %3, align 8, !invariant.load !3
  %5 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %6 = load i64, ptr %5, align 8, !invariant.load !3
  store i64 %4, ptr %1, align 8
  %size = load i64, ptr %1, align 8
  %7 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %8 = load i64, ptr %7, align 8, !invariant.load !3
  %9 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %10 = load i64, ptr %9, align 8, !invariant.load !3
  store i64 %10, ptr %0, align 8
  %align = load i64, ptr %0, align 8
  br label %bb6

bb6:                                              ; preds = %start
; call <core::ptr::alignment::Alignment>::new_unchecked::precondition_check
  call void @_RNvNvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB4_9Alignment13new_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %align, ptr align 8 @alloc_baf8ef05762bb2cbbccf0ad20ba0c118) #19
  br label %bb7

bb7:                                              ; preds = %bb6
  br label %bb8

bb8:                                              ; preds = %bb7
; call <core::alloc::layout::Layout>::from_size_alignment_unchecked::precondition_check
  call void @_RNvNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB4_6Layout29from_size_alignment_unchecked18precondition_checkCsaMjm9Dl9vpH_9v0_shapes(i64 %size, i64 %align, ptr align 8 @alloc_43b307780025650359e0e1b649546c3c) #19
  br label %bb9

bb9:                                              ; preds = %bb8
  %11 = icmp eq i64 %size, 0
  br i1 %11, label %bb3, label %bb1

bb3:                                              ; preds = %bb1, %bb9
  ret void

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 16
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocateCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %_7, ptr %ptr.0, i64 %align, i64 %size) #18
  br label %bb3
}

; <v0_shapes::Square as v0_shapes::Shape>::area
; Function Attrs: noinline nonlazybind uwtable
define double @_RNvXs_CsaMjm9Dl9vpH_9v0_shapesNtB4_6SquareNtB4_5Shape4area(ptr align 8 %self) unnamed_addr #0 {
start:
  %_2 = load double, ptr %self, align 8
  %_3 = load double, ptr %self, align 8
  %_0 = fmul double %_2, %_3
  ret double %_0
}

; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocateCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self, ptr %ptr, i64 %layout.0, i64 %layout.1) unnamed_addr #1 {
start:
  %0 = icmp eq i64 %layout.1, 0
  br i1 %0, label %bb2, label %bb1

bb2:                                              ; preds = %bb1, %start
  ret void

bb1:                                              ; preds = %start
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr %ptr, i64 %layout.1, i64 %layout.0) #24
  br label %bb2
}

; <[u8; 2] as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define void @_RNvXs_NtNtCsgEmfK2I1SDS_4core5array4iterAhj2_NtNtNtNtB8_4iter6traits7collect12IntoIterator9into_iterCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, i16 %0) unnamed_addr #1 {
start:
  %_6 = alloca [24 x i8], align 8
  %_5 = alloca [24 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %_2 = alloca [2 x i8], align 1
  %1 = alloca [2 x i8], align 2
  %self = alloca [2 x i8], align 1
  store i16 %0, ptr %1, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %self, ptr align 2 %1, i64 2, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_2, ptr align 1 %self, i64 2, i1 false)
  store i64 0, ptr %_3, align 8
  %2 = getelementptr inbounds i8, ptr %_3, i64 8
  store i64 2, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %_3, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 1 %_2, i64 2, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_6, ptr align 8 %_3, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_5, ptr align 8 %_6, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_5, i64 24, i1 false)
  ret void
}

; <alloc::boxed::Box<dyn core::ops::function::FnOnce<(), Output = usize>> as core::ops::function::FnOnce<()>>::call_once
; Function Attrs: nonlazybind uwtable
define i64 @_RNvXst_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxDINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuEp6OutputjEL_EIBJ_uE9call_onceCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, ptr align 8 %self.1) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_3 = alloca [16 x i8], align 8
  %args = alloca [0 x i8], align 1
  store ptr %self.0, ptr %_3, align 8
  %1 = getelementptr inbounds i8, ptr %_3, i64 8
  store ptr %self.1, ptr %1, align 8
  %_8.0 = load ptr, ptr %_3, align 8
  %2 = getelementptr inbounds i8, ptr %_3, i64 8
  %_8.1 = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %_8.1, i64 24
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !nonnull !3
  %_0 = invoke i64 %4(ptr %_8.0)
          to label %bb1 unwind label %cleanup

bb7:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<dyn core::ops::function::FnOnce<(), Output = usize>> as core::ops::drop::Drop>::drop
  invoke void @_RNvXs8_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxDINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuEp6OutputjEL_ENtNtBN_4drop4Drop4dropCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_3) #16
          to label %bb6 unwind label %terminate

cleanup:                                          ; preds = %start
  %5 = landingpad { ptr, i32 }
          cleanup
  %6 = extractvalue { ptr, i32 } %5, 0
  %7 = extractvalue { ptr, i32 } %5, 1
  store ptr %6, ptr %0, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb7

bb1:                                              ; preds = %start
; invoke <alloc::boxed::Box<dyn core::ops::function::FnOnce<(), Output = usize>> as core::ops::drop::Drop>::drop
  invoke void @_RNvXs8_NtCslNYArtu3iFV_5alloc5boxedINtB5_3BoxDINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceuEp6OutputjEL_ENtNtBN_4drop4Drop4dropCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %_3)
          to label %bb5 unwind label %cleanup1

bb4:                                              ; preds = %cleanup1
  br label %bb2

cleanup1:                                         ; preds = %bb1
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = extractvalue { ptr, i32 } %9, 0
  %11 = extractvalue { ptr, i32 } %9, 1
  store ptr %10, ptr %0, align 8
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %11, ptr %12, align 8
  br label %bb4

bb5:                                              ; preds = %bb1
  ret i64 %_0

bb2:                                              ; preds = %bb6, %bb4
  %13 = load ptr, ptr %0, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i32, ptr %14, align 8
  %16 = insertvalue { ptr, i32 } poison, ptr %13, 0
  %17 = insertvalue { ptr, i32 } %16, i32 %15, 1
  resume { ptr, i32 } %17

terminate:                                        ; preds = %bb7
  %18 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #17
  unreachable

bb6:                                              ; preds = %bb7
  br label %bb2
}

; <core::array::iter::IntoIter<u8, 2> as core::iter::traits::iterator::Iterator>::nth
; Function Attrs: inlinehint nonlazybind uwtable
define { i1, i8 } @_RNvYINtNtNtCsgEmfK2I1SDS_4core5array4iter8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator3nthCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, i64 %n) unnamed_addr #1 {
start:
  %self1 = alloca [1 x i8], align 1
  %_0 = alloca [2 x i8], align 1
; call <core::array::iter::IntoIter<u8, 2> as core::iter::traits::iterator::Iterator>::advance_by
  %self2 = call i64 @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator10advance_byCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self, i64 %n) #18
  %0 = icmp eq i64 %self2, 0
  %_6 = select i1 %0, i64 0, i64 1
  %1 = trunc nuw i64 %_6 to i1
  br i1 %1, label %bb4, label %bb5

bb4:                                              ; preds = %start
  store i8 0, ptr %self1, align 1
  store i8 0, ptr %_0, align 1
  br label %bb3

bb5:                                              ; preds = %start
  store i8 1, ptr %self1, align 1
; call <core::array::iter::IntoIter<u8, 2> as core::iter::traits::iterator::Iterator>::next
  %2 = call { i1, i8 } @_RNvXs2_NtNtCsgEmfK2I1SDS_4core5array4iterINtB5_8IntoIterhKj2_ENtNtNtNtB9_4iter6traits8iterator8Iterator4nextCsaMjm9Dl9vpH_9v0_shapes(ptr align 8 %self) #18
  %3 = extractvalue { i1, i8 } %2, 0
  %4 = extractvalue { i1, i8 } %2, 1
  %5 = zext i1 %3 to i8
  store i8 %5, ptr %_0, align 1
  %6 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %4, ptr %6, align 1
  br label %bb3

bb3:                                              ; preds = %bb4, %bb5
  %7 = load i8, ptr %_0, align 1
  %8 = trunc nuw i8 %7 to i1
  %9 = getelementptr inbounds i8, ptr %_0, i64 1
  %10 = load i8, ptr %9, align 1
  %11 = insertvalue { i1, i8 } poison, i1 %8, 0
  %12 = insertvalue { i1, i8 } %11, i8 %10, 1
  ret { i1, i8 } %12

bb2:                                              ; No predecessors!
  unreachable
}

; <v0_shapes::run::{closure#0} as core::ops::function::FnOnce<(&str,)>>::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvYNCNvCsaMjm9Dl9vpH_9v0_shapes3run0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceTReEE9call_onceB6_(ptr align 1 %0, i64 %1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  %_1 = alloca [0 x i8], align 1
  store ptr %0, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %1, ptr %3, align 8
  %4 = load ptr, ptr %_2, align 8
  %5 = getelementptr inbounds i8, ptr %_2, i64 8
  %6 = load i64, ptr %5, align 8
; invoke v0_shapes::run::{closure#0}
  %7 = invoke { ptr, i64 } @_RNCNvCsaMjm9Dl9vpH_9v0_shapes3run0B3_(ptr align 1 %_1, ptr align 1 %4, i64 %6)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds i8, ptr %2, i64 8
  %10 = load i32, ptr %9, align 8
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12

cleanup:                                          ; preds = %start
  %13 = landingpad { ptr, i32 }
          cleanup
  %14 = extractvalue { ptr, i32 } %13, 0
  %15 = extractvalue { ptr, i32 } %13, 1
  store ptr %14, ptr %2, align 8
  %16 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %15, ptr %16, align 8
  br label %bb3

bb1:                                              ; preds = %start
  %_0.0 = extractvalue { ptr, i64 } %7, 0
  %_0.1 = extractvalue { ptr, i64 } %7, 1
  %17 = insertvalue { ptr, i64 } poison, ptr %_0.0, 0
  %18 = insertvalue { ptr, i64 } %17, i64 %_0.1, 1
  ret { ptr, i64 } %18
}

; <v0_shapes::reified::{closure#0} as core::ops::function::FnOnce<(u8,)>>::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal i8 @_RNvYNCNvCsaMjm9Dl9vpH_9v0_shapes7reified0INtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceThEE9call_onceB6_(i8 %0) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_2 = alloca [1 x i8], align 1
  %_1 = alloca [0 x i8], align 1
  store i8 %0, ptr %_2, align 1
  %2 = load i8, ptr %_2, align 1
; invoke v0_shapes::reified::{closure#0}
  %_0 = invoke i8 @_RNCNvCsaMjm9Dl9vpH_9v0_shapes7reified0B3_(ptr align 1 %_1, i8 %2)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %3 = load ptr, ptr %1, align 8
  %4 = getelementptr inbounds i8, ptr %1, i64 8
  %5 = load i32, ptr %4, align 8
  %6 = insertvalue { ptr, i32 } poison, ptr %3, 0
  %7 = insertvalue { ptr, i32 } %6, i32 %5, 1
  resume { ptr, i32 } %7

cleanup:                                          ; preds = %start
  %8 = landingpad { ptr, i32 }
          cleanup
  %9 = extractvalue { ptr, i32 } %8, 0
  %10 = extractvalue { ptr, i32 } %8, 1
  store ptr %9, ptr %1, align 8
  %11 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %10, ptr %11, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret i8 %_0
}

; <core::result::Result<(), core::num::nonzero::NonZero<usize>>::Err as core::ops::function::FnOnce<(core::num::nonzero::NonZero<usize>,)>>::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_RNvYNcNtINtNtCsgEmfK2I1SDS_4core6result6ResultuINtNtNtBb_3num7nonzero7NonZerojEE3Err0INtNtNtBb_3ops8function6FnOnceTBJ_EE9call_onceCsaMjm9Dl9vpH_9v0_shapes(i64 %0) unnamed_addr #1 {
start:
  %_2 = alloca [8 x i8], align 8
  store i64 %0, ptr %_2, align 8
  %1 = load i64, ptr %_2, align 8
; call core::result::Result::<(), core::num::nonzero::NonZero<usize>>::Err
  %_0 = call i64 @_RNcNtINtNtCsgEmfK2I1SDS_4core6result6ResultuINtNtNtB8_3num7nonzero7NonZerojEE3Err0CsaMjm9Dl9vpH_9v0_shapes(i64 %1) #18
  ret i64 %_0
}

; <<str as alloc::borrow::ToOwned>::to_owned as core::ops::function::FnOnce<(&str,)>>::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvYNvYeNtNtCslNYArtu3iFV_5alloc6borrow7ToOwned8to_ownedINtNtNtCsgEmfK2I1SDS_4core3ops8function6FnOnceTReEE9call_onceCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %0, i64 %1) unnamed_addr #1 {
start:
  %_2 = alloca [16 x i8], align 8
  store ptr %0, ptr %_2, align 8
  %2 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %1, ptr %2, align 8
  %3 = load ptr, ptr %_2, align 8
  %4 = getelementptr inbounds i8, ptr %_2, i64 8
  %5 = load i64, ptr %4, align 8
; call <str as alloc::borrow::ToOwned>::to_owned
  call void @_RNvXs2_NtCslNYArtu3iFV_5alloc3streNtNtB7_6borrow7ToOwned8to_ownedCsaMjm9Dl9vpH_9v0_shapes(ptr sret([24 x i8]) align 8 %_0, ptr align 1 %3, i64 %5) #18
  ret void
}

; <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_RNvYQDNtNtNtNtCsgEmfK2I1SDS_4core4iter6traits8iterator8Iteratorp4ItemhEL_B4_5countCsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, ptr align 8 %self.1) unnamed_addr #1 {
start:
; call <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::fold::<usize, <&mut dyn core::iter::traits::iterator::Iterator<Item = u8> as core::iter::traits::iterator::Iterator>::count::{closure#0}>
  %_0 = call i64 @_RINvXs0_NtNtNtCsgEmfK2I1SDS_4core4iter6traits8iteratorQDNtB6_8Iteratorp4ItemhEL_BS_4foldjNCNvYBQ_B1g_5count0ECsaMjm9Dl9vpH_9v0_shapes(ptr align 1 %self.0, ptr align 8 %self.1, i64 0)
  ret i64 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; <alloc::vec::Vec<u8> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXso_NtCslNYArtu3iFV_5alloc3vecINtB5_3VechENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCsduwmD7cSIQq_5gimli(ptr align 8) unnamed_addr #2

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #7

; <alloc::raw_vec::RawVec<u8> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXs1_NtCslNYArtu3iFV_5alloc7raw_vecINtB5_6RawVechENtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4dropCsduwmD7cSIQq_5gimli(ptr align 8) unnamed_addr #2

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #8

; alloc::fmt::format::format_inner
; Function Attrs: nonlazybind uwtable
declare void @_RNvNvNtCslNYArtu3iFV_5alloc3fmt6format12format_inner(ptr sret([24 x i8]) align 8, ptr, ptr) unnamed_addr #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fptoui.sat.i64.f64(double) #9

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #10

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #7

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #5

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64, i64 allocalign) unnamed_addr #11

; __rustc::__rust_alloc_zeroed
; Function Attrs: nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable
declare noalias ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64, i64 allocalign) unnamed_addr #12

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #9

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #8

; <alloc::raw_vec::RawVecInner>::try_allocate_in
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs4_NtCslNYArtu3iFV_5alloc7raw_vecNtB5_11RawVecInner15try_allocate_inCsduwmD7cSIQq_5gimli(ptr sret([24 x i8]) align 8, i64, i1 zeroext, i64, i64) unnamed_addr #2

; alloc::raw_vec::handle_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc7raw_vec12handle_error(i64, i64) unnamed_addr #13

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64, i64) unnamed_addr #13

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #14

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #9

; core::panicking::panic_nounwind
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking14panic_nounwind(ptr align 1, i64) unnamed_addr #14

; <core::fmt::Formatter>::debug_tuple
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter11debug_tuple(ptr sret([24 x i8]) align 8, ptr align 8, ptr align 1, i64) unnamed_addr #2

; <&u8 as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtRhNtB6_5Debug3fmtCsgY6Mt91CT9J_14rustc_demangle(ptr align 8, ptr align 8) unnamed_addr #2

; <core::fmt::builders::DebugTuple>::field
; Function Attrs: nonlazybind uwtable
declare align 8 ptr @_RNvMs2_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_10DebugTuple5field(ptr align 8, ptr align 1, ptr align 8) unnamed_addr #2

; <core::fmt::builders::DebugTuple>::finish
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvMs2_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_10DebugTuple6finish(ptr align 8) unnamed_addr #2

; <&str as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvXs1g_NtCsgEmfK2I1SDS_4core3fmtReNtB6_5Debug3fmtCsgY6Mt91CT9J_14rustc_demangle(ptr align 8, ptr align 8) unnamed_addr #2

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr captures(address), i64, i64) unnamed_addr #15

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #16 = { cold }
attributes #17 = { cold noreturn nounwind }
attributes #18 = { inlinehint }
attributes #19 = { inlinehint nounwind }
attributes #20 = { noinline noreturn }
attributes #21 = { noreturn }
attributes #22 = { noinline }
attributes #23 = { noinline noreturn nounwind }
attributes #24 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
