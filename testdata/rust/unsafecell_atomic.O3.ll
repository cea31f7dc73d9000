; ModuleID = 'unsafecell_atomic.8e64b83678df73ac-cgu.0'
source_filename = "unsafecell_atomic.8e64b83678df73ac-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }
%"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { %"core::ptr::unique::Unique<dyn core::ops::function::FnOnce() + core::marker::Send>", %"alloc::alloc::Global" }
%"core::ptr::unique::Unique<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { %"core::ptr::non_null::NonNull<dyn core::ops::function::FnOnce() + core::marker::Send>", %"core::marker::PhantomData<dyn core::ops::function::FnOnce() + core::marker::Send>" }
%"core::ptr::non_null::NonNull<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { { ptr, ptr } }
%"core::marker::PhantomData<dyn core::ops::function::FnOnce() + core::marker::Send>" = type {}
%"alloc::alloc::Global" = type {}

@alloc_e3605bf48dd8479a638909176cc37fce = private unnamed_addr constant [22 x i8] c"failed to spawn thread", align 1
@alloc_ac3c4e69c0cf013c504e8d949189a5f7 = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/functions.rs\00", align 1
@alloc_0246dd9f5900f3685febed10b072f357 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ac3c4e69c0cf013c504e8d949189a5f7, [16 x i8] c"S\00\00\00\00\00\00\00\83\00\00\00\1D\00\00\00" }>, align 8
@alloc_61558cb9a577ce15a3c5c3a0394cab82 = private unnamed_addr constant [39 x i8] c"testdata/rust/src/unsafecell_atomic.rs\00", align 1
@alloc_16ee61f994825e0f5b516e7870b96126 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_61558cb9a577ce15a3c5c3a0394cab82, [16 x i8] c"&\00\00\00\00\00\00\00>\00\00\00\18\00\00\00" }>, align 8
@alloc_99934ceadea2ef3a7bbccbd3e4b2fedc = private unnamed_addr constant [74 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/mod.rs\00", align 1
@alloc_8d68fcbc011419193bd208f22e2789d1 = private unnamed_addr constant [28 x i8] c"failed to write whole buffer", align 1
@alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2 = private unnamed_addr constant <{ ptr, [9 x i8], [7 x i8] }> <{ ptr @alloc_8d68fcbc011419193bd208f22e2789d1, [9 x i8] c"\1C\00\00\00\00\00\00\00\17", [7 x i8] undef }>, align 8
@alloc_a2b462ac72db38b51a27d3bbf062bd3b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_99934ceadea2ef3a7bbccbd3e4b2fedc, [16 x i8] c"I\00\00\00\00\00\00\00Y\07\00\00$\00\00\00" }>, align 8
@vtable.1 = private constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h8bf6da869877331eE", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5717043c7ba856bbE", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5717043c7ba856bbE" }>, align 8, !dbg !0
@vtable.2 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr160drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h22ff0337c0dee1f6E", [16 x i8] c"0\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5ea2cfebfda75f06E" }>, align 8, !dbg !24
@_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN = external local_unnamed_addr global %"core::sync::atomic::AtomicUsize"
@alloc_7a0078e56453c84a4274ce689b2bb39a = private unnamed_addr constant [14 x i8] c"RUST_MIN_STACK", align 1
@alloc_987f9181f01088182face37be6d0a1cd = private unnamed_addr constant [41 x i8] c"threads should not terminate unexpectedly", align 1
@alloc_d71163240bab68464d47d4f464e0e58e = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/lifecycle.rs\00", align 1
@alloc_c8fa0f44c6d4fbb5209642c5dc0b0954 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\F7\00\00\00\0E\00\00\00" }>, align 8
@alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\FB\00\00\00\0E\00\00\00" }>, align 8
@vtable.3 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha37060210876742eE", [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt }>, align 8, !dbg !437
@vtable.4 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17hb649dc38a0f5f76fE" }>, align 8, !dbg !553
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@alloc_58f213f5b48e0bea76ba0b429606a6b5 = private unnamed_addr constant [62 x i8] c"fatal runtime error: thread result panicked on drop, aborting\0A", align 1
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; unsafecell_atomic::main
; Function Attrs: nonlazybind uwtable
define hidden void @_ZN17unsafecell_atomic4main17h901c69b48ff231d5E() unnamed_addr #0 personality ptr @rust_eh_personality !dbg !689 {
start:
  %e.i15 = alloca [8 x i8], align 8
  %self1.i.i.i.i = alloca [24 x i8], align 8
  %self1.i.i.i = alloca [24 x i8], align 8
  %_51.i.i = alloca [48 x i8], align 8
  %_33.i.i = alloca [24 x i8], align 8
  %_30.i.i = alloca [48 x i8], align 8
  %rust_start.i.i = alloca [48 x i8], align 8
  %my_packet.i.i = alloca [8 x i8], align 8
  %hooks.i.i = alloca [32 x i8], align 8
  %thread.i.i = alloca [8 x i8], align 8
  %f.i.i = alloca [8 x i8], align 8
  %name.i = alloca [24 x i8], align 8
  %e.i = alloca [16 x i8], align 8
  %self1 = alloca [24 x i8], align 8
    #dbg_declare(ptr poison, !712, !DIExpression(DW_OP_LLVM_fragment, 328, 56), !807)
    #dbg_declare(ptr poison, !812, !DIExpression(DW_OP_LLVM_fragment, 328, 56), !823)
  %join_handle = alloca [24 x i8], align 8
  %shared_atomic = alloca [8 x i8], align 8
    #dbg_declare(ptr %shared_atomic, !692, !DIExpression(), !824)
    #dbg_declare(ptr %join_handle, !696, !DIExpression(), !825)
    #dbg_declare(ptr %self1, !826, !DIExpression(), !833)
    #dbg_value(i64 0, !835, !DIExpression(), !845)
    #dbg_value(i64 1, !847, !DIExpression(), !857)
    #dbg_value(i8 0, !856, !DIExpression(), !857)
    #dbg_value(i64 1, !869, !DIExpression(), !879)
    #dbg_value(i8 0, !876, !DIExpression(), !879)
    #dbg_declare(ptr poison, !881, !DIExpression(), !888)
  call void @llvm.lifetime.start.p0(ptr nonnull %shared_atomic), !dbg !890
    #dbg_value(i64 1, !891, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !902)
    #dbg_value(i64 1, !891, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !902)
    #dbg_value(i64 0, !891, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !902)
    #dbg_value(i64 8, !904, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !928)
    #dbg_value(i64 8, !930, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !956)
    #dbg_value(i64 8, !958, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !966)
    #dbg_value(i64 24, !904, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !928)
    #dbg_value(i64 24, !930, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !956)
    #dbg_value(i64 24, !958, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !966)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !955, !DIExpression(), !956)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !964, !DIExpression(), !966)
    #dbg_value(i8 0, !965, !DIExpression(), !966)
    #dbg_value(i64 8, !968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !998)
    #dbg_value(i64 8, !1000, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1003)
    #dbg_value(i64 24, !968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !998)
    #dbg_value(i64 24, !1000, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1003)
    #dbg_value(i1 false, !974, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !998)
    #dbg_value(i64 24, !975, !DIExpression(), !1005)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !dbg !1006, !noalias !1007
; call __rustc::__rust_alloc
  %0 = tail call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 24, i64 noundef 8) #21, !dbg !1010, !noalias !1007
  %1 = icmp eq ptr %0, null, !dbg !1011
  br i1 %1, label %bb2.i11, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit, !dbg !1012, !prof !1013

bb2.i11:                                          ; preds = %start
; call alloc::alloc::handle_alloc_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 24) #22, !dbg !1014, !noalias !1007
  unreachable, !dbg !1014

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit: ; preds = %start
    #dbg_value(ptr %0, !899, !DIExpression(), !1015)
  store i64 1, ptr %0, align 8, !dbg !1016
  %_13.sroa.4.0..sroa_idx = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !1016
  store i64 1, ptr %_13.sroa.4.0..sroa_idx, align 8, !dbg !1016
  %_13.sroa.5.0..sroa_idx = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !1016
  store i64 0, ptr %_13.sroa.5.0..sroa_idx, align 8, !dbg !1016
    #dbg_value(ptr %0, !842, !DIExpression(), !1017)
    #dbg_value(ptr %0, !1018, !DIExpression(), !1024)
  store ptr %0, ptr %shared_atomic, align 8, !dbg !1026
    #dbg_value(ptr %shared_atomic, !865, !DIExpression(), !1028)
    #dbg_value(ptr %0, !855, !DIExpression(), !1029)
    #dbg_value(ptr %0, !875, !DIExpression(), !879)
  %2 = atomicrmw add ptr %0, i64 1 monotonic, align 8, !dbg !1030
    #dbg_value(i64 %2, !866, !DIExpression(), !1031)
  %_21 = icmp slt i64 %2, 0, !dbg !1032
  br i1 %_21, label %bb10, label %bb30.i.i, !dbg !1032

bb30.i.i:                                         ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
    #dbg_value(ptr %0, !887, !DIExpression(), !1033)
    #dbg_value(ptr %0, !694, !DIExpression(), !1034)
  call void @llvm.lifetime.start.p0(ptr nonnull %join_handle), !dbg !1035
    #dbg_value(ptr %0, !821, !DIExpression(), !1036)
    #dbg_value(ptr %0, !813, !DIExpression(), !1037)
    #dbg_value(i64 -9223372036854775808, !812, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1037)
    #dbg_value(i64 -9223372036854775808, !712, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1038)
    #dbg_value(i64 0, !812, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1037)
    #dbg_value(i64 0, !712, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1038)
    #dbg_value(i8 0, !812, !DIExpression(DW_OP_LLVM_fragment, 320, 8), !1037)
    #dbg_value(i8 0, !712, !DIExpression(DW_OP_LLVM_fragment, 320, 8), !1038)
  call void @llvm.lifetime.start.p0(ptr nonnull %name.i), !dbg !1039
    #dbg_value(ptr %0, !780, !DIExpression(), !1038)
    #dbg_declare(ptr %name.i, !781, !DIExpression(), !1040)
  store i64 -9223372036854775808, ptr %name.i, align 8, !dbg !1039, !noalias !1041
    #dbg_value(i64 0, !783, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1044)
    #dbg_value(i64 undef, !783, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1044)
    #dbg_value(i1 false, !784, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1044)
  call void @llvm.lifetime.start.p0(ptr nonnull %f.i.i), !noalias !1045
    #dbg_value(i64 0, !1047, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1113)
    #dbg_value(i64 0, !1115, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1147)
    #dbg_value(i64 undef, !1047, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1113)
    #dbg_value(i64 undef, !1115, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1147)
    #dbg_value(ptr null, !1070, !DIExpression(), !1113)
  store ptr %0, ptr %f.i.i, align 8, !noalias !1149
    #dbg_declare(ptr %name.i, !1068, !DIExpression(), !1153)
    #dbg_value(i1 false, !1069, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1113)
    #dbg_declare(ptr %f.i.i, !1071, !DIExpression(), !1154)
    #dbg_declare(ptr %thread.i.i, !1076, !DIExpression(), !1155)
    #dbg_declare(ptr %hooks.i.i, !1078, !DIExpression(), !1156)
    #dbg_declare(ptr %my_packet.i.i, !1080, !DIExpression(), !1157)
    #dbg_declare(ptr %rust_start.i.i, !1086, !DIExpression(), !1158)
    #dbg_declare(ptr poison, !1144, !DIExpression(), !1159)
    #dbg_value(i64 1, !1160, !DIExpression(), !1165)
    #dbg_value(i8 0, !1164, !DIExpression(), !1165)
    #dbg_value(i64 1, !1176, !DIExpression(), !1181)
    #dbg_value(i8 0, !1180, !DIExpression(), !1181)
    #dbg_declare(ptr poison, !1183, !DIExpression(), !1190)
    #dbg_value(i64 1, !1160, !DIExpression(), !1192)
    #dbg_value(i8 0, !1164, !DIExpression(), !1192)
    #dbg_value(i64 1, !1176, !DIExpression(), !1222)
    #dbg_value(i8 0, !1180, !DIExpression(), !1222)
    #dbg_declare(ptr poison, !1225, !DIExpression(), !1234)
    #dbg_declare(ptr %self1.i.i.i, !1236, !DIExpression(), !1272)
    #dbg_value(i8 0, !1274, !DIExpression(), !1281)
    #dbg_declare(ptr poison, !1269, !DIExpression(), !1283)
    #dbg_value(i64 2097152, !1284, !DIExpression(), !1293)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1295, !DIExpression(), !1303)
    #dbg_value(i8 0, !1302, !DIExpression(), !1303)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1280, !DIExpression(), !1281)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1305, !DIExpression(), !1312)
    #dbg_value(i8 0, !1311, !DIExpression(), !1312)
  %3 = load atomic i64, ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN monotonic, align 8, !dbg !1314, !noalias !1149
    #dbg_value(i64 %3, !1230, !DIExpression(), !1315)
  %4 = icmp eq i64 %3, 0, !dbg !1316
  br i1 %4, label %bb2.i50.i.i, label %bb1.i.i.i, !dbg !1316

bb2.i50.i.i:                                      ; preds = %bb30.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %self1.i.i.i), !dbg !1317, !noalias !1149
    #dbg_value(ptr @alloc_7a0078e56453c84a4274ce689b2bb39a, !1318, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1327)
    #dbg_value(i64 14, !1318, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1327)
; invoke std::env::_var_os
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(address) dereferenceable(24) %self1.i.i.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_7a0078e56453c84a4274ce689b2bb39a, i64 noundef 14)
          to label %.noexc.i.i unwind label %cleanup.thread.i.i, !dbg !1329, !noalias !1149

.noexc.i.i:                                       ; preds = %bb2.i50.i.i
  %5 = load i64, ptr %self1.i.i.i, align 8, !dbg !1330, !range !1331, !noalias !1149, !noundef !23
  %.not.i.i.i = icmp eq i64 %5, -9223372036854775808, !dbg !1330
  br i1 %.not.i.i.i, label %bb10.i.i.i, label %bb8.i.i.i, !dbg !1332

bb1.i.i.i:                                        ; preds = %bb30.i.i
  %6 = add i64 %3, -1, !dbg !1333
    #dbg_value(i64 %6, !1232, !DIExpression(), !1334)
  br label %bb29.i.i, !dbg !1335

bb8.i.i.i:                                        ; preds = %.noexc.i.i
    #dbg_value(i64 %5, !1270, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1336)
  %x.sroa.5.0.self1.sroa_idx.i.i.i = getelementptr inbounds nuw i8, ptr %self1.i.i.i, i64 8, !dbg !1337
  %x.sroa.5.0.copyload.i.i.i = load ptr, ptr %x.sroa.5.0.self1.sroa_idx.i.i.i, align 8, !dbg !1337, !noalias !1149, !nonnull !23, !noundef !23
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1270, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1336)
  %x.sroa.6.0.self1.sroa_idx.i.i.i = getelementptr inbounds nuw i8, ptr %self1.i.i.i, i64 16, !dbg !1337
  %x.sroa.6.0.copyload.i.i.i = load i64, ptr %x.sroa.6.0.self1.sroa_idx.i.i.i, align 8, !dbg !1337, !noalias !1149
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !1270, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1336)
    #dbg_value(i64 %5, !1338, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1344)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1338, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1344)
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !1338, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1344)
    #dbg_declare(ptr poison, !1343, !DIExpression(), !1346)
    #dbg_declare(ptr %self1.i.i.i.i, !1347, !DIExpression(), !1399)
    #dbg_declare(ptr poison, !1424, !DIExpression(), !1437)
    #dbg_value(i32 10, !1439, !DIExpression(), !1465)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1418, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1488)
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !1418, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1488)
  call void @llvm.lifetime.start.p0(ptr nonnull %self1.i.i.i.i), !dbg !1489, !noalias !1490
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1493, !DIExpression(), !1505)
; invoke core::str::converts::from_utf8
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(none) dereferenceable(24) %self1.i.i.i.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %x.sroa.5.0.copyload.i.i.i, i64 noundef %x.sroa.6.0.copyload.i.i.i)
          to label %bb4.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !1507, !noalias !1490

cleanup.i.i.i.i:                                  ; preds = %bb8.i.i.i
  %7 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1508, !DIExpression(), !1515)
    #dbg_value(ptr poison, !1517, !DIExpression(), !1525)
    #dbg_value(ptr poison, !1527, !DIExpression(), !1535)
    #dbg_value(ptr poison, !1537, !DIExpression(), !1545)
    #dbg_value(ptr poison, !1547, !DIExpression(), !1555)
    #dbg_value(ptr poison, !1557, !DIExpression(), !1568)
    #dbg_value(i64 1, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1568)
    #dbg_value(i64 1, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1568)
    #dbg_value(ptr poison, !1570, !DIExpression(), !1599)
    #dbg_value(i64 1, !1594, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1599)
    #dbg_value(i64 1, !1594, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1599)
  %8 = icmp eq i64 %5, 0, !dbg !1601
  br i1 %8, label %bb25.i.i, label %bb2.i.i.i4.i.i.i.i.i.i.i, !dbg !1601

bb2.i.i.i4.i.i.i.i.i.i.i:                         ; preds = %cleanup.i.i.i.i
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1565, !DIExpression(), !1602)
    #dbg_value(i64 1, !1567, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1602)
    #dbg_value(i64 %5, !1567, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1602)
    #dbg_value(ptr poison, !1603, !DIExpression(), !1610)
    #dbg_value(ptr poison, !1612, !DIExpression(), !1618)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1608, !DIExpression(), !1610)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1616, !DIExpression(), !1618)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1620, !DIExpression(), !1627)
    #dbg_value(i64 1, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1610)
    #dbg_value(i64 1, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1618)
    #dbg_value(i64 1, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1627)
    #dbg_value(i64 1, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1635)
    #dbg_value(i64 %5, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1610)
    #dbg_value(i64 %5, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1618)
    #dbg_value(i64 %5, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1627)
    #dbg_value(i64 %5, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1635)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1634, !DIExpression(), !1635)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %x.sroa.5.0.copyload.i.i.i, i64 noundef %5, i64 noundef range(i64 1, -9223372036854775807) 1) #21, !dbg !1637, !noalias !1490
  br label %bb25.i.i, !dbg !1638

bb4.i.i.i.i:                                      ; preds = %bb8.i.i.i
  %_16.i.i.i.i = load i64, ptr %self1.i.i.i.i, align 8, !dbg !1639, !range !1640, !noalias !1490, !noundef !23
  %9 = trunc nuw i64 %_16.i.i.i.i to i1, !dbg !1641
  br i1 %9, label %bb6.i.i.i.i, label %bb7.i.i.i.i, !dbg !1641

bb6.i.i.i.i:                                      ; preds = %bb4.i.i.i.i
    #dbg_value(ptr poison, !1434, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1642)
    #dbg_value(i64 poison, !1434, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1642)
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i.i), !dbg !1643, !noalias !1490
  br label %bb8.i.i.i.i, !dbg !1644

bb7.i.i.i.i:                                      ; preds = %bb4.i.i.i.i
  %10 = getelementptr inbounds nuw i8, ptr %self1.i.i.i.i, i64 8, !dbg !1645
  %x.0.i.i.i.i = load ptr, ptr %10, align 8, !dbg !1645, !noalias !1490, !nonnull !23, !align !1646, !noundef !23
  %11 = getelementptr inbounds nuw i8, ptr %self1.i.i.i.i, i64 16, !dbg !1645
  %x.1.i.i.i.i = load i64, ptr %11, align 8, !dbg !1645, !noalias !1490, !noundef !23
    #dbg_value(ptr %x.0.i.i.i.i, !1434, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1642)
    #dbg_value(i64 %x.1.i.i.i.i, !1434, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1642)
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i.i), !dbg !1643, !noalias !1490
    #dbg_value(ptr %x.0.i.i.i.i, !1435, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1647)
    #dbg_value(ptr %x.0.i.i.i.i, !1486, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1648)
    #dbg_value(ptr %x.0.i.i.i.i, !1478, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1649)
    #dbg_value(ptr %x.0.i.i.i.i, !1472, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1650)
    #dbg_value(ptr %x.0.i.i.i.i, !1464, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1465)
    #dbg_value(i64 %x.1.i.i.i.i, !1435, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1647)
    #dbg_value(i64 %x.1.i.i.i.i, !1486, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1648)
    #dbg_value(i64 %x.1.i.i.i.i, !1478, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1649)
    #dbg_value(i64 %x.1.i.i.i.i, !1472, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1650)
    #dbg_value(i64 %x.1.i.i.i.i, !1464, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1465)
    #dbg_value(ptr %x.0.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1715)
    #dbg_value(ptr %x.0.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1717)
    #dbg_value(i64 %x.1.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1715)
    #dbg_value(i64 %x.1.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1717)
    #dbg_value(i32 10, !1660, !DIExpression(), !1715)
    #dbg_value(i32 10, !1718, !DIExpression(), !1725)
    #dbg_value(i8 0, !1661, !DIExpression(), !1727)
    #dbg_value(i8 0, !1723, !DIExpression(), !1725)
  switch i64 %x.1.i.i.i.i, label %bb9thread-pre-split.i.i.i.i.i [
    i64 0, label %bb8.i.i.i.i
    i64 1, label %bb7.i.i.i.i.i
  ], !dbg !1728

bb7.i.i.i.i.i:                                    ; preds = %bb7.i.i.i.i
  %12 = load i8, ptr %x.0.i.i.i.i, align 1, !dbg !1729, !alias.scope !1730, !noalias !1733, !noundef !23
  switch i8 %12, label %bb9.i.i.i.i.i [
    i8 43, label %bb8.i.i.i.i
    i8 45, label %bb8.i.i.i.i
  ], !dbg !1729

bb9thread-pre-split.i.i.i.i.i:                    ; preds = %bb7.i.i.i.i
  %.pr.i.i.i.i.i = load i8, ptr %x.0.i.i.i.i, align 1, !dbg !1729, !alias.scope !1730, !noalias !1733
  br label %bb9.i.i.i.i.i, !dbg !1729

bb9.i.i.i.i.i:                                    ; preds = %bb9thread-pre-split.i.i.i.i.i, %bb7.i.i.i.i.i
  %13 = phi i8 [ %.pr.i.i.i.i.i, %bb9thread-pre-split.i.i.i.i.i ], [ %12, %bb7.i.i.i.i.i ], !dbg !1729
  %cond.i.i.i.i.i = icmp eq i8 %13, 43, !dbg !1729
  %rest.1.i.i.i.i.i = sext i1 %cond.i.i.i.i.i to i64, !dbg !1729
  %src.sroa.15.0.i.i.i.i.i = add nsw i64 %x.1.i.i.i.i, %rest.1.i.i.i.i.i, !dbg !1729
  %src.sroa.0.0.idx.i.i.i.i.i = zext i1 %cond.i.i.i.i.i to i64, !dbg !1729
  %src.sroa.0.0.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %x.0.i.i.i.i, i64 %src.sroa.0.0.idx.i.i.i.i.i, !dbg !1729
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1717)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1715)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1717)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1715)
    #dbg_value(i64 0, !1672, !DIExpression(), !1735)
    #dbg_value(i64 0, !1736, !DIExpression(), !1750)
    #dbg_value(i64 0, !1752, !DIExpression(), !1762)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1724, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1725)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1724, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1725)
  %_10.i.i.i.i.i = icmp samesign ult i64 %src.sroa.15.0.i.i.i.i.i, 17
  br i1 %_10.i.i.i.i.i, label %bb15.preheader.i.i.i.i.i, label %bb22.i.i.i.i.i, !dbg !1764

bb15.preheader.i.i.i.i.i:                         ; preds = %bb9.i.i.i.i.i
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1717)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1715)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1717)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1715)
    #dbg_value(i64 0, !1752, !DIExpression(), !1762)
    #dbg_value(i64 0, !1736, !DIExpression(), !1750)
    #dbg_value(i64 0, !1672, !DIExpression(), !1735)
  %_13.not62.i.i.i.i.i = icmp eq i64 %src.sroa.15.0.i.i.i.i.i, 0, !dbg !1765
  br i1 %_13.not62.i.i.i.i.i, label %bb8.i.i.i.i, label %bb16.i.i.i.i.i, !dbg !1765

bb22.i.i.i.i.i:                                   ; preds = %bb9.i.i.i.i.i, %bb33.i.i.i.i.i
  %result.sroa.0.0.i.i.i.i.i = phi i64 [ %_66.0.i.i.i.i.i, %bb33.i.i.i.i.i ], [ 0, %bb9.i.i.i.i.i ], !dbg !1717
  %src.sroa.15.1.i.i.i.i.i = phi i64 [ %rest.13.i.i.i.i.i, %bb33.i.i.i.i.i ], [ %src.sroa.15.0.i.i.i.i.i, %bb9.i.i.i.i.i ], !dbg !1727
  %src.sroa.0.1.i.i.i.i.i = phi ptr [ %rest.02.i.i.i.i.i, %bb33.i.i.i.i.i ], [ %src.sroa.0.0.i.i.i.i.i, %bb9.i.i.i.i.i ], !dbg !1727
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1717)
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1715)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1717)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1715)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !1752, !DIExpression(), !1762)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !1736, !DIExpression(), !1750)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !1672, !DIExpression(), !1735)
  %_30.not.i.not.i.i.i.i = icmp eq i64 %src.sroa.15.1.i.i.i.i.i, 0, !dbg !1766
  br i1 %_30.not.i.not.i.i.i.i, label %bb8.i.i.i.i, label %bb23.i.i.i.i.i, !dbg !1766

bb23.i.i.i.i.i:                                   ; preds = %bb22.i.i.i.i.i
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1689, !DIExpression(), !1767)
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1691, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !1767)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !1691, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1767)
    #dbg_value(i64 10, !1743, !DIExpression(), !1750)
    #dbg_value(i64 10, !1761, !DIExpression(), !1762)
  %14 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %result.sroa.0.0.i.i.i.i.i, i64 10), !dbg !1768
  %_60.1.i.i.i.i.i = extractvalue { i64, i1 } %14, 1, !dbg !1768
    #dbg_value(i1 %_60.1.i.i.i.i.i, !1746, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1769)
    #dbg_value(i1 %_60.1.i.i.i.i.i, !1770, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1777)
    #dbg_value(i64 poison, !1744, !DIExpression(), !1769)
  br i1 %_60.1.i.i.i.i.i, label %bb8.i.i.i.i, label %bb33.i.i.i.i.i, !dbg !1779, !prof !1013

bb33.i.i.i.i.i:                                   ; preds = %bb23.i.i.i.i.i
  %_60.0.i.i.i.i.i = extractvalue { i64, i1 } %14, 0, !dbg !1768
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1744, !DIExpression(), !1769)
  %rest.13.i.i.i.i.i = add nsw i64 %src.sroa.15.1.i.i.i.i.i, -1, !dbg !1780
    #dbg_value(i64 %rest.13.i.i.i.i.i, !1691, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1767)
  %rest.02.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %src.sroa.0.1.i.i.i.i.i, i64 1, !dbg !1780
    #dbg_value(ptr %rest.02.i.i.i.i.i, !1691, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1767)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1692, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1781)
    #dbg_value(i64 1, !1692, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1781)
  %15 = load i8, ptr %src.sroa.0.1.i.i.i.i.i, align 1, !dbg !1782, !alias.scope !1730, !noalias !1733, !noundef !23
  %16 = zext i8 %15 to i32, !dbg !1783
    #dbg_value(i32 %16, !1784, !DIExpression(), !1808)
    #dbg_value(i32 10, !1805, !DIExpression(), !1808)
    #dbg_value(i32 65, !1810, !DIExpression(), !1817)
    #dbg_value(i32 48, !1810, !DIExpression(), !1819)
    #dbg_value(i32 %16, !1816, !DIExpression(), !1819)
  %17 = add nsw i32 %16, -48, !dbg !1821
    #dbg_value(i32 %17, !1806, !DIExpression(), !1822)
  %_14.i.i.i.i.i.i = icmp ugt i32 %17, 9, !dbg !1823
  %18 = zext nneg i32 %17 to i64
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1672, !DIExpression(), !1735)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1736, !DIExpression(), !1750)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1752, !DIExpression(), !1762)
  %_66.0.i.i.i.i.i = add i64 %_60.0.i.i.i.i.i, %18
  %_66.1.i.i.i.i.i = icmp ult i64 %_66.0.i.i.i.i.i, %_60.0.i.i.i.i.i
    #dbg_value(i1 %_66.1.i.i.i.i.i, !1770, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1824)
  %or.cond.i.i.i.i = select i1 %_14.i.i.i.i.i.i, i1 true, i1 %_66.1.i.i.i.i.i, !dbg !1831, !prof !1832
  br i1 %or.cond.i.i.i.i, label %bb8.i.i.i.i, label %bb22.i.i.i.i.i, !dbg !1831, !prof !1832

bb16.i.i.i.i.i:                                   ; preds = %bb15.preheader.i.i.i.i.i, %bb20.i.i.i.i.i
  %src.sroa.0.265.i.i.i.i.i = phi ptr [ %rest.010.i.i.i.i.i, %bb20.i.i.i.i.i ], [ %src.sroa.0.0.i.i.i.i.i, %bb15.preheader.i.i.i.i.i ]
  %src.sroa.15.264.i.i.i.i.i = phi i64 [ %rest.111.i.i.i.i.i, %bb20.i.i.i.i.i ], [ %src.sroa.15.0.i.i.i.i.i, %bb15.preheader.i.i.i.i.i ]
  %result.sroa.0.263.i.i.i.i.i = phi i64 [ %21, %bb20.i.i.i.i.i ], [ 0, %bb15.preheader.i.i.i.i.i ]
    #dbg_value(ptr %src.sroa.0.265.i.i.i.i.i, !1674, !DIExpression(), !1833)
    #dbg_value(ptr %src.sroa.0.265.i.i.i.i.i, !1677, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !1833)
    #dbg_value(i64 %src.sroa.15.264.i.i.i.i.i, !1677, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1833)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !1672, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !1735)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !1736, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !1750)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !1752, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !1762)
  %_20.i.i.i.i.i = load i8, ptr %src.sroa.0.265.i.i.i.i.i, align 1, !dbg !1834, !alias.scope !1730, !noalias !1733, !noundef !23
  %_19.i.i.i.i.i = zext i8 %_20.i.i.i.i.i to i32, !dbg !1835
    #dbg_value(i32 %_19.i.i.i.i.i, !1784, !DIExpression(), !1836)
    #dbg_value(i32 10, !1805, !DIExpression(), !1836)
    #dbg_value(i32 65, !1810, !DIExpression(), !1838)
    #dbg_value(i32 48, !1810, !DIExpression(), !1840)
    #dbg_value(i32 %_19.i.i.i.i.i, !1816, !DIExpression(), !1840)
  %19 = add nsw i32 %_19.i.i.i.i.i, -48, !dbg !1842
    #dbg_value(i32 %19, !1806, !DIExpression(), !1843)
  %_14.i52.i.i.i.i.i = icmp ugt i32 %19, 9, !dbg !1844
  br i1 %_14.i52.i.i.i.i.i, label %bb8.i.i.i.i, label %bb20.i.i.i.i.i, !dbg !1845

bb20.i.i.i.i.i:                                   ; preds = %bb16.i.i.i.i.i
  %20 = mul i64 %result.sroa.0.263.i.i.i.i.i, 10, !dbg !1846
    #dbg_value(i64 %20, !1672, !DIExpression(), !1735)
    #dbg_value(i64 %20, !1736, !DIExpression(), !1750)
    #dbg_value(i64 %20, !1752, !DIExpression(), !1762)
  %rest.111.i.i.i.i.i = add nsw i64 %src.sroa.15.264.i.i.i.i.i, -1, !dbg !1847
    #dbg_value(i64 %rest.111.i.i.i.i.i, !1677, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1833)
  %rest.010.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %src.sroa.0.265.i.i.i.i.i, i64 1, !dbg !1847
    #dbg_value(ptr %rest.010.i.i.i.i.i, !1677, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1833)
    #dbg_value(i32 %19, !1678, !DIExpression(), !1848)
  %_24.i.i.i.i.i = zext nneg i32 %19 to i64, !dbg !1849
  %21 = add i64 %20, %_24.i.i.i.i.i, !dbg !1850
    #dbg_value(ptr %rest.010.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1717)
    #dbg_value(ptr %rest.010.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1715)
    #dbg_value(i64 %rest.111.i.i.i.i.i, !1665, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1717)
    #dbg_value(i64 %rest.111.i.i.i.i.i, !1651, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1715)
    #dbg_value(i64 %21, !1752, !DIExpression(), !1762)
    #dbg_value(i64 %21, !1736, !DIExpression(), !1750)
    #dbg_value(i64 %21, !1672, !DIExpression(), !1735)
  %_13.not.i.i.i.i.i = icmp eq i64 %rest.111.i.i.i.i.i, 0, !dbg !1765
  br i1 %_13.not.i.i.i.i.i, label %bb8.i.i.i.i, label %bb16.i.i.i.i.i, !dbg !1765

bb8.i.i.i.i:                                      ; preds = %bb33.i.i.i.i.i, %bb23.i.i.i.i.i, %bb22.i.i.i.i.i, %bb20.i.i.i.i.i, %bb16.i.i.i.i.i, %bb15.preheader.i.i.i.i.i, %bb7.i.i.i.i.i, %bb7.i.i.i.i.i, %bb7.i.i.i.i, %bb6.i.i.i.i
  %_0.sroa.0.1.i.i.i.i = phi i64 [ 2097152, %bb6.i.i.i.i ], [ 0, %bb15.preheader.i.i.i.i.i ], [ 2097152, %bb7.i.i.i.i.i ], [ 2097152, %bb7.i.i.i.i ], [ 2097152, %bb7.i.i.i.i.i ], [ %21, %bb20.i.i.i.i.i ], [ 2097152, %bb16.i.i.i.i.i ], [ 2097152, %bb33.i.i.i.i.i ], [ 2097152, %bb23.i.i.i.i.i ], [ %result.sroa.0.0.i.i.i.i.i, %bb22.i.i.i.i.i ], !dbg !1642
    #dbg_value(ptr poison, !1508, !DIExpression(), !1851)
    #dbg_value(ptr poison, !1517, !DIExpression(), !1853)
    #dbg_value(ptr poison, !1527, !DIExpression(), !1855)
    #dbg_value(ptr poison, !1537, !DIExpression(), !1857)
    #dbg_value(ptr poison, !1547, !DIExpression(), !1859)
    #dbg_value(ptr poison, !1557, !DIExpression(), !1861)
    #dbg_value(i64 1, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1861)
    #dbg_value(i64 1, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1861)
    #dbg_value(ptr poison, !1570, !DIExpression(), !1863)
    #dbg_value(i64 1, !1594, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1863)
    #dbg_value(i64 1, !1594, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1863)
  %22 = icmp eq i64 %5, 0, !dbg !1865
  br i1 %22, label %bb10.i.i.i, label %bb2.i.i.i4.i.i.i10.i.i.i.i, !dbg !1865

bb2.i.i.i4.i.i.i10.i.i.i.i:                       ; preds = %bb8.i.i.i.i
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1565, !DIExpression(), !1866)
    #dbg_value(i64 1, !1567, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1866)
    #dbg_value(i64 %5, !1567, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1866)
    #dbg_value(ptr poison, !1603, !DIExpression(), !1867)
    #dbg_value(ptr poison, !1612, !DIExpression(), !1869)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1608, !DIExpression(), !1867)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1616, !DIExpression(), !1869)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1620, !DIExpression(), !1871)
    #dbg_value(i64 1, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1867)
    #dbg_value(i64 1, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1869)
    #dbg_value(i64 1, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1871)
    #dbg_value(i64 1, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1873)
    #dbg_value(i64 %5, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1867)
    #dbg_value(i64 %5, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1869)
    #dbg_value(i64 %5, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1871)
    #dbg_value(i64 %5, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1873)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1634, !DIExpression(), !1873)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %x.sroa.5.0.copyload.i.i.i, i64 noundef %5, i64 noundef range(i64 1, -9223372036854775807) 1) #21, !dbg !1875, !noalias !1490
  br label %bb10.i.i.i, !dbg !1876

bb10.i.i.i:                                       ; preds = %bb2.i.i.i4.i.i.i10.i.i.i.i, %bb8.i.i.i.i, %.noexc.i.i
  %amt.sroa.0.0.i.i.i = phi i64 [ %_0.sroa.0.1.i.i.i.i, %bb2.i.i.i4.i.i.i10.i.i.i.i ], [ %_0.sroa.0.1.i.i.i.i, %bb8.i.i.i.i ], [ 2097152, %.noexc.i.i ], !dbg !1293
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i), !dbg !1877, !noalias !1149
    #dbg_value(i64 %amt.sroa.0.0.i.i.i, !1232, !DIExpression(), !1334)
  %val.i.i.i = add i64 %amt.sroa.0.0.i.i.i, 1, !dbg !1878
    #dbg_value(i64 %val.i.i.i, !1301, !DIExpression(), !1303)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1879, !DIExpression(), !1886)
    #dbg_value(i64 %val.i.i.i, !1884, !DIExpression(), !1886)
    #dbg_value(i8 0, !1885, !DIExpression(), !1886)
  store atomic i64 %val.i.i.i, ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN monotonic, align 8, !dbg !1888, !noalias !1149
  br label %bb29.i.i, !dbg !1335

bb26.i.i:                                         ; preds = %bb2.i.i.i.i.i.i, %bb17.i.i
  br i1 %_45.sroa.0.2.i.i, label %bb25.i.thread.i, label %bb5, !dbg !1889

cleanup.thread.i.i:                               ; preds = %bb1.i.i, %bb29.i.i, %bb2.i50.i.i
  %lpad.thr_comm.i.i = landingpad { ptr, i32 }
          cleanup
  br label %bb25.i.i, !dbg !1889

bb29.i.i:                                         ; preds = %bb10.i.i.i, %bb1.i.i.i
  %stack_size1.sroa.0.0.i.i = phi i64 [ %6, %bb1.i.i.i ], [ %amt.sroa.0.0.i.i.i, %bb10.i.i.i ], !dbg !1147
    #dbg_value(i64 %stack_size1.sroa.0.0.i.i, !1072, !DIExpression(), !1890)
; invoke <std::thread::id::ThreadId>::new
  %id.i.i = invoke noundef i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new()
          to label %bb1.i.i unwind label %cleanup.thread.i.i, !dbg !1891, !noalias !1149

bb1.i.i:                                          ; preds = %bb29.i.i
    #dbg_value(i64 %id.i.i, !1074, !DIExpression(), !1892)
  call void @llvm.lifetime.start.p0(ptr nonnull %thread.i.i), !dbg !1893, !noalias !1149
; invoke <std::thread::thread::Thread>::new
  %23 = invoke noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef %id.i.i, ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %name.i)
          to label %bb3.i.i unwind label %cleanup.thread.i.i, !dbg !1894, !noalias !1895

bb3.i.i:                                          ; preds = %bb1.i.i
  store ptr %23, ptr %thread.i.i, align 8, !dbg !1894, !noalias !1149
  call void @llvm.lifetime.start.p0(ptr nonnull %hooks.i.i), !dbg !1896, !noalias !1149
; invoke std::thread::spawnhook::run_spawn_hooks
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr noalias noundef nonnull sret([32 x i8]) align 8 captures(none) dereferenceable(32) %hooks.i.i, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(8) %thread.i.i)
          to label %bb5.i.i unwind label %cleanup11.i.i, !dbg !1897, !noalias !1149

bb17.i.i:                                         ; preds = %bb23.i.i, %bb2.i.i68.i.i, %bb16.i.i, %bb24.i.i, %cleanup11.i.i
  %_45.sroa.0.2.i.i = phi i1 [ true, %bb23.i.i ], [ false, %bb24.i.i ], [ true, %cleanup11.i.i ], [ false, %bb16.i.i ], [ false, %bb2.i.i68.i.i ], !dbg !1113
  %.pn.pn.i.i = phi { ptr, i32 } [ %31, %bb23.i.i ], [ %33, %bb24.i.i ], [ %26, %cleanup11.i.i ], [ %eh.lpad-body10.i.i, %bb16.i.i ], [ %eh.lpad-body10.i.i, %bb2.i.i68.i.i ]
  call void @llvm.experimental.noalias.scope.decl(metadata !1898), !dbg !1901
    #dbg_value(ptr %thread.i.i, !1902, !DIExpression(), !1910)
  call void @llvm.experimental.noalias.scope.decl(metadata !1912), !dbg !1915
    #dbg_value(ptr %thread.i.i, !1916, !DIExpression(), !1924)
  call void @llvm.experimental.noalias.scope.decl(metadata !1926), !dbg !1929
    #dbg_value(ptr %thread.i.i, !1930, !DIExpression(), !1938)
  call void @llvm.experimental.noalias.scope.decl(metadata !1940), !dbg !1943
    #dbg_value(ptr %thread.i.i, !1944, !DIExpression(), !1951)
    #dbg_value(ptr %thread.i.i, !1953, !DIExpression(), !1960)
    #dbg_value(i64 1, !1962, !DIExpression(), !1968)
    #dbg_value(i8 1, !1967, !DIExpression(), !1968)
    #dbg_value(i64 1, !1970, !DIExpression(), !1975)
    #dbg_value(i8 1, !1974, !DIExpression(), !1975)
  %_10.i.i.i.i.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !1977, !alias.scope !1985, !noalias !1149, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i.i, !1966, !DIExpression(), !1986)
    #dbg_value(ptr %_10.i.i.i.i.i.i, !1973, !DIExpression(), !1975)
  %24 = atomicrmw sub ptr %_10.i.i.i.i.i.i, i64 1 release, align 8, !dbg !1987, !noalias !1988
  %25 = icmp eq i64 %24, 1, !dbg !1989
  br i1 %25, label %bb2.i.i.i.i.i.i, label %bb26.i.i, !dbg !1989

bb2.i.i.i.i.i.i:                                  ; preds = %bb17.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !1995)
  fence acquire, !dbg !1997
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %thread.i.i) #23
          to label %bb26.i.i unwind label %terminate.i.i, !dbg !1998, !noalias !1149

cleanup11.i.i:                                    ; preds = %bb3.i.i
  %26 = landingpad { ptr, i32 }
          cleanup
  br label %bb17.i.i

bb5.i.i:                                          ; preds = %bb3.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %my_packet.i.i), !dbg !1999, !noalias !1149
    #dbg_value(ptr null, !2000, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2009)
    #dbg_value(i64 0, !2000, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2009)
  call void @llvm.lifetime.start.p0(ptr nonnull %_51.i.i), !dbg !2011, !noalias !1149
  store i64 1, ptr %_51.i.i, align 8, !dbg !2011, !noalias !1149
  %27 = getelementptr inbounds nuw i8, ptr %_51.i.i, i64 8, !dbg !2011
  store i64 1, ptr %27, align 8, !dbg !2011, !noalias !1149
  %28 = getelementptr inbounds nuw i8, ptr %_51.i.i, i64 16, !dbg !2011
    #dbg_declare(ptr %_51.i.i, !2012, !DIExpression(), !2020)
    #dbg_value(i64 8, !904, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2022)
    #dbg_value(i64 8, !930, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2024)
    #dbg_value(i64 8, !958, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2026)
    #dbg_value(i64 48, !904, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2022)
    #dbg_value(i64 48, !930, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2024)
    #dbg_value(i64 48, !958, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2026)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !955, !DIExpression(), !2024)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !964, !DIExpression(), !2026)
    #dbg_value(i8 0, !965, !DIExpression(), !2026)
    #dbg_value(i64 8, !968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2028)
    #dbg_value(i64 8, !1000, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2030)
    #dbg_value(i64 48, !968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2028)
    #dbg_value(i64 48, !1000, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2030)
    #dbg_value(i1 false, !974, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2028)
    #dbg_value(i64 48, !975, !DIExpression(), !2032)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %28, i8 0, i64 16, i1 false), !dbg !2011, !noalias !1149
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !dbg !2033, !noalias !2034
; call __rustc::__rust_alloc
  %29 = call noundef align 8 dereferenceable_or_null(48) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 48, i64 noundef 8) #21, !dbg !2037, !noalias !2034
  %30 = icmp eq ptr %29, null, !dbg !2038
  br i1 %30, label %bb2.i53.i.i, label %bb33.i.i, !dbg !2039, !prof !1013

bb2.i53.i.i:                                      ; preds = %bb5.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 48) #22
          to label %.noexc54.i.i unwind label %cleanup.i45.i.i, !dbg !2040, !noalias !1149

.noexc54.i.i:                                     ; preds = %bb2.i53.i.i
  unreachable, !dbg !2040

cleanup.i45.i.i:                                  ; preds = %bb2.i53.i.i
  %31 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_51.i.i, !2041, !DIExpression(), !2046)
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h6779cd8a99696d9fE"(ptr noalias noundef align 8 dereferenceable(32) %28)
          to label %bb23.i.i unwind label %terminate.i46.i.i, !dbg !2048, !noalias !1149

terminate.i46.i.i:                                ; preds = %cleanup.i45.i.i
  %32 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2049, !noalias !1149
  unreachable, !dbg !2049

bb24.i.i:                                         ; preds = %bb2.i.i.i.i
  %33 = landingpad { ptr, i32 }
          cleanup
  br label %bb17.i.i, !dbg !2050

bb33.i.i:                                         ; preds = %bb5.i.i
    #dbg_value(ptr %29, !2017, !DIExpression(), !2051)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %29, ptr noundef nonnull align 8 dereferenceable(48) %_51.i.i, i64 48, i1 false), !dbg !2052, !noalias !1149
    #dbg_value(ptr %29, !2006, !DIExpression(), !2053)
  call void @llvm.lifetime.end.p0(ptr nonnull %_51.i.i), !dbg !2054, !noalias !1149
    #dbg_value(ptr %29, !2055, !DIExpression(), !2061)
  store ptr %29, ptr %my_packet.i.i, align 8, !dbg !2063, !noalias !1149
    #dbg_value(ptr %my_packet.i.i, !1172, !DIExpression(), !2065)
    #dbg_value(ptr %29, !1163, !DIExpression(), !2066)
    #dbg_value(ptr %29, !1179, !DIExpression(), !1181)
  %34 = atomicrmw add ptr %29, i64 1 monotonic, align 8, !dbg !2067, !noalias !1149
    #dbg_value(i64 %34, !1173, !DIExpression(), !2068)
  %_59.i.i = icmp slt i64 %34, 0, !dbg !2069
  br i1 %_59.i.i, label %bb34.i.i, label %bb35.i.i, !dbg !2069

bb35.i.i:                                         ; preds = %bb33.i.i
    #dbg_value(ptr %29, !1189, !DIExpression(), !2070)
    #dbg_value(ptr %29, !1082, !DIExpression(), !2071)
    #dbg_value(ptr %0, !1084, !DIExpression(), !2072)
  call void @llvm.lifetime.start.p0(ptr nonnull %rust_start.i.i), !dbg !2073, !noalias !1149
  %35 = getelementptr inbounds nuw i8, ptr %rust_start.i.i, i64 40, !dbg !2074
  store ptr %0, ptr %35, align 8, !dbg !2074, !noalias !1149
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %rust_start.i.i, ptr noundef nonnull align 8 dereferenceable(32) %hooks.i.i, i64 32, i1 false), !dbg !2074, !noalias !1149
  %36 = getelementptr inbounds nuw i8, ptr %rust_start.i.i, i64 32, !dbg !2074
  store ptr %29, ptr %36, align 8, !dbg !2074, !noalias !1149
  %37 = getelementptr inbounds nuw i8, ptr %29, i64 16, !dbg !2075
  %38 = load ptr, ptr %37, align 8, !dbg !2075, !noalias !1149, !noundef !23
  %.not.i.i = icmp eq ptr %38, null, !dbg !2075
  br i1 %.not.i.i, label %bb8.i.i, label %bb6.i.i, !dbg !2076

bb34.i.i:                                         ; preds = %bb33.i.i
  call void @llvm.trap(), !dbg !2077
  unreachable, !dbg !2077

bb6.i.i:                                          ; preds = %bb35.i.i
    #dbg_value(ptr %29, !1088, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !2078)
    #dbg_value(ptr %29, !2079, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !2085)
  %_26.i.i = getelementptr inbounds nuw i8, ptr %38, i64 16, !dbg !2087
; invoke <std::thread::scoped::ScopeData>::increment_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8 %_26.i.i)
          to label %bb8.i.i unwind label %bb21.i.i, !dbg !2088, !noalias !1149

bb8.i.i:                                          ; preds = %bb6.i.i, %bb35.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %_30.i.i), !dbg !2089, !noalias !1149
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %_30.i.i, ptr noundef nonnull align 8 dereferenceable(48) %rust_start.i.i, i64 48, i1 false), !dbg !2089, !noalias !1149
    #dbg_declare(ptr %_30.i.i, !2090, !DIExpression(), !2100)
    #dbg_value(i64 8, !904, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2102)
    #dbg_value(i64 8, !930, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2104)
    #dbg_value(i64 8, !958, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2106)
    #dbg_value(i64 48, !904, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2102)
    #dbg_value(i64 48, !930, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2104)
    #dbg_value(i64 48, !958, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2106)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !955, !DIExpression(), !2104)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !964, !DIExpression(), !2106)
    #dbg_value(i8 0, !965, !DIExpression(), !2106)
    #dbg_value(i64 8, !968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2108)
    #dbg_value(i64 8, !1000, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2110)
    #dbg_value(i64 48, !968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2108)
    #dbg_value(i64 48, !1000, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2110)
    #dbg_value(i1 false, !974, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2108)
    #dbg_value(i64 48, !975, !DIExpression(), !2112)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !dbg !2113, !noalias !2114
; call __rustc::__rust_alloc
  %39 = call noundef align 8 dereferenceable_or_null(48) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 48, i64 noundef 8) #21, !dbg !2117, !noalias !2114
  %40 = icmp eq ptr %39, null, !dbg !2118
  br i1 %40, label %bb2.i56.i.i, label %bb9.i.i, !dbg !2119, !prof !1013

bb2.i56.i.i:                                      ; preds = %bb8.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 48) #22
          to label %.noexc57.i.i unwind label %cleanup.i38.i.i, !dbg !2120, !noalias !1149

.noexc57.i.i:                                     ; preds = %bb2.i56.i.i
  unreachable, !dbg !2120

cleanup.i38.i.i:                                  ; preds = %bb2.i56.i.i
  %41 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<unsafecell_atomic::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr160drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h22ff0337c0dee1f6E"(ptr noalias noundef nonnull align 8 dereferenceable(48) %_30.i.i) #25
          to label %bb16.i.i unwind label %terminate.i39.i.i, !dbg !2121, !noalias !1149

terminate.i39.i.i:                                ; preds = %cleanup.i38.i.i
  %42 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2122, !noalias !1149
  unreachable, !dbg !2122

cleanup17.body.i.i:                               ; preds = %bb10.i.i
  %43 = landingpad { ptr, i32 }
          cleanup
  br label %bb16.i.i, !dbg !2123

bb9.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(ptr %39, !2096, !DIExpression(), !2124)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %39, ptr noundef nonnull align 8 dereferenceable(48) %rust_start.i.i, i64 48, i1 false), !dbg !2125, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %_30.i.i), !dbg !2126, !noalias !1149
    #dbg_value(ptr %39, !1091, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2127)
    #dbg_value(ptr @vtable.2, !1091, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2127)
  call void @llvm.lifetime.start.p0(ptr nonnull %_33.i.i), !dbg !2128, !noalias !1149
    #dbg_value(ptr %thread.i.i, !1220, !DIExpression(), !2129)
    #dbg_value(ptr %thread.i.i, !1211, !DIExpression(), !2130)
    #dbg_value(ptr %thread.i.i, !1200, !DIExpression(), !2131)
    #dbg_value(ptr %thread.i.i, !2132, !DIExpression(), !2135)
  %_92.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2137, !noalias !1149, !nonnull !23, !noundef !23
    #dbg_value(ptr %_92.i.i, !1163, !DIExpression(), !2141)
    #dbg_value(ptr %_92.i.i, !1179, !DIExpression(), !1222)
  %44 = atomicrmw add ptr %_92.i.i, i64 1 monotonic, align 8, !dbg !2142, !noalias !1149
    #dbg_value(i64 %44, !1201, !DIExpression(), !2143)
  %_87.i.i = icmp slt i64 %44, 0, !dbg !2144
  br i1 %_87.i.i, label %bb40.i.i, label %bb41.i.i, !dbg !2144

bb41.i.i:                                         ; preds = %bb9.i.i
  %ptr24.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2145, !noalias !1149, !nonnull !23, !noundef !23
  store ptr %ptr24.i.i, ptr %_33.i.i, align 8, !dbg !2128, !noalias !1149
  %45 = getelementptr inbounds nuw i8, ptr %_33.i.i, i64 8, !dbg !2128
  store ptr %39, ptr %45, align 8, !dbg !2128, !noalias !1149
  %46 = getelementptr inbounds nuw i8, ptr %_33.i.i, i64 16, !dbg !2128
  store ptr @vtable.2, ptr %46, align 8, !dbg !2128, !noalias !1149
    #dbg_declare(ptr %_33.i.i, !2146, !DIExpression(), !2156)
    #dbg_value(i64 8, !904, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2158)
    #dbg_value(i64 8, !930, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2160)
    #dbg_value(i64 8, !958, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2162)
    #dbg_value(i64 24, !904, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2158)
    #dbg_value(i64 24, !930, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2160)
    #dbg_value(i64 24, !958, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2162)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !955, !DIExpression(), !2160)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !964, !DIExpression(), !2162)
    #dbg_value(i8 0, !965, !DIExpression(), !2162)
    #dbg_value(i64 8, !968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2164)
    #dbg_value(i64 8, !1000, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2166)
    #dbg_value(i64 24, !968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2164)
    #dbg_value(i64 24, !1000, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2166)
    #dbg_value(i1 false, !974, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2164)
    #dbg_value(i64 24, !975, !DIExpression(), !2168)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !dbg !2169, !noalias !2170
; call __rustc::__rust_alloc
  %47 = call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 24, i64 noundef 8) #21, !dbg !2173, !noalias !2170
  %48 = icmp eq ptr %47, null, !dbg !2174
  br i1 %48, label %bb2.i59.i.i, label %bb10.i.i, !dbg !2175, !prof !1013

bb2.i59.i.i:                                      ; preds = %bb41.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 24) #22
          to label %.noexc60.i.i unwind label %cleanup.i.i.i, !dbg !2176, !noalias !1149

.noexc60.i.i:                                     ; preds = %bb2.i59.i.i
  unreachable, !dbg !2176

cleanup.i.i.i:                                    ; preds = %bb2.i59.i.i
  %49 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
  invoke fastcc void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h2470e3438f1cfa6fE"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_33.i.i) #25
          to label %bb16.i.i unwind label %terminate.i.i.i, !dbg !2177, !noalias !1149

terminate.i.i.i:                                  ; preds = %cleanup.i.i.i
  %50 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2178, !noalias !1149
  unreachable, !dbg !2178

bb40.i.i:                                         ; preds = %bb9.i.i
  call void @llvm.trap(), !dbg !2179
  unreachable, !dbg !2179

bb10.i.i:                                         ; preds = %bb41.i.i
    #dbg_value(ptr %47, !2151, !DIExpression(), !2180)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %47, ptr noundef nonnull align 8 dereferenceable(24) %_33.i.i, i64 24, i1 false), !dbg !2181, !noalias !1149
    #dbg_value(ptr %47, !1102, !DIExpression(), !2182)
  call void @llvm.lifetime.end.p0(ptr nonnull %_33.i.i), !dbg !2183, !noalias !1149
; invoke <std::sys::thread::unix::Thread>::new
  %51 = invoke { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef %stack_size1.sroa.0.0.i.i, ptr noalias noundef nonnull align 8 %47)
          to label %bb11.i.i unwind label %cleanup17.body.i.i, !dbg !2184, !noalias !1149

bb11.i.i:                                         ; preds = %bb10.i.i
  %52 = extractvalue { i64, ptr } %51, 0, !dbg !2184
  %53 = extractvalue { i64, ptr } %51, 1, !dbg !2184
    #dbg_value(i64 %52, !2185, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2228)
    #dbg_value(ptr %53, !2185, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2228)
  %54 = trunc nuw i64 %52 to i1, !dbg !2230
  br i1 %54, label %bb43.i.i, label %bb13, !dbg !2230

bb43.i.i:                                         ; preds = %bb11.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %rust_start.i.i), !dbg !2123, !noalias !1149
    #dbg_value(ptr %my_packet.i.i, !2231, !DIExpression(), !2239)
    #dbg_value(ptr %my_packet.i.i, !2241, !DIExpression(), !2247)
    #dbg_value(i64 1, !2249, !DIExpression(), !2254)
    #dbg_value(i8 1, !2253, !DIExpression(), !2254)
    #dbg_value(i64 1, !2256, !DIExpression(), !2261)
    #dbg_value(i8 1, !2260, !DIExpression(), !2261)
    #dbg_value(ptr %29, !2252, !DIExpression(), !2263)
    #dbg_value(ptr %29, !2259, !DIExpression(), !2261)
  %55 = atomicrmw sub ptr %29, i64 1 release, align 8, !dbg !2264, !noalias !2265
  %56 = icmp eq i64 %55, 1, !dbg !2270
  br i1 %56, label %bb2.i.i.i.i, label %bb13.i.i, !dbg !2270

bb2.i.i.i.i:                                      ; preds = %bb43.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2271)
  fence acquire, !dbg !2273
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %my_packet.i.i) #23
          to label %bb13.i.i unwind label %bb24.i.i, !dbg !2274, !noalias !1149

bb13.i.i:                                         ; preds = %bb2.i.i.i.i, %bb43.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %my_packet.i.i), !dbg !2275, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %hooks.i.i), !dbg !2050, !noalias !1149
  call void @llvm.experimental.noalias.scope.decl(metadata !2276), !dbg !1901
    #dbg_value(ptr %thread.i.i, !1902, !DIExpression(), !2279)
  call void @llvm.experimental.noalias.scope.decl(metadata !2281), !dbg !2284
    #dbg_value(ptr %thread.i.i, !1916, !DIExpression(), !2285)
  call void @llvm.experimental.noalias.scope.decl(metadata !2287), !dbg !2290
    #dbg_value(ptr %thread.i.i, !1930, !DIExpression(), !2291)
  call void @llvm.experimental.noalias.scope.decl(metadata !2293), !dbg !2296
    #dbg_value(ptr %thread.i.i, !1944, !DIExpression(), !2297)
    #dbg_value(ptr %thread.i.i, !1953, !DIExpression(), !2299)
    #dbg_value(i64 1, !1962, !DIExpression(), !2301)
    #dbg_value(i8 1, !1967, !DIExpression(), !2301)
    #dbg_value(i64 1, !1970, !DIExpression(), !2303)
    #dbg_value(i8 1, !1974, !DIExpression(), !2303)
  %_10.i.i.i.i63.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2305, !alias.scope !2307, !noalias !1149, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i63.i.i, !1966, !DIExpression(), !2308)
    #dbg_value(ptr %_10.i.i.i.i63.i.i, !1973, !DIExpression(), !2303)
  %57 = atomicrmw sub ptr %_10.i.i.i.i63.i.i, i64 1 release, align 8, !dbg !2309, !noalias !2310
  %58 = icmp eq i64 %57, 1, !dbg !2311
  br i1 %58, label %bb2.i.i.i.i64.i.i, label %bb2.i16, !dbg !2311

bb2.i.i.i.i64.i.i:                                ; preds = %bb13.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2312)
  fence acquire, !dbg !2314
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %thread.i.i) #23
          to label %bb2.i16 unwind label %cleanup, !dbg !2315

bb16.i.i:                                         ; preds = %bb21.i.i, %cleanup.i.i.i, %cleanup17.body.i.i, %cleanup.i38.i.i
  %eh.lpad-body10.i.i = phi { ptr, i32 } [ %43, %cleanup17.body.i.i ], [ %61, %bb21.i.i ], [ %41, %cleanup.i38.i.i ], [ %49, %cleanup.i.i.i ]
    #dbg_value(ptr %my_packet.i.i, !2231, !DIExpression(), !2316)
    #dbg_value(ptr %my_packet.i.i, !2241, !DIExpression(), !2318)
    #dbg_value(i64 1, !2249, !DIExpression(), !2320)
    #dbg_value(i8 1, !2253, !DIExpression(), !2320)
    #dbg_value(i64 1, !2256, !DIExpression(), !2322)
    #dbg_value(i8 1, !2260, !DIExpression(), !2322)
    #dbg_value(ptr %29, !2252, !DIExpression(), !2324)
    #dbg_value(ptr %29, !2259, !DIExpression(), !2322)
  %59 = atomicrmw sub ptr %29, i64 1 release, align 8, !dbg !2325, !noalias !2326
  %60 = icmp eq i64 %59, 1, !dbg !2331
  br i1 %60, label %bb2.i.i68.i.i, label %bb17.i.i, !dbg !2331

bb2.i.i68.i.i:                                    ; preds = %bb16.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2332)
  fence acquire, !dbg !2334
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %my_packet.i.i) #23
          to label %bb17.i.i unwind label %terminate.i.i, !dbg !2335, !noalias !1149

bb21.i.i:                                         ; preds = %bb6.i.i
  %61 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<unsafecell_atomic::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr160drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h22ff0337c0dee1f6E"(ptr noalias noundef nonnull align 8 dereferenceable(48) %rust_start.i.i) #25
          to label %bb16.i.i unwind label %terminate.i.i, !dbg !2123, !noalias !1149

terminate.i.i:                                    ; preds = %bb23.i.i, %bb21.i.i, %bb2.i.i68.i.i, %bb2.i.i.i.i.i.i
  %62 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2336, !noalias !1149
  unreachable, !dbg !2336

bb23.i.i:                                         ; preds = %cleanup.i45.i.i
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h811c30b349f0dbedE"(ptr noalias noundef align 8 dereferenceable(32) %hooks.i.i) #25
          to label %bb17.i.i unwind label %terminate.i.i, !dbg !2050, !noalias !1149

bb25.i.i:                                         ; preds = %cleanup.thread.i.i, %bb2.i.i.i4.i.i.i.i.i.i.i, %cleanup.i.i.i.i
  %.pn3522.i.i = phi { ptr, i32 } [ %lpad.thr_comm.i.i, %cleanup.thread.i.i ], [ %7, %cleanup.i.i.i.i ], [ %7, %bb2.i.i.i4.i.i.i.i.i.i.i ]
    #dbg_value(ptr %f.i.i, !2337, !DIExpression(), !2343)
    #dbg_value(ptr %f.i.i, !2345, !DIExpression(), !2353)
    #dbg_value(ptr %f.i.i, !2355, !DIExpression(), !2361)
    #dbg_value(i64 1, !2363, !DIExpression(), !2368)
    #dbg_value(i8 1, !2367, !DIExpression(), !2368)
    #dbg_value(i64 1, !2370, !DIExpression(), !2375)
    #dbg_value(i8 1, !2374, !DIExpression(), !2375)
    #dbg_value(ptr %0, !2366, !DIExpression(), !2377)
    #dbg_value(ptr %0, !2373, !DIExpression(), !2375)
  %63 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2378, !noalias !2379
  %64 = icmp eq i64 %63, 1, !dbg !2386
  br i1 %64, label %bb2.i.i.i.i.i, label %bb5, !dbg !2386

bb25.i.thread.i:                                  ; preds = %bb26.i.i
    #dbg_value(ptr %f.i.i, !2337, !DIExpression(), !2343)
    #dbg_value(ptr %f.i.i, !2345, !DIExpression(), !2353)
    #dbg_value(ptr %f.i.i, !2355, !DIExpression(), !2361)
    #dbg_value(i64 1, !2363, !DIExpression(), !2368)
    #dbg_value(i8 1, !2367, !DIExpression(), !2368)
    #dbg_value(i64 1, !2370, !DIExpression(), !2375)
    #dbg_value(i8 1, !2374, !DIExpression(), !2375)
    #dbg_value(ptr %0, !2366, !DIExpression(), !2377)
    #dbg_value(ptr %0, !2373, !DIExpression(), !2375)
  %65 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2378, !noalias !2379
  %66 = icmp eq i64 %65, 1, !dbg !2386
  br i1 %66, label %bb2.i.i.i.i.thread.i, label %bb5, !dbg !2386

bb2.i.i.i.i.thread.i:                             ; preds = %bb25.i.thread.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2387)
  fence acquire, !dbg !2389
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %f.i.i) #23, !dbg !2390, !noalias !1149
  br label %bb5, !dbg !1889

bb2.i.i.i.i.i:                                    ; preds = %bb25.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2387)
  fence acquire, !dbg !2389
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %f.i.i) #23, !dbg !2390, !noalias !1149
  br label %bb5, !dbg !1889

bb10:                                             ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
  tail call void @llvm.trap(), !dbg !2391
  unreachable, !dbg !2391

bb5:                                              ; preds = %bb25.i.i, %bb2.i.i.i.i.i, %cleanup.i, %cleanup4.i, %bb2.i.i.i, %bb6.i, %bb2.i.i15.i, %cleanup7.body, %cleanup.i17, %bb2.i.i.i.i.thread.i, %bb25.i.thread.i, %bb26.i.i, %cleanup, %bb7
  %.pn = phi { ptr, i32 } [ %lpad.thr_comm, %bb7 ], [ %lpad.thr_comm.split-lp, %cleanup7.body ], [ %97, %cleanup.i ], [ %75, %bb2.i.i15.i ], [ %.pn.pn.i.i, %bb2.i.i.i.i.thread.i ], [ %.pn3522.i.i, %bb2.i.i.i.i.i ], [ %86, %bb2.i.i.i ], [ %.pn.pn.i.i, %bb26.i.i ], [ %.pn.pn.i.i, %bb25.i.thread.i ], [ %69, %cleanup ], [ %71, %cleanup.i17 ], [ %75, %bb6.i ], [ %86, %cleanup4.i ], [ %.pn3522.i.i, %bb25.i.i ]
    #dbg_value(ptr %shared_atomic, !2345, !DIExpression(), !2392)
    #dbg_value(ptr %shared_atomic, !2355, !DIExpression(), !2394)
    #dbg_value(i64 1, !2363, !DIExpression(), !2396)
    #dbg_value(i8 1, !2367, !DIExpression(), !2396)
    #dbg_value(i64 1, !2370, !DIExpression(), !2398)
    #dbg_value(i8 1, !2374, !DIExpression(), !2398)
    #dbg_value(ptr %0, !2366, !DIExpression(), !2400)
    #dbg_value(ptr %0, !2373, !DIExpression(), !2398)
  %67 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2401, !noalias !2402
  %68 = icmp eq i64 %67, 1, !dbg !2407
  br i1 %68, label %bb2.i.i14, label %bb6, !dbg !2407

bb2.i.i14:                                        ; preds = %bb5
    #dbg_value(i8 2, !1990, !DIExpression(), !2408)
  fence acquire, !dbg !2410
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %shared_atomic) #23, !dbg !2411
  br label %bb6, !dbg !2411

cleanup:                                          ; preds = %bb2.i.i.i.i64.i.i
  %69 = landingpad { ptr, i32 }
          cleanup
  br label %bb5

bb2.i16:                                          ; preds = %bb13.i.i, %bb2.i.i.i.i64.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %thread.i.i), !dbg !1901, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !2412, !noalias !1045
  %70 = icmp ne ptr %53, null
  call void @llvm.assume(i1 %70)
    #dbg_value(i64 poison, !2413, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !2424)
    #dbg_value(ptr %53, !2413, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2424)
    #dbg_value(ptr null, !2413, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2424)
  call void @llvm.lifetime.end.p0(ptr nonnull %name.i), !dbg !2426
    #dbg_value(ptr @alloc_e3605bf48dd8479a638909176cc37fce, !2419, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2424)
    #dbg_value(i64 22, !2419, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2424)
    #dbg_declare(ptr %e.i15, !2422, !DIExpression(), !2427)
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i15), !dbg !2428, !noalias !2429
  store ptr %53, ptr %e.i15, align 8, !dbg !2428, !noalias !2429
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_e3605bf48dd8479a638909176cc37fce, i64 noundef 22, ptr noundef nonnull align 1 %e.i15, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_0246dd9f5900f3685febed10b072f357) #22
          to label %unreachable.i20 unwind label %cleanup.i17, !dbg !2433, !noalias !2429

cleanup.i17:                                      ; preds = %bb2.i16
  %71 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha37060210876742eE"(ptr noalias noundef nonnull align 8 dereferenceable(8) %e.i15) #25
          to label %bb5 unwind label %terminate.i18, !dbg !2434, !noalias !2429

unreachable.i20:                                  ; preds = %bb2.i16
  unreachable

terminate.i18:                                    ; preds = %cleanup.i17
  %72 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2435, !noalias !2429
  unreachable, !dbg !2435

bb13:                                             ; preds = %bb11.i.i
  %73 = ptrtoint ptr %53 to i64, !dbg !2184
    #dbg_value(i64 %73, !2185, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2228)
  %_41.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2436, !noalias !1149, !nonnull !23, !noundef !23
  call void @llvm.lifetime.end.p0(ptr nonnull %rust_start.i.i), !dbg !2123, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %my_packet.i.i), !dbg !2275, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %hooks.i.i), !dbg !2050, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %thread.i.i), !dbg !1901, !noalias !1149
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !2412, !noalias !1045
    #dbg_value(i64 %73, !2413, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !2424)
    #dbg_value(ptr %29, !2413, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2424)
    #dbg_value(ptr %_41.i.i, !2413, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2424)
  call void @llvm.lifetime.end.p0(ptr nonnull %name.i), !dbg !2426
  call void @llvm.experimental.noalias.scope.decl(metadata !2437), !dbg !2438
  call void @llvm.experimental.noalias.scope.decl(metadata !2439), !dbg !2438
    #dbg_value(ptr @alloc_e3605bf48dd8479a638909176cc37fce, !2419, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2424)
    #dbg_value(i64 22, !2419, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2424)
    #dbg_declare(ptr %e.i15, !2422, !DIExpression(), !2427)
  store ptr %_41.i.i, ptr %join_handle, align 8, !dbg !2440, !alias.scope !2429
  %_30.sroa.6.0.join_handle.sroa_idx = getelementptr inbounds nuw i8, ptr %join_handle, i64 8, !dbg !2440
  store ptr %29, ptr %_30.sroa.6.0.join_handle.sroa_idx, align 8, !dbg !2440, !alias.scope !2429
  %_30.sroa.9.0.join_handle.sroa_idx = getelementptr inbounds nuw i8, ptr %join_handle, i64 16, !dbg !2440
  store i64 %73, ptr %_30.sroa.9.0.join_handle.sroa_idx, align 8, !dbg !2440, !alias.scope !2429
; invoke std::thread::functions::sleep
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef 0, i32 noundef 50000000)
          to label %bb1 unwind label %bb7, !dbg !2441

cleanup7.body:                                    ; preds = %bb2.i.i12.i
  %lpad.thr_comm.split-lp = landingpad { ptr, i32 }
          cleanup
  br label %bb5, !dbg !2442

bb1:                                              ; preds = %bb13
; call unsafecell_atomic::writer
  call fastcc void @_ZN17unsafecell_atomic6writer17h9518525063388484E(ptr noundef nonnull align 8 %_13.sroa.5.0..sroa_idx), !dbg !2443
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %self1, ptr noundef nonnull align 8 dereferenceable(24) %join_handle, i64 24, i1 false), !dbg !2444
  call void @llvm.experimental.noalias.scope.decl(metadata !2445), !dbg !2448
    #dbg_declare(ptr %self1, !2449, !DIExpression(), !2455)
    #dbg_value(ptr @alloc_987f9181f01088182face37be6d0a1cd, !2457, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2480)
    #dbg_value(i64 41, !2457, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2480)
  %74 = getelementptr inbounds nuw i8, ptr %self1, i64 16, !dbg !2482
  %_3.i = load i64, ptr %74, align 8, !dbg !2482, !alias.scope !2445, !noundef !23
; invoke <std::sys::thread::unix::Thread>::join
  invoke void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef %_3.i)
          to label %bb1.i unwind label %cleanup.i23, !dbg !2483, !noalias !2445

cleanup.i23:                                      ; preds = %bb12.i, %bb10.i, %bb1
  %75 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.experimental.noalias.scope.decl(metadata !2484), !dbg !2487
    #dbg_value(ptr %self1, !1902, !DIExpression(), !2488)
  call void @llvm.experimental.noalias.scope.decl(metadata !2490), !dbg !2493
    #dbg_value(ptr %self1, !1916, !DIExpression(), !2494)
  call void @llvm.experimental.noalias.scope.decl(metadata !2496), !dbg !2499
    #dbg_value(ptr %self1, !1930, !DIExpression(), !2500)
  call void @llvm.experimental.noalias.scope.decl(metadata !2502), !dbg !2505
    #dbg_value(ptr %self1, !1944, !DIExpression(), !2506)
    #dbg_value(ptr %self1, !1953, !DIExpression(), !2508)
    #dbg_value(i64 1, !1962, !DIExpression(), !2510)
    #dbg_value(i8 1, !1967, !DIExpression(), !2510)
    #dbg_value(i64 1, !1970, !DIExpression(), !2512)
    #dbg_value(i8 1, !1974, !DIExpression(), !2512)
  %_10.i.i.i.i.i24 = load ptr, ptr %self1, align 8, !dbg !2514, !alias.scope !2516, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i24, !1966, !DIExpression(), !2517)
    #dbg_value(ptr %_10.i.i.i.i.i24, !1973, !DIExpression(), !2512)
  %76 = atomicrmw sub ptr %_10.i.i.i.i.i24, i64 1 release, align 8, !dbg !2518, !noalias !2516
  %77 = icmp eq i64 %76, 1, !dbg !2519
  br i1 %77, label %bb2.i.i.i.i.i27, label %bb6.i, !dbg !2519

bb2.i.i.i.i.i27:                                  ; preds = %cleanup.i23
    #dbg_value(i8 2, !1990, !DIExpression(), !2520)
  fence acquire, !dbg !2522
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %self1) #23
          to label %bb6.i unwind label %terminate.i26, !dbg !2523

bb1.i:                                            ; preds = %bb1
    #dbg_value(ptr %self1, !2524, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2530)
    #dbg_value(ptr %self1, !2532, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2538)
  %_11.i = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !2540
  call void @llvm.experimental.noalias.scope.decl(metadata !2541), !dbg !2544
    #dbg_value(ptr %_11.i, !2545, !DIExpression(), !2553)
    #dbg_value(ptr %_11.i, !2555, !DIExpression(), !2562)
    #dbg_value(ptr %_11.i, !2555, !DIExpression(), !2564)
    #dbg_value(ptr %_11.i, !2555, !DIExpression(), !2566)
    #dbg_value(i64 1, !2568, !DIExpression(), !2593)
    #dbg_value(i64 -1, !2590, !DIExpression(), !2593)
    #dbg_value(i8 2, !2591, !DIExpression(), !2593)
    #dbg_value(i8 0, !2592, !DIExpression(), !2593)
    #dbg_value(i8 2, !2595, !DIExpression(), !2599)
    #dbg_value(i64 1, !2601, !DIExpression(), !2606)
    #dbg_value(i8 1, !2605, !DIExpression(), !2606)
  %_9.i.i = load ptr, ptr %_11.i, align 8, !dbg !2608, !alias.scope !2615, !nonnull !23, !noundef !23
    #dbg_value(ptr %_9.i.i, !2589, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2616)
    #dbg_value(ptr %_9.i.i, !2617, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2625)
  %_12.i.i = getelementptr inbounds nuw i8, ptr %_9.i.i, i64 8, !dbg !2627
    #dbg_value(ptr %_12.i.i, !2628, !DIExpression(), !2640)
    #dbg_value(i64 1, !2633, !DIExpression(), !2640)
    #dbg_value(i64 -1, !2634, !DIExpression(), !2640)
    #dbg_value(i8 2, !2635, !DIExpression(), !2640)
    #dbg_value(i8 0, !2636, !DIExpression(), !2640)
  %78 = cmpxchg ptr %_12.i.i, i64 1, i64 -1 acquire monotonic, align 8, !dbg !2642, !noalias !2615
  %79 = extractvalue { i64, i1 } %78, 1, !dbg !2642
  br i1 %79, label %bb8.i, label %bb10.i, !dbg !2643, !prof !2644

bb8.i:                                            ; preds = %bb1.i
    #dbg_value(ptr %_9.i.i, !2598, !DIExpression(), !2645)
    #dbg_value(ptr %_9.i.i, !2617, !DIExpression(), !2646)
    #dbg_value(ptr %_9.i.i, !1305, !DIExpression(), !2648)
    #dbg_value(i8 2, !1311, !DIExpression(), !2648)
  %80 = load atomic i64, ptr %_9.i.i acquire, align 8, !dbg !2650, !noalias !2615
  %81 = icmp eq i64 %80, 1, !dbg !2651
    #dbg_value(i1 %81, !2551, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2652)
    #dbg_value(ptr %_9.i.i, !2604, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2653)
    #dbg_value(ptr %_9.i.i, !2617, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2654)
    #dbg_value(ptr %_12.i.i, !1879, !DIExpression(), !2656)
    #dbg_value(i64 1, !1884, !DIExpression(), !2656)
    #dbg_value(i8 1, !1885, !DIExpression(), !2656)
  store atomic i64 1, ptr %_12.i.i release, align 8, !dbg !2658, !noalias !2615
    #dbg_value(i8 poison, !2551, !DIExpression(), !2652)
  br i1 %81, label %bb9.i, label %bb10.i, !dbg !2544, !prof !2659

bb10.i:                                           ; preds = %bb8.i, %bb1.i
    #dbg_value(ptr null, !2477, !DIExpression(), !2480)
; invoke core::option::expect_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_987f9181f01088182face37be6d0a1cd, i64 noundef 41, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_c8fa0f44c6d4fbb5209642c5dc0b0954) #22
          to label %unreachable.i28 unwind label %cleanup.i23, !dbg !2660, !noalias !2445

bb9.i:                                            ; preds = %bb8.i
  %_14.i = load ptr, ptr %_11.i, align 8, !dbg !2661, !alias.scope !2445, !nonnull !23, !noundef !23
    #dbg_value(ptr %_14.i, !2477, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !2480)
    #dbg_value(ptr %_14.i, !2662, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !2669)
    #dbg_value(ptr %_14.i, !2671, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !2677)
  %82 = getelementptr inbounds nuw i8, ptr %_14.i, i64 24, !dbg !2679
  %self1.sroa.0.0.copyload.i = load i64, ptr %82, align 8, !dbg !2679, !noalias !2445
    #dbg_value(i64 %self1.sroa.0.0.copyload.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2688)
  %self1.sroa.4.0..sroa_idx.i = getelementptr inbounds nuw i8, ptr %_14.i, i64 32, !dbg !2679
  %self1.sroa.4.0.copyload.i = load ptr, ptr %self1.sroa.4.0..sroa_idx.i, align 8, !dbg !2679, !noalias !2445
    #dbg_value(ptr %self1.sroa.4.0.copyload.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2688)
  %self1.sroa.5.0..sroa_idx.i = getelementptr inbounds nuw i8, ptr %_14.i, i64 40, !dbg !2679
  %self1.sroa.5.0.copyload.i = load ptr, ptr %self1.sroa.5.0..sroa_idx.i, align 8, !dbg !2679, !noalias !2445
    #dbg_value(ptr %self1.sroa.5.0.copyload.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !2688)
  store i64 0, ptr %82, align 8, !dbg !2690, !noalias !2445
  %83 = trunc nuw i64 %self1.sroa.0.0.copyload.i to i1, !dbg !2691
  br i1 %83, label %bb13.i, label %bb12.i, !dbg !2691, !prof !2692

unreachable.i28:                                  ; preds = %bb12.i, %bb10.i
  unreachable

bb13.i:                                           ; preds = %bb9.i
  call void @llvm.experimental.noalias.scope.decl(metadata !2693), !dbg !2487
    #dbg_value(ptr %self1, !1902, !DIExpression(), !2696)
  call void @llvm.experimental.noalias.scope.decl(metadata !2698), !dbg !2701
    #dbg_value(ptr %self1, !1916, !DIExpression(), !2702)
  call void @llvm.experimental.noalias.scope.decl(metadata !2704), !dbg !2707
    #dbg_value(ptr %self1, !1930, !DIExpression(), !2708)
  call void @llvm.experimental.noalias.scope.decl(metadata !2710), !dbg !2713
    #dbg_value(ptr %self1, !1944, !DIExpression(), !2714)
    #dbg_value(ptr %self1, !1953, !DIExpression(), !2716)
    #dbg_value(i64 1, !1962, !DIExpression(), !2718)
    #dbg_value(i8 1, !1967, !DIExpression(), !2718)
    #dbg_value(i64 1, !1970, !DIExpression(), !2720)
    #dbg_value(i8 1, !1974, !DIExpression(), !2720)
  %_10.i.i.i.i6.i = load ptr, ptr %self1, align 8, !dbg !2722, !alias.scope !2724, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i6.i, !1966, !DIExpression(), !2725)
    #dbg_value(ptr %_10.i.i.i.i6.i, !1973, !DIExpression(), !2720)
  %84 = atomicrmw sub ptr %_10.i.i.i.i6.i, i64 1 release, align 8, !dbg !2726, !noalias !2724
  %85 = icmp eq i64 %84, 1, !dbg !2727
  br i1 %85, label %bb2.i.i.i.i7.i, label %bb5.i29, !dbg !2727

bb2.i.i.i.i7.i:                                   ; preds = %bb13.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2728)
  fence acquire, !dbg !2730
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %self1) #23
          to label %bb5.i29 unwind label %cleanup4.i, !dbg !2731

bb12.i:                                           ; preds = %bb9.i
; invoke core::option::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5) #22
          to label %unreachable.i28 unwind label %cleanup.i23, !dbg !2732, !noalias !2445

cleanup4.i:                                       ; preds = %bb2.i.i.i.i7.i
  %86 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.experimental.noalias.scope.decl(metadata !2733), !dbg !2487
    #dbg_value(ptr %_11.i, !2231, !DIExpression(), !2736)
  call void @llvm.experimental.noalias.scope.decl(metadata !2738), !dbg !2741
    #dbg_value(ptr %_11.i, !2241, !DIExpression(), !2742)
    #dbg_value(ptr %_11.i, !2744, !DIExpression(), !2747)
    #dbg_value(i64 1, !2249, !DIExpression(), !2749)
    #dbg_value(i8 1, !2253, !DIExpression(), !2749)
    #dbg_value(i64 1, !2256, !DIExpression(), !2751)
    #dbg_value(i8 1, !2260, !DIExpression(), !2751)
  %_10.i.i.i = load ptr, ptr %_11.i, align 8, !dbg !2753, !alias.scope !2756, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i, !2252, !DIExpression(), !2757)
    #dbg_value(ptr %_10.i.i.i, !2259, !DIExpression(), !2751)
  %87 = atomicrmw sub ptr %_10.i.i.i, i64 1 release, align 8, !dbg !2758, !noalias !2759
  %88 = icmp eq i64 %87, 1, !dbg !2760
  br i1 %88, label %bb2.i.i.i, label %bb5, !dbg !2760

bb2.i.i.i:                                        ; preds = %cleanup4.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2761)
  fence acquire, !dbg !2763
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_11.i) #23
          to label %bb5 unwind label %terminate.i26, !dbg !2764

bb5.i29:                                          ; preds = %bb2.i.i.i.i7.i, %bb13.i
  call void @llvm.experimental.noalias.scope.decl(metadata !2765), !dbg !2487
    #dbg_value(ptr %_11.i, !2231, !DIExpression(), !2768)
  call void @llvm.experimental.noalias.scope.decl(metadata !2770), !dbg !2773
    #dbg_value(ptr %_11.i, !2241, !DIExpression(), !2774)
    #dbg_value(ptr %_11.i, !2744, !DIExpression(), !2776)
    #dbg_value(i64 1, !2249, !DIExpression(), !2778)
    #dbg_value(i8 1, !2253, !DIExpression(), !2778)
    #dbg_value(i64 1, !2256, !DIExpression(), !2780)
    #dbg_value(i8 1, !2260, !DIExpression(), !2780)
  %_10.i.i11.i = load ptr, ptr %_11.i, align 8, !dbg !2782, !alias.scope !2784, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i11.i, !2252, !DIExpression(), !2785)
    #dbg_value(ptr %_10.i.i11.i, !2259, !DIExpression(), !2780)
  %89 = atomicrmw sub ptr %_10.i.i11.i, i64 1 release, align 8, !dbg !2786, !noalias !2787
  %90 = icmp eq i64 %89, 1, !dbg !2788
  br i1 %90, label %bb2.i.i12.i, label %bb15, !dbg !2788

bb2.i.i12.i:                                      ; preds = %bb5.i29
    #dbg_value(i8 2, !1990, !DIExpression(), !2789)
  fence acquire, !dbg !2791
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_11.i) #23
          to label %bb15 unwind label %cleanup7.body, !dbg !2792

terminate.i26:                                    ; preds = %bb2.i.i15.i, %bb2.i.i.i, %bb2.i.i.i.i.i27
  %91 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2793
  unreachable, !dbg !2793

bb6.i:                                            ; preds = %bb2.i.i.i.i.i27, %cleanup.i23
  %92 = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !2487
  call void @llvm.experimental.noalias.scope.decl(metadata !2794), !dbg !2487
    #dbg_value(ptr %92, !2231, !DIExpression(), !2797)
  call void @llvm.experimental.noalias.scope.decl(metadata !2799), !dbg !2802
    #dbg_value(ptr %92, !2241, !DIExpression(), !2803)
    #dbg_value(ptr %92, !2744, !DIExpression(), !2805)
    #dbg_value(i64 1, !2249, !DIExpression(), !2807)
    #dbg_value(i8 1, !2253, !DIExpression(), !2807)
    #dbg_value(i64 1, !2256, !DIExpression(), !2809)
    #dbg_value(i8 1, !2260, !DIExpression(), !2809)
  %_10.i.i14.i = load ptr, ptr %92, align 8, !dbg !2811, !alias.scope !2813, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i14.i, !2252, !DIExpression(), !2814)
    #dbg_value(ptr %_10.i.i14.i, !2259, !DIExpression(), !2809)
  %93 = atomicrmw sub ptr %_10.i.i14.i, i64 1 release, align 8, !dbg !2815, !noalias !2816
  %94 = icmp eq i64 %93, 1, !dbg !2817
  br i1 %94, label %bb2.i.i15.i, label %bb5, !dbg !2817

bb2.i.i15.i:                                      ; preds = %bb6.i
    #dbg_value(i8 2, !1990, !DIExpression(), !2818)
  fence acquire, !dbg !2820
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %92) #23
          to label %bb5 unwind label %terminate.i26, !dbg !2821

bb15:                                             ; preds = %bb5.i29, %bb2.i.i12.i
    #dbg_value(ptr %self1.sroa.4.0.copyload.i, !2822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2832)
    #dbg_value(ptr %self1.sroa.5.0.copyload.i, !2822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2832)
    #dbg_declare(ptr %e.i, !2830, !DIExpression(), !2834)
  %.not.i = icmp eq ptr %self1.sroa.4.0.copyload.i, null, !dbg !2835
  br i1 %.not.i, label %bb3, label %bb2.i, !dbg !2836, !prof !2692

bb2.i:                                            ; preds = %bb15
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !2837
  %95 = icmp ne ptr %self1.sroa.5.0.copyload.i, null
  call void @llvm.assume(i1 %95)
  store ptr %self1.sroa.4.0.copyload.i, ptr %e.i, align 8, !dbg !2837
  %96 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !2837
  store ptr %self1.sroa.5.0.copyload.i, ptr %96, align 8, !dbg !2837
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_16ee61f994825e0f5b516e7870b96126) #22
          to label %unreachable.i unwind label %cleanup.i, !dbg !2838

cleanup.i:                                        ; preds = %bb2.i
  %97 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #25
          to label %bb5 unwind label %terminate.i, !dbg !2839

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %98 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2840
  unreachable, !dbg !2840

bb3:                                              ; preds = %bb15
  call void @llvm.lifetime.end.p0(ptr nonnull %join_handle), !dbg !2442
    #dbg_value(ptr %shared_atomic, !2345, !DIExpression(), !2841)
    #dbg_value(ptr %shared_atomic, !2355, !DIExpression(), !2843)
    #dbg_value(i64 1, !2363, !DIExpression(), !2845)
    #dbg_value(i8 1, !2367, !DIExpression(), !2845)
    #dbg_value(i64 1, !2370, !DIExpression(), !2847)
    #dbg_value(i8 1, !2374, !DIExpression(), !2847)
    #dbg_value(ptr %0, !2366, !DIExpression(), !2849)
    #dbg_value(ptr %0, !2373, !DIExpression(), !2847)
  %99 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2850, !noalias !2851
  %100 = icmp eq i64 %99, 1, !dbg !2856
  br i1 %100, label %bb2.i.i35, label %"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E.exit36", !dbg !2856

bb2.i.i35:                                        ; preds = %bb3
    #dbg_value(i8 2, !1990, !DIExpression(), !2857)
  fence acquire, !dbg !2859
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %shared_atomic) #23, !dbg !2860
  br label %"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E.exit36", !dbg !2860

"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E.exit36": ; preds = %bb3, %bb2.i.i35
  call void @llvm.lifetime.end.p0(ptr nonnull %shared_atomic), !dbg !2861
  ret void, !dbg !2862

bb7:                                              ; preds = %bb13
  %lpad.thr_comm = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
  invoke fastcc void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17h536a9994db2de6cbE"(ptr noalias noundef align 8 dereferenceable(24) %join_handle) #25
          to label %bb5 unwind label %terminate, !dbg !2442

terminate:                                        ; preds = %bb7
  %101 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !2863
  unreachable, !dbg !2863

bb6:                                              ; preds = %bb2.i.i14, %bb5
  resume { ptr, i32 } %.pn, !dbg !2863
}

; unsafecell_atomic::reader
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define internal fastcc void @_ZN17unsafecell_atomic6reader17hfaad558393e220beE(ptr noundef nonnull readonly align 8 captures(none) %a) unnamed_addr #1 !dbg !2864 {
start:
    #dbg_value(ptr %a, !2869, !DIExpression(), !2870)
    #dbg_value(ptr %a, !2871, !DIExpression(), !2877)
  %_2.pr = load i64, ptr %a, align 8, !dbg !2879
  %0 = icmp eq i64 %_2.pr, 0, !dbg !2880
  br i1 %0, label %bb1, label %bb3, !dbg !2880

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !2880

bb3:                                              ; preds = %start
  ret void, !dbg !2881
}

; unsafecell_atomic::writer
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @_ZN17unsafecell_atomic6writer17h9518525063388484E(ptr noundef nonnull align 8 %a) unnamed_addr #2 !dbg !2882 {
start:
    #dbg_value(ptr %a, !2884, !DIExpression(), !2885)
    #dbg_value(ptr %a, !2886, !DIExpression(), !2893)
    #dbg_value(i64 1, !2892, !DIExpression(), !2893)
  tail call void asm sideeffect alignstack inteldialect "lock; xchg [${0:q}], ${1:q}", "r,r,~{dirflag},~{fpsr},~{flags},~{memory}"(ptr nonnull %a, i64 1) #21, !dbg !2895, !srcloc !2896
  ret void, !dbg !2897
}

; std::io::Write::write_all
; Function Attrs: nonlazybind uwtable
define internal fastcc noundef ptr @_ZN3std2io5Write9write_all17he8dcf2ad4c7e1217E(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2898 {
start:
  %_4 = alloca [16 x i8], align 8
    #dbg_value(ptr %0, !2905, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2917)
    #dbg_value(ptr %0, !2918, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2936)
    #dbg_value(ptr %0, !2938, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2947)
    #dbg_value(ptr %0, !2949, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2956)
    #dbg_value(i64 %1, !2905, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2917)
    #dbg_value(i64 %1, !2918, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2936)
    #dbg_value(i64 %1, !2938, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2947)
    #dbg_value(i64 %1, !2949, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2956)
    #dbg_value(ptr %self, !2904, !DIExpression(), !2917)
    #dbg_value(ptr poison, !2958, !DIExpression(), !2967)
    #dbg_value(ptr poison, !2958, !DIExpression(), !2985)
    #dbg_value(ptr poison, !2958, !DIExpression(), !2987)
  %2 = icmp eq i64 %1, 0, !dbg !2989
  br i1 %2, label %bb13, label %bb3.lr.ph, !dbg !2989

bb3.lr.ph:                                        ; preds = %start
  %3 = getelementptr inbounds nuw i8, ptr %_4, i64 8
  br label %bb3, !dbg !2989

bb3:                                              ; preds = %bb3.lr.ph, %bb15
  %buf.sroa.0.056 = phi ptr [ %0, %bb3.lr.ph ], [ %buf.sroa.0.121, %bb15 ]
  %buf.sroa.6.055 = phi i64 [ %1, %bb3.lr.ph ], [ %buf.sroa.6.119, %bb15 ]
    #dbg_value(ptr %buf.sroa.0.056, !2949, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2956)
    #dbg_value(i64 %buf.sroa.6.055, !2949, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2956)
  call void @llvm.lifetime.start.p0(ptr nonnull %_4), !dbg !2990
; call <std::sys::stdio::unix::Stderr as std::io::Write>::write
  %4 = tail call { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %buf.sroa.0.056, i64 noundef %buf.sroa.6.055), !dbg !2991
  %5 = extractvalue { i64, ptr } %4, 0, !dbg !2991
  %6 = extractvalue { i64, ptr } %4, 1, !dbg !2991
  store i64 %5, ptr %_4, align 8, !dbg !2991
  store ptr %6, ptr %3, align 8, !dbg !2991
  %7 = trunc nuw i64 %5 to i1, !dbg !2992
  %8 = ptrtoint ptr %6 to i64, !dbg !2992
  br i1 %7, label %bb7, label %bb6, !dbg !2992

bb13:                                             ; preds = %bb15, %start, %bb12
  %_0.sroa.0.0 = phi ptr [ %_0.sroa.0.1, %bb12 ], [ null, %start ], [ null, %bb15 ], !dbg !2917
  ret ptr %_0.sroa.0.0, !dbg !2993

bb7:                                              ; preds = %bb3
    #dbg_value(ptr %_4, !2975, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2994)
    #dbg_value(ptr %_4, !2995, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !3026)
    #dbg_value(ptr %6, !3028, !DIExpression(), !3050)
    #dbg_declare(ptr poison, !3036, !DIExpression(), !3052)
    #dbg_value(i64 1, !3053, !DIExpression(), !3063)
    #dbg_value(i64 1, !3065, !DIExpression(), !3071)
    #dbg_value(i64 -1, !3073, !DIExpression(), !3080)
    #dbg_value(ptr %6, !3062, !DIExpression(), !3063)
    #dbg_value(i64 %8, !3037, !DIExpression(), !3082)
  %_5.i = and i64 %8, 3, !dbg !3083
  switch i64 %_5.i, label %default.unreachable [
    i64 2, label %bb23
    i64 3, label %bb24
    i64 0, label %bb20
    i64 1, label %bb22
  ], !dbg !3084, !prof !3085

default.unreachable:                              ; preds = %bb7
  unreachable

bb6:                                              ; preds = %bb3
  %9 = icmp eq ptr %6, null, !dbg !2992
  br i1 %9, label %bb12, label %bb8, !dbg !2992

bb8:                                              ; preds = %bb6
    #dbg_value(i64 %8, !2906, !DIExpression(), !3086)
    #dbg_value(i64 %8, !2933, !DIExpression(), !2936)
    #dbg_value(i64 %8, !2944, !DIExpression(), !2947)
    #dbg_value(i64 %8, !2954, !DIExpression(), !2956)
  %_29 = icmp ult i64 %buf.sroa.6.055, %8, !dbg !3087
  br i1 %_29, label %bb26, label %bb17, !dbg !3087, !prof !1013

bb12:                                             ; preds = %bb24, %bb23, %bb22, %bb20, %bb6
  %_0.sroa.0.1 = phi ptr [ @alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2, %bb6 ], [ %6, %bb20 ], [ %6, %bb22 ], [ %6, %bb23 ], [ %6, %bb24 ], !dbg !2917
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !3088
  br label %bb13, !dbg !2993

bb26:                                             ; preds = %bb8
; call core::slice::index::slice_index_fail
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef %8, i64 noundef %buf.sroa.6.055, i64 noundef %buf.sroa.6.055, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a2b462ac72db38b51a27d3bbf062bd3b) #22, !dbg !3089
  unreachable

bb17:                                             ; preds = %bb8
  %new_len = sub nuw nsw i64 %buf.sroa.6.055, %8, !dbg !3090
    #dbg_value(i64 %new_len, !2945, !DIExpression(), !3091)
    #dbg_value(i64 %new_len, !2955, !DIExpression(), !2956)
  %_36 = getelementptr inbounds nuw i8, ptr %buf.sroa.0.056, i64 %8, !dbg !3092
    #dbg_value(ptr %_36, !2949, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2956)
    #dbg_value(ptr %_36, !2938, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2947)
    #dbg_value(ptr %_36, !2918, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2936)
    #dbg_value(ptr %_36, !2905, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2917)
    #dbg_value(i64 %new_len, !2949, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2956)
    #dbg_value(i64 %new_len, !2938, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2947)
    #dbg_value(i64 %new_len, !2918, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2936)
    #dbg_value(i64 %new_len, !2905, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2917)
  br label %bb15, !dbg !3088

bb23:                                             ; preds = %bb7
    #dbg_value(i64 %8, !2976, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !3093)
    #dbg_value(i64 %8, !3094, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !3103)
  %_7.i.mask = and i64 %8, -4294967296, !dbg !3105
  %10 = icmp eq i64 %_7.i.mask, 17179869184, !dbg !3105
  br i1 %10, label %bb16, label %bb12, !dbg !3106

bb20:                                             ; preds = %bb7
  %11 = icmp ne ptr %6, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %6, !2983, !DIExpression(), !3107)
    #dbg_value(ptr %6, !2966, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !3108)
  %12 = getelementptr inbounds nuw i8, ptr %6, i64 16, !dbg !3108
  %13 = load i8, ptr %12, align 8, !dbg !3108, !range !3109, !noundef !23
  %14 = icmp eq i8 %13, 35, !dbg !3108
  br i1 %14, label %bb16, label %bb12, !dbg !3106

bb22:                                             ; preds = %bb7
    #dbg_value(ptr %6, !3070, !DIExpression(), !3071)
    #dbg_value(ptr %6, !3079, !DIExpression(), !3080)
    #dbg_value(ptr %6, !2978, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !3110)
    #dbg_value(ptr %6, !2966, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_plus_uconst, 16, DW_OP_stack_value), !3111)
  %15 = getelementptr i8, ptr %6, i64 15, !dbg !3111
  %16 = load i8, ptr %15, align 8, !dbg !3111, !range !3109, !noundef !23
  %17 = icmp eq i8 %16, 35, !dbg !3111
  br i1 %17, label %bb16, label %bb12, !dbg !3106

bb24:                                             ; preds = %bb7
    #dbg_value(i64 %8, !3041, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !3112)
    #dbg_value(i32 poison, !3113, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !3142)
    #dbg_value(ptr poison, !3139, !DIExpression(), !3144)
  %18 = icmp ult ptr %6, inttoptr (i64 180388626432 to ptr), !dbg !3145
  tail call void @llvm.assume(i1 %18), !dbg !3146
    #dbg_value(i32 poison, !2981, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !3147)
    #dbg_value(ptr poison, !2966, !DIExpression(), !3148)
  %_10.i.mask = and i64 %8, -4294967296, !dbg !3148
  %19 = icmp eq i64 %_10.i.mask, 150323855360, !dbg !3148
  br i1 %19, label %bb16, label %bb12, !dbg !3106

bb16:                                             ; preds = %bb24, %bb23, %bb22, %bb20
    #dbg_value(ptr %buf.sroa.0.056, !2949, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2956)
    #dbg_value(ptr %buf.sroa.0.056, !2938, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2947)
    #dbg_value(ptr %buf.sroa.0.056, !2918, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2936)
    #dbg_value(ptr %buf.sroa.0.056, !2905, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2917)
    #dbg_value(i64 %buf.sroa.6.055, !2949, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2956)
    #dbg_value(i64 %buf.sroa.6.055, !2938, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2947)
    #dbg_value(i64 %buf.sroa.6.055, !2918, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2936)
    #dbg_value(i64 %buf.sroa.6.055, !2905, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2917)
; call core::ptr::drop_in_place<std::io::error::Error>
  call void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha37060210876742eE"(ptr noalias noundef nonnull align 8 dereferenceable(8) %3), !dbg !3088
  br label %bb15, !dbg !3088

bb15:                                             ; preds = %bb17, %bb16
  %buf.sroa.0.121 = phi ptr [ %buf.sroa.0.056, %bb16 ], [ %_36, %bb17 ]
  %buf.sroa.6.119 = phi i64 [ %buf.sroa.6.055, %bb16 ], [ %new_len, %bb17 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !3088
    #dbg_value(ptr %buf.sroa.0.121, !2949, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2956)
    #dbg_value(ptr %buf.sroa.0.121, !2938, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2947)
    #dbg_value(ptr %buf.sroa.0.121, !2918, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2936)
    #dbg_value(ptr %buf.sroa.0.121, !2905, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2917)
    #dbg_value(i64 %buf.sroa.6.119, !2949, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2956)
    #dbg_value(i64 %buf.sroa.6.119, !2938, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2947)
    #dbg_value(i64 %buf.sroa.6.119, !2918, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2936)
    #dbg_value(i64 %buf.sroa.6.119, !2905, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2917)
  %20 = icmp eq i64 %buf.sroa.6.119, 0, !dbg !2989
  br i1 %20, label %bb13, label %bb3, !dbg !2989
}

; std::rt::lang_start
; Function Attrs: nonlazybind uwtable
define hidden noundef i64 @_ZN3std2rt10lang_start17h46e9c78990faf37bE(ptr noundef nonnull %main, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe) unnamed_addr #0 !dbg !3149 {
start:
  %_7 = alloca [8 x i8], align 8
    #dbg_value(ptr %main, !3155, !DIExpression(), !3159)
    #dbg_value(i64 %argc, !3156, !DIExpression(), !3159)
    #dbg_value(ptr %argv, !3157, !DIExpression(), !3159)
    #dbg_value(i8 %sigpipe, !3158, !DIExpression(), !3159)
  call void @llvm.lifetime.start.p0(ptr nonnull %_7), !dbg !3160
  store ptr %main, ptr %_7, align 8, !dbg !3160
; call std::rt::lang_start_internal
  %_0 = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe), !dbg !3161
  call void @llvm.lifetime.end.p0(ptr nonnull %_7), !dbg !3162
  ret i64 %_0, !dbg !3163
}

; std::rt::lang_start::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5717043c7ba856bbE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #3 !dbg !3164 {
start:
    #dbg_value(ptr %_1, !3169, !DIExpression(DW_OP_deref), !3170)
  %_4 = load ptr, ptr %_1, align 8, !dbg !3171, !nonnull !23, !noundef !23
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h37c2d1ad10a9ae1aE(ptr noundef nonnull %_4) #23, !dbg !3172
  ret i32 0, !dbg !3173
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h37c2d1ad10a9ae1aE(ptr noundef nonnull readonly captures(none) %f) unnamed_addr #4 !dbg !3174 {
start:
    #dbg_declare(ptr poison, !3181, !DIExpression(), !3185)
    #dbg_value(ptr %f, !3180, !DIExpression(), !3186)
    #dbg_declare(ptr poison, !3187, !DIExpression(), !3194)
    #dbg_value(ptr %f, !3196, !DIExpression(), !3206)
    #dbg_declare(ptr poison, !3202, !DIExpression(), !3208)
  tail call void %f(), !dbg !3208
  tail call void asm sideeffect "", "~{memory}"() #21, !dbg !3209, !srcloc !3210
  ret void, !dbg !3211
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h817caf6ba366739fE(ptr noundef nonnull %f) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !3212 {
start:
  %_1.i = alloca [8 x i8], align 8
    #dbg_declare(ptr poison, !3217, !DIExpression(), !3219)
    #dbg_value(ptr %f, !3216, !DIExpression(), !3220)
    #dbg_declare(ptr poison, !3221, !DIExpression(), !3224)
  call void @llvm.lifetime.start.p0(ptr nonnull %_1.i)
  store ptr %f, ptr %_1.i, align 8
    #dbg_declare(ptr %_1.i, !3226, !DIExpression(), !3229)
    #dbg_value(ptr %_1.i, !3231, !DIExpression(), !3236)
  %_2.i = getelementptr inbounds nuw i8, ptr %f, i64 16, !dbg !3238
; call unsafecell_atomic::reader
  tail call fastcc void @_ZN17unsafecell_atomic6reader17hfaad558393e220beE(ptr noundef nonnull align 8 %_2.i), !dbg !3239
    #dbg_value(ptr %_1.i, !2337, !DIExpression(), !3240)
    #dbg_value(ptr %_1.i, !2345, !DIExpression(), !3242)
    #dbg_value(ptr %_1.i, !2355, !DIExpression(), !3244)
    #dbg_value(i64 1, !2363, !DIExpression(), !3246)
    #dbg_value(i8 1, !2367, !DIExpression(), !3246)
    #dbg_value(i64 1, !2370, !DIExpression(), !3248)
    #dbg_value(i8 1, !2374, !DIExpression(), !3248)
    #dbg_value(ptr %f, !2366, !DIExpression(), !3250)
    #dbg_value(ptr %f, !2373, !DIExpression(), !3248)
  %0 = atomicrmw sub ptr %f, i64 1 release, align 8, !dbg !3251, !noalias !3252
  %1 = icmp eq i64 %0, 1, !dbg !3259
  br i1 %1, label %bb2.i.i.i2.i, label %"_ZN17unsafecell_atomic4main28_$u7b$$u7b$closure$u7d$$u7d$17hab695e333cf377ddE.exit", !dbg !3259

bb2.i.i.i2.i:                                     ; preds = %start
    #dbg_value(i8 2, !1990, !DIExpression(), !3260)
  fence acquire, !dbg !3262
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1.i) #23, !dbg !3263
  br label %"_ZN17unsafecell_atomic4main28_$u7b$$u7b$closure$u7d$$u7d$17hab695e333cf377ddE.exit", !dbg !3263

"_ZN17unsafecell_atomic4main28_$u7b$$u7b$closure$u7d$$u7d$17hab695e333cf377ddE.exit": ; preds = %start, %bb2.i.i.i2.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_1.i), !dbg !3264
  tail call void asm sideeffect "", "~{memory}"() #21, !dbg !3265, !srcloc !3210
  ret void, !dbg !3266
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17hfc24cc11b168000aE(ptr dead_on_return noalias noundef nonnull readonly align 8 captures(none) dereferenceable(32) %f) unnamed_addr #4 !dbg !3267 {
start:
  %_2.i = alloca [32 x i8], align 8
    #dbg_declare(ptr poison, !3277, !DIExpression(), !3281)
    #dbg_declare(ptr %f, !3276, !DIExpression(), !3282)
    #dbg_declare(ptr poison, !3283, !DIExpression(), !3286)
    #dbg_declare(ptr %f, !3288, !DIExpression(), !3291)
  call void @llvm.lifetime.start.p0(ptr nonnull %_2.i), !dbg !3293, !noalias !3294
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %_2.i, ptr noundef nonnull readonly align 8 dereferenceable(32) %f, i64 32, i1 false), !dbg !3293
; call <std::thread::spawnhook::ChildSpawnHooks>::run
  call void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr noalias noundef nonnull align 8 captures(address) dereferenceable(32) %_2.i), !dbg !3297, !noalias !3294
  call void @llvm.lifetime.end.p0(ptr nonnull %_2.i), !dbg !3298, !noalias !3294
  call void asm sideeffect "", "~{memory}"() #21, !dbg !3299, !srcloc !3210
  ret void, !dbg !3300
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5ea2cfebfda75f06E"(ptr noundef readonly captures(none) %_1) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !3301 {
start:
  %f.i.i = alloca [40 x i8], align 16
    #dbg_declare(ptr poison, !3309, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !3368)
    #dbg_value(ptr poison, !3388, !DIExpression(), !3396)
    #dbg_value(ptr poison, !3407, !DIExpression(), !3411)
    #dbg_value(ptr poison, !3405, !DIExpression(), !3412)
    #dbg_value(ptr poison, !3404, !DIExpression(), !3413)
    #dbg_value(ptr poison, !3414, !DIExpression(), !3426)
    #dbg_value(ptr poison, !3423, !DIExpression(), !3428)
    #dbg_value(ptr poison, !3421, !DIExpression(), !3429)
    #dbg_value(ptr poison, !3328, !DIExpression(), !3430)
  %_x.i = alloca [8 x i8], align 8
    #dbg_value(ptr %_1, !3305, !DIExpression(), !3431)
    #dbg_declare(ptr poison, !3306, !DIExpression(), !3432)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3433), !dbg !3432
    #dbg_declare(ptr poison, !3374, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !3436)
    #dbg_declare(ptr poison, !3327, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !3437)
    #dbg_declare(ptr %_1, !3381, !DIExpression(DW_OP_plus_uconst, 40), !3438)
    #dbg_declare(ptr %_1, !3382, !DIExpression(), !3439)
    #dbg_declare(ptr %_1, !3383, !DIExpression(DW_OP_plus_uconst, 32), !3440)
    #dbg_declare(ptr %_x.i, !3441, !DIExpression(), !3446)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 40, !dbg !3448
  %self.i = load ptr, ptr %0, align 8, !dbg !3448, !alias.scope !3433, !nonnull !23, !noundef !23
    #dbg_value(ptr %self.i, !3384, !DIExpression(), !3449)
  %_6.sroa.0.sroa.5.0._1.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !3450
  %data.sroa.8.0.f.i.sroa_idx.i = getelementptr inbounds nuw i8, ptr %f.i.i, i64 16, !dbg !3451
  call void @llvm.lifetime.start.p0(ptr nonnull %f.i.i), !dbg !3451, !noalias !3433
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %data.sroa.8.0.f.i.sroa_idx.i, ptr noundef nonnull readonly align 8 dereferenceable(16) %_6.sroa.0.sroa.5.0._1.sroa_idx.i, i64 16, i1 false), !dbg !3450
    #dbg_value(ptr poison, !3327, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3457)
    #dbg_value(ptr poison, !3374, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3458)
    #dbg_value(ptr poison, !3327, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3457)
    #dbg_value(ptr poison, !3374, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3458)
    #dbg_value(ptr %self.i, !3374, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !3458)
    #dbg_value(ptr %self.i, !3327, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !3457)
    #dbg_value(ptr poison, !3309, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3459)
    #dbg_value(ptr poison, !3309, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3459)
    #dbg_value(ptr %self.i, !3309, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !3459)
    #dbg_value(ptr undef, !3328, !DIExpression(), !3430)
    #dbg_value(ptr undef, !3404, !DIExpression(), !3413)
    #dbg_declare(ptr %f.i.i, !3408, !DIExpression(), !3460)
    #dbg_value(ptr undef, !3405, !DIExpression(), !3412)
    #dbg_value(ptr undef, !3407, !DIExpression(), !3411)
    #dbg_value(ptr undef, !3388, !DIExpression(), !3396)
  %1 = load <2 x ptr>, ptr %_1, align 8, !dbg !3450, !alias.scope !3433
  store <2 x ptr> %1, ptr %f.i.i, align 16, !dbg !3451, !noalias !3433
  %data.sroa.821.0.f.i.sroa_idx.i = getelementptr inbounds nuw i8, ptr %f.i.i, i64 32, !dbg !3451
  store ptr %self.i, ptr %data.sroa.821.0.f.i.sroa_idx.i, align 16, !dbg !3451, !noalias !3433
    #dbg_declare(ptr %f.i.i, !3461, !DIExpression(), !3472)
    #dbg_declare(ptr poison, !3469, !DIExpression(), !3474)
    #dbg_declare(ptr poison, !3468, !DIExpression(), !3474)
    #dbg_declare(ptr %f.i.i, !3475, !DIExpression(), !3481)
    #dbg_declare(ptr %f.i.i, !3480, !DIExpression(DW_OP_plus_uconst, 32), !3483)
; invoke std::sys::backtrace::__rust_begin_short_backtrace
  invoke fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17hfc24cc11b168000aE(ptr noalias noundef nonnull readonly align 8 captures(address) dereferenceable(40) %f.i.i)
          to label %9 unwind label %bb4.i.i.i.i, !dbg !3484, !noalias !3433

bb4.i.i.i.i:                                      ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(ptr %data.sroa.821.0.f.i.sroa_idx.i, !2337, !DIExpression(), !3485)
    #dbg_value(ptr %data.sroa.821.0.f.i.sroa_idx.i, !2345, !DIExpression(), !3487)
    #dbg_value(ptr %data.sroa.821.0.f.i.sroa_idx.i, !2355, !DIExpression(), !3489)
    #dbg_value(i64 1, !2363, !DIExpression(), !3491)
    #dbg_value(i8 1, !2367, !DIExpression(), !3491)
    #dbg_value(i64 1, !2370, !DIExpression(), !3493)
    #dbg_value(i8 1, !2374, !DIExpression(), !3493)
    #dbg_value(ptr %self.i, !2366, !DIExpression(), !3495)
    #dbg_value(ptr %self.i, !2373, !DIExpression(), !3493)
  %3 = atomicrmw sub ptr %self.i, i64 1 release, align 8, !dbg !3496, !noalias !3497
  %4 = icmp eq i64 %3, 1, !dbg !3508
  br i1 %4, label %bb2.i.i.i.i.i.i.i, label %catch.i.body.i, !dbg !3508

bb2.i.i.i.i.i.i.i:                                ; preds = %bb4.i.i.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !3509)
  fence acquire, !dbg !3511
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %data.sroa.821.0.f.i.sroa_idx.i) #23, !dbg !3512, !noalias !3433
  br label %catch.i.body.i, !dbg !3512

catch.i.body.i:                                   ; preds = %bb2.i.i.i.i.i.i.i, %bb4.i.i.i.i
  %5 = extractvalue { ptr, i32 } %2, 0, !dbg !3513
    #dbg_value(ptr undef, !3421, !DIExpression(), !3429)
    #dbg_value(ptr %5, !3422, !DIExpression(), !3429)
    #dbg_value(ptr undef, !3423, !DIExpression(), !3428)
    #dbg_value(ptr undef, !3414, !DIExpression(), !3426)
; invoke std::panicking::catch_unwind::cleanup
  %6 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %5)
          to label %8 unwind label %terminate.i.i, !dbg !3514, !noalias !3433

terminate.i.i:                                    ; preds = %catch.i.body.i
  %7 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #24, !dbg !3515, !noalias !3433
  unreachable, !dbg !3515

8:                                                ; preds = %catch.i.body.i
  %obj.0.i.i = extractvalue { ptr, ptr } %6, 0, !dbg !3514
  %obj.1.i.i = extractvalue { ptr, ptr } %6, 1, !dbg !3514
    #dbg_value(ptr %obj.0.i.i, !3309, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3459)
    #dbg_value(ptr %obj.1.i.i, !3309, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3459)
  br label %10, !dbg !3513

9:                                                ; preds = %start
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h817caf6ba366739fE(ptr noundef nonnull %self.i), !dbg !3516, !noalias !3517
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !3518, !noalias !3433
    #dbg_value(ptr poison, !3309, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3459)
    #dbg_value(ptr poison, !3309, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3459)
  br label %10, !dbg !3513

10:                                               ; preds = %9, %8
  %11 = phi ptr [ undef, %9 ], [ %obj.1.i.i, %8 ]
  %12 = phi ptr [ null, %9 ], [ %obj.0.i.i, %8 ], !dbg !3513
    #dbg_value(ptr %12, !3385, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3519)
    #dbg_value(ptr %11, !3385, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3519)
    #dbg_value(ptr %_1, !3520, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !3526)
    #dbg_value(ptr %_1, !3528, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !3531)
  %13 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !3533
  %_37.i = load ptr, ptr %13, align 8, !dbg !3533, !alias.scope !3433, !nonnull !23, !noundef !23
    #dbg_value(ptr %_37.i, !3536, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !3544)
  %_38.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 24, !dbg !3546
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3547), !dbg !3550
    #dbg_value(ptr %_38.i, !3551, !DIExpression(), !3556)
  %_2.i.i = load i64, ptr %_38.i, align 8, !dbg !3558, !range !1640, !alias.scope !3547, !noalias !3433, !noundef !23
  %14 = icmp eq i64 %_2.i.i, 0, !dbg !3558
  br i1 %14, label %bb1.i, label %bb2.i.i, !dbg !3558

bb2.i.i:                                          ; preds = %10
  %15 = getelementptr inbounds nuw i8, ptr %_37.i, i64 32, !dbg !3558
  %.val.i.i = load ptr, ptr %15, align 8, !dbg !3558, !alias.scope !3547, !noalias !3433, !align !1646, !noundef !23
  %16 = getelementptr inbounds nuw i8, ptr %_37.i, i64 40, !dbg !3558
  %.val1.i.i = load ptr, ptr %16, align 8, !dbg !3558, !alias.scope !3547, !noalias !3433
    #dbg_value(ptr poison, !3559, !DIExpression(), !3565)
  %17 = icmp eq ptr %.val.i.i, null, !dbg !3567
  br i1 %17, label %bb1.i, label %bb2.i.i.i, !dbg !3567

bb2.i.i.i:                                        ; preds = %bb2.i.i
    #dbg_value(ptr poison, !3568, !DIExpression(), !3574)
  %18 = icmp ne ptr %.val1.i.i, null
  tail call void @llvm.assume(i1 %18)
  %19 = load ptr, ptr %.val1.i.i, align 8, !dbg !3576, !invariant.load !23, !noalias !3577
  %.not.i.i.i.i = icmp eq ptr %19, null, !dbg !3576
  br i1 %.not.i.i.i.i, label %bb3.i.i.i.i, label %is_not_null.i.i.i.i, !dbg !3576

is_not_null.i.i.i.i:                              ; preds = %bb2.i.i.i
  invoke void %19(ptr noundef nonnull %.val.i.i)
          to label %bb3.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !3576, !noalias !3577

bb3.i.i.i.i:                                      ; preds = %is_not_null.i.i.i.i, %bb2.i.i.i
    #dbg_value(ptr poison, !3580, !DIExpression(), !3606)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3608)
    #dbg_value(ptr %.val1.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3608)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3619)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3626)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3637)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3642)
    #dbg_value(ptr %.val1.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3619)
    #dbg_value(ptr %.val1.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3626)
    #dbg_value(ptr %.val1.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3637)
    #dbg_value(ptr %.val1.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3642)
  %20 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !3644
  %21 = load i64, ptr %20, align 8, !dbg !3644, !range !3645, !invariant.load !23, !noalias !3577
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3646)
    #dbg_value(i64 %21, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3646)
  %22 = icmp eq i64 %21, 0, !dbg !3647
  br i1 %22, label %bb1.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, !dbg !3647

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i: ; preds = %bb3.i.i.i.i
  %23 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !3644
  %24 = load i64, ptr %23, align 8, !dbg !3648, !range !3649, !invariant.load !23, !noalias !3577
    #dbg_value(i64 %24, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3646)
    #dbg_value(ptr %.val.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3619)
    #dbg_value(ptr %.val.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3626)
    #dbg_value(ptr %.val.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3637)
    #dbg_value(ptr %.val.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3642)
    #dbg_value(ptr %.val.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3608)
    #dbg_value(ptr poison, !1603, !DIExpression(), !3650)
    #dbg_value(ptr poison, !1612, !DIExpression(), !3652)
    #dbg_value(ptr %.val.i.i, !1608, !DIExpression(), !3650)
    #dbg_value(ptr %.val.i.i, !1616, !DIExpression(), !3652)
    #dbg_value(ptr %.val.i.i, !1620, !DIExpression(), !3654)
    #dbg_value(i64 %24, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3650)
    #dbg_value(i64 %24, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3652)
    #dbg_value(i64 %24, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3654)
    #dbg_value(i64 %24, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3656)
    #dbg_value(i64 %21, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3650)
    #dbg_value(i64 %21, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3652)
    #dbg_value(i64 %21, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3654)
    #dbg_value(i64 %21, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3656)
    #dbg_value(ptr %.val.i.i, !1634, !DIExpression(), !3656)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %21, i64 noundef range(i64 1, -9223372036854775807) %24) #21, !dbg !3658, !noalias !3577
  br label %bb1.i, !dbg !3659

cleanup.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i
  %25 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3580, !DIExpression(), !3660)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3662)
    #dbg_value(ptr %.val1.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3662)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3663)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3665)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3667)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3669)
    #dbg_value(ptr %.val1.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3663)
    #dbg_value(ptr %.val1.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3665)
    #dbg_value(ptr %.val1.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3667)
    #dbg_value(ptr %.val1.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3669)
  %26 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !3671
  %27 = load i64, ptr %26, align 8, !dbg !3671, !range !3645, !invariant.load !23, !noalias !3577
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3672)
    #dbg_value(i64 %27, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3672)
  %28 = icmp eq i64 %27, 0, !dbg !3673
  br i1 %28, label %bb5.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, !dbg !3673

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i: ; preds = %cleanup.i.i.i.i
  %29 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !3671
  %30 = load i64, ptr %29, align 8, !dbg !3674, !range !3649, !invariant.load !23, !noalias !3577
    #dbg_value(i64 %30, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3672)
    #dbg_value(ptr %.val.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3663)
    #dbg_value(ptr %.val.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3665)
    #dbg_value(ptr %.val.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3667)
    #dbg_value(ptr %.val.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3669)
    #dbg_value(ptr %.val.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3662)
    #dbg_value(ptr poison, !1603, !DIExpression(), !3675)
    #dbg_value(ptr poison, !1612, !DIExpression(), !3677)
    #dbg_value(ptr %.val.i.i, !1608, !DIExpression(), !3675)
    #dbg_value(ptr %.val.i.i, !1616, !DIExpression(), !3677)
    #dbg_value(ptr %.val.i.i, !1620, !DIExpression(), !3679)
    #dbg_value(i64 %30, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3675)
    #dbg_value(i64 %30, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3677)
    #dbg_value(i64 %30, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3679)
    #dbg_value(i64 %30, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3681)
    #dbg_value(i64 %27, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3675)
    #dbg_value(i64 %27, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3677)
    #dbg_value(i64 %27, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3679)
    #dbg_value(i64 %27, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3681)
    #dbg_value(ptr %.val.i.i, !1634, !DIExpression(), !3681)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %27, i64 noundef range(i64 1, -9223372036854775807) %30) #21, !dbg !3683, !noalias !3577
  br label %bb5.i, !dbg !3684

bb1.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, %bb3.i.i.i.i, %bb2.i.i, %10
  store i64 1, ptr %_38.i, align 8, !dbg !3550, !noalias !3433
  %_7.sroa.5.0._38.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 32, !dbg !3550
  store ptr %12, ptr %_7.sroa.5.0._38.sroa_idx.i, align 8, !dbg !3550, !noalias !3433
  %_7.sroa.6.0._38.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 40, !dbg !3550
  store ptr %11, ptr %_7.sroa.6.0._38.sroa_idx.i, align 8, !dbg !3550, !noalias !3433
  call void @llvm.lifetime.start.p0(ptr nonnull %_x.i), !dbg !3685, !noalias !3433
  store ptr %_37.i, ptr %_x.i, align 8, !dbg !3685, !noalias !3433
    #dbg_value(ptr %_x.i, !2231, !DIExpression(), !3686)
    #dbg_value(ptr %_x.i, !2241, !DIExpression(), !3688)
    #dbg_value(i64 1, !2249, !DIExpression(), !3690)
    #dbg_value(i8 1, !2253, !DIExpression(), !3690)
    #dbg_value(i64 1, !2256, !DIExpression(), !3692)
    #dbg_value(i8 1, !2260, !DIExpression(), !3692)
    #dbg_value(ptr %_37.i, !2252, !DIExpression(), !3694)
    #dbg_value(ptr %_37.i, !2259, !DIExpression(), !3692)
  %31 = atomicrmw sub ptr %_37.i, i64 1 release, align 8, !dbg !3695, !noalias !3696
  %32 = icmp eq i64 %31, 1, !dbg !3701
  br i1 %32, label %bb2.i.i12.i, label %"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h0319e7a73091dfc9E.exit", !dbg !3701

bb2.i.i12.i:                                      ; preds = %bb1.i
    #dbg_value(i8 2, !1990, !DIExpression(), !3702)
  fence acquire, !dbg !3704
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_x.i) #23, !dbg !3705, !noalias !3433
  br label %"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h0319e7a73091dfc9E.exit", !dbg !3705

bb3.i:                                            ; preds = %bb2.i.i14.i, %bb5.i
  resume { ptr, i32 } %25, !dbg !3706

bb5.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, %cleanup.i.i.i.i
  store i64 1, ptr %_38.i, align 8, !dbg !3550, !noalias !3433
  store ptr %12, ptr %15, align 8, !dbg !3550, !noalias !3433
  store ptr %11, ptr %16, align 8, !dbg !3550, !noalias !3433
    #dbg_value(ptr %13, !2231, !DIExpression(), !3707)
    #dbg_value(ptr %13, !2241, !DIExpression(), !3709)
    #dbg_value(i64 1, !2249, !DIExpression(), !3711)
    #dbg_value(i8 1, !2253, !DIExpression(), !3711)
    #dbg_value(i64 1, !2256, !DIExpression(), !3713)
    #dbg_value(i8 1, !2260, !DIExpression(), !3713)
    #dbg_value(ptr %_37.i, !2252, !DIExpression(), !3715)
    #dbg_value(ptr %_37.i, !2259, !DIExpression(), !3713)
  %33 = atomicrmw sub ptr %_37.i, i64 1 release, align 8, !dbg !3716, !noalias !3717
  %34 = icmp eq i64 %33, 1, !dbg !3722
  br i1 %34, label %bb2.i.i14.i, label %bb3.i, !dbg !3722

bb2.i.i14.i:                                      ; preds = %bb5.i
    #dbg_value(i8 2, !1990, !DIExpression(), !3723)
  fence acquire, !dbg !3725
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %13) #23
          to label %bb3.i unwind label %terminate.i, !dbg !3726

terminate.i:                                      ; preds = %bb2.i.i14.i
  %35 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !3706, !noalias !3433
  unreachable, !dbg !3706

"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h0319e7a73091dfc9E.exit": ; preds = %bb1.i, %bb2.i.i12.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_x.i), !dbg !3727, !noalias !3433
  ret void, !dbg !3432
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h8bf6da869877331eE"(ptr noundef readonly captures(none) %_1) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !3728 {
start:
    #dbg_value(ptr %_1, !3733, !DIExpression(), !3737)
    #dbg_declare(ptr poison, !3734, !DIExpression(), !3738)
  %0 = load ptr, ptr %_1, align 8, !dbg !3738, !nonnull !23, !noundef !23
    #dbg_value(ptr %0, !3169, !DIExpression(), !3739)
    #dbg_value(ptr %0, !3745, !DIExpression(), !3748)
    #dbg_declare(ptr poison, !3746, !DIExpression(), !3749)
    #dbg_value(ptr undef, !3169, !DIExpression(DW_OP_deref), !3739)
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h37c2d1ad10a9ae1aE(ptr noundef nonnull readonly %0) #23, !dbg !3750, !noalias !3751
  ret i32 0, !dbg !3738
}

; core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E"(ptr %_1.0.val, ptr readonly captures(address_is_null) %_1.8.val) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3560 {
start:
    #dbg_value(ptr poison, !3559, !DIExpression(), !3754)
  %0 = icmp eq ptr %_1.0.val, null, !dbg !3755
  br i1 %0, label %bb1, label %bb2, !dbg !3755

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, %bb3.i, %start
  ret void, !dbg !3755

bb2:                                              ; preds = %start
    #dbg_value(ptr poison, !3568, !DIExpression(), !3756)
  %1 = icmp ne ptr %_1.8.val, null
  tail call void @llvm.assume(i1 %1)
  %2 = load ptr, ptr %_1.8.val, align 8, !dbg !3758, !invariant.load !23, !noalias !3759
  %.not.i = icmp eq ptr %2, null, !dbg !3758
  br i1 %.not.i, label %bb3.i, label %is_not_null.i, !dbg !3758

is_not_null.i:                                    ; preds = %bb2
  invoke void %2(ptr noundef nonnull %_1.0.val)
          to label %bb3.i unwind label %cleanup.i, !dbg !3758, !noalias !3759

bb3.i:                                            ; preds = %is_not_null.i, %bb2
    #dbg_value(ptr poison, !3580, !DIExpression(), !3762)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3764)
    #dbg_value(ptr %_1.8.val, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3764)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3765)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3767)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3769)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3771)
    #dbg_value(ptr %_1.8.val, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3765)
    #dbg_value(ptr %_1.8.val, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3767)
    #dbg_value(ptr %_1.8.val, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3769)
    #dbg_value(ptr %_1.8.val, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3771)
  %3 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3773
  %4 = load i64, ptr %3, align 8, !dbg !3773, !range !3645, !invariant.load !23, !noalias !3759
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3774)
    #dbg_value(i64 %4, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3774)
  %5 = icmp eq i64 %4, 0, !dbg !3775
  br i1 %5, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, !dbg !3775

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
  %6 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3773
  %7 = load i64, ptr %6, align 8, !dbg !3776, !range !3649, !invariant.load !23, !noalias !3759
    #dbg_value(i64 %7, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3774)
    #dbg_value(ptr %_1.0.val, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3765)
    #dbg_value(ptr %_1.0.val, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3767)
    #dbg_value(ptr %_1.0.val, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3769)
    #dbg_value(ptr %_1.0.val, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3771)
    #dbg_value(ptr %_1.0.val, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3764)
    #dbg_value(ptr poison, !1603, !DIExpression(), !3777)
    #dbg_value(ptr poison, !1612, !DIExpression(), !3779)
    #dbg_value(ptr %_1.0.val, !1608, !DIExpression(), !3777)
    #dbg_value(ptr %_1.0.val, !1616, !DIExpression(), !3779)
    #dbg_value(ptr %_1.0.val, !1620, !DIExpression(), !3781)
    #dbg_value(i64 %7, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3777)
    #dbg_value(i64 %7, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3779)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3781)
    #dbg_value(i64 %7, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3783)
    #dbg_value(i64 %4, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3777)
    #dbg_value(i64 %4, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3779)
    #dbg_value(i64 %4, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3781)
    #dbg_value(i64 %4, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3783)
    #dbg_value(ptr %_1.0.val, !1634, !DIExpression(), !3783)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %4, i64 noundef range(i64 1, -9223372036854775807) %7) #21, !dbg !3785, !noalias !3759
  br label %bb1, !dbg !3786

cleanup.i:                                        ; preds = %is_not_null.i
  %8 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3580, !DIExpression(), !3787)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3789)
    #dbg_value(ptr %_1.8.val, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3789)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3790)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3792)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3794)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3796)
    #dbg_value(ptr %_1.8.val, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3790)
    #dbg_value(ptr %_1.8.val, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3792)
    #dbg_value(ptr %_1.8.val, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3794)
    #dbg_value(ptr %_1.8.val, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3796)
  %9 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3798
  %10 = load i64, ptr %9, align 8, !dbg !3798, !range !3645, !invariant.load !23, !noalias !3759
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3799)
    #dbg_value(i64 %10, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3799)
  %11 = icmp eq i64 %10, 0, !dbg !3800
  br i1 %11, label %bb1.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, !dbg !3800

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
  %12 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3798
  %13 = load i64, ptr %12, align 8, !dbg !3801, !range !3649, !invariant.load !23, !noalias !3759
    #dbg_value(i64 %13, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3799)
    #dbg_value(ptr %_1.0.val, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3790)
    #dbg_value(ptr %_1.0.val, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3792)
    #dbg_value(ptr %_1.0.val, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3794)
    #dbg_value(ptr %_1.0.val, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3796)
    #dbg_value(ptr %_1.0.val, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3789)
    #dbg_value(ptr poison, !1603, !DIExpression(), !3802)
    #dbg_value(ptr poison, !1612, !DIExpression(), !3804)
    #dbg_value(ptr %_1.0.val, !1608, !DIExpression(), !3802)
    #dbg_value(ptr %_1.0.val, !1616, !DIExpression(), !3804)
    #dbg_value(ptr %_1.0.val, !1620, !DIExpression(), !3806)
    #dbg_value(i64 %13, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3802)
    #dbg_value(i64 %13, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3804)
    #dbg_value(i64 %13, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3806)
    #dbg_value(i64 %13, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3808)
    #dbg_value(i64 %10, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3802)
    #dbg_value(i64 %10, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3804)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3806)
    #dbg_value(i64 %10, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3808)
    #dbg_value(ptr %_1.0.val, !1634, !DIExpression(), !3808)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %10, i64 noundef range(i64 1, -9223372036854775807) %13) #21, !dbg !3810, !noalias !3759
  br label %bb1.i, !dbg !3811

bb1.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, %cleanup.i
  resume { ptr, i32 } %8, !dbg !3758
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE"(ptr %_1.0.val, ptr readonly captures(address_is_null) %_1.8.val) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3812 {
start:
    #dbg_value(ptr poison, !3817, !DIExpression(), !3818)
  %0 = icmp ne ptr %_1.8.val, null
  tail call void @llvm.assume(i1 %0)
  %1 = load ptr, ptr %_1.8.val, align 8, !dbg !3819, !invariant.load !23
  %.not = icmp eq ptr %1, null, !dbg !3819
  br i1 %.not, label %bb3, label %is_not_null, !dbg !3819

is_not_null:                                      ; preds = %start
  %2 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %2)
  invoke void %1(ptr noundef nonnull %_1.0.val)
          to label %bb3 unwind label %cleanup, !dbg !3819

bb3:                                              ; preds = %is_not_null, %start
    #dbg_value(ptr poison, !3820, !DIExpression(), !3845)
    #dbg_value(ptr poison, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3847)
    #dbg_value(ptr %_1.8.val, !3826, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3847)
    #dbg_value(ptr poison, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3857)
    #dbg_value(ptr poison, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3864)
    #dbg_value(ptr poison, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3874)
    #dbg_value(ptr poison, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3879)
    #dbg_value(ptr %_1.8.val, !3848, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3857)
    #dbg_value(ptr %_1.8.val, !3859, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3864)
    #dbg_value(ptr %_1.8.val, !3866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3874)
    #dbg_value(ptr %_1.8.val, !3876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3879)
  %3 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3881
  %4 = load i64, ptr %3, align 8, !dbg !3881, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3882)
    #dbg_value(i64 %4, !3842, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3882)
  %5 = icmp eq i64 %4, 0, !dbg !3883
  br i1 %5, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefce0a0b699ab91E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i, !dbg !3883

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %6 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3881
  %7 = load i64, ptr %6, align 8, !dbg !3884, !range !3649, !invariant.load !23
    #dbg_value(i64 %7, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3882)
  %8 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %8)
    #dbg_value(ptr %_1.0.val, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3857)
    #dbg_value(ptr %_1.0.val, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3864)
    #dbg_value(ptr %_1.0.val, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3874)
    #dbg_value(ptr %_1.0.val, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3879)
    #dbg_value(ptr %_1.0.val, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3847)
    #dbg_value(ptr poison, !1603, !DIExpression(), !3885)
    #dbg_value(ptr poison, !1612, !DIExpression(), !3887)
    #dbg_value(ptr %_1.0.val, !1608, !DIExpression(), !3885)
    #dbg_value(ptr %_1.0.val, !1616, !DIExpression(), !3887)
    #dbg_value(ptr %_1.0.val, !1620, !DIExpression(), !3889)
    #dbg_value(i64 %7, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3885)
    #dbg_value(i64 %7, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3887)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3889)
    #dbg_value(i64 %7, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3891)
    #dbg_value(i64 %4, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3885)
    #dbg_value(i64 %4, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3887)
    #dbg_value(i64 %4, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3889)
    #dbg_value(i64 %4, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3891)
    #dbg_value(ptr %_1.0.val, !1634, !DIExpression(), !3891)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %4, i64 noundef range(i64 1, -9223372036854775807) %7) #21, !dbg !3893
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefce0a0b699ab91E.exit", !dbg !3894

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefce0a0b699ab91E.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void, !dbg !3819

cleanup:                                          ; preds = %is_not_null
  %9 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3820, !DIExpression(), !3895)
    #dbg_value(ptr poison, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3897)
    #dbg_value(ptr %_1.8.val, !3826, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3897)
    #dbg_value(ptr poison, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3898)
    #dbg_value(ptr poison, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3900)
    #dbg_value(ptr poison, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3902)
    #dbg_value(ptr poison, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3904)
    #dbg_value(ptr %_1.8.val, !3848, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3898)
    #dbg_value(ptr %_1.8.val, !3859, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3900)
    #dbg_value(ptr %_1.8.val, !3866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3902)
    #dbg_value(ptr %_1.8.val, !3876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3904)
  %10 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3906
  %11 = load i64, ptr %10, align 8, !dbg !3906, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3907)
    #dbg_value(i64 %11, !3842, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3907)
  %12 = icmp eq i64 %11, 0, !dbg !3908
  br i1 %12, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, !dbg !3908

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4: ; preds = %cleanup
  %13 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3906
  %14 = load i64, ptr %13, align 8, !dbg !3909, !range !3649, !invariant.load !23
    #dbg_value(i64 %14, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3907)
    #dbg_value(ptr %_1.0.val, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3898)
    #dbg_value(ptr %_1.0.val, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3900)
    #dbg_value(ptr %_1.0.val, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3902)
    #dbg_value(ptr %_1.0.val, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3904)
    #dbg_value(ptr %_1.0.val, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3897)
    #dbg_value(ptr poison, !1603, !DIExpression(), !3910)
    #dbg_value(ptr poison, !1612, !DIExpression(), !3912)
    #dbg_value(ptr %_1.0.val, !1608, !DIExpression(), !3910)
    #dbg_value(ptr %_1.0.val, !1616, !DIExpression(), !3912)
    #dbg_value(ptr %_1.0.val, !1620, !DIExpression(), !3914)
    #dbg_value(i64 %14, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3910)
    #dbg_value(i64 %14, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3912)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3914)
    #dbg_value(i64 %14, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3916)
    #dbg_value(i64 %11, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3910)
    #dbg_value(i64 %11, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3912)
    #dbg_value(i64 %11, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3914)
    #dbg_value(i64 %11, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3916)
    #dbg_value(ptr %_1.0.val, !1634, !DIExpression(), !3916)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %11, i64 noundef range(i64 1, -9223372036854775807) %14) #21, !dbg !3918
  br label %bb1, !dbg !3919

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, %cleanup
  resume { ptr, i32 } %9, !dbg !3819
}

; core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<unsafecell_atomic::main::{{closure}},()>::{{closure}}>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr160drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h22ff0337c0dee1f6E"(ptr noalias noundef align 8 dereferenceable(48) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3920 {
start:
    #dbg_value(ptr %_1, !3922, !DIExpression(), !3923)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 40, !dbg !3924
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3925), !dbg !3924
    #dbg_value(ptr %0, !3928, !DIExpression(), !3936)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3938), !dbg !3941
    #dbg_value(ptr %0, !3942, !DIExpression(), !3949)
    #dbg_value(ptr %0, !3951, !DIExpression(), !3959)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3961), !dbg !3964
    #dbg_value(ptr %0, !2337, !DIExpression(), !3965)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3967), !dbg !3970
    #dbg_value(ptr %0, !2345, !DIExpression(), !3971)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3973), !dbg !3976
    #dbg_value(ptr %0, !2355, !DIExpression(), !3977)
    #dbg_value(ptr %0, !3979, !DIExpression(), !3986)
    #dbg_value(i64 1, !2363, !DIExpression(), !3988)
    #dbg_value(i8 1, !2367, !DIExpression(), !3988)
    #dbg_value(i64 1, !2370, !DIExpression(), !3990)
    #dbg_value(i8 1, !2374, !DIExpression(), !3990)
  %_10.i.i.i.i.i = load ptr, ptr %0, align 8, !dbg !3992, !alias.scope !3999, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !2366, !DIExpression(), !4000)
    #dbg_value(ptr %_10.i.i.i.i.i, !2373, !DIExpression(), !3990)
  %1 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !4001, !noalias !3999
  %2 = icmp eq i64 %1, 1, !dbg !4002
  br i1 %2, label %bb2.i.i.i.i.i, label %bb6, !dbg !4002

bb2.i.i.i.i.i:                                    ; preds = %start
    #dbg_value(i8 2, !1990, !DIExpression(), !4003)
  fence acquire, !dbg !4005
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %0) #23, !dbg !4006
  br label %bb6, !dbg !4006

bb6:                                              ; preds = %bb2.i.i.i.i.i, %start
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h811c30b349f0dbedE"(ptr noalias noundef align 8 dereferenceable(32) %_1)
          to label %bb5 unwind label %cleanup1, !dbg !3924

bb2.i.i:                                          ; preds = %cleanup1
    #dbg_value(i8 2, !1990, !DIExpression(), !4007)
  fence acquire, !dbg !4011
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %4) #23
          to label %bb1 unwind label %terminate, !dbg !4012

cleanup1:                                         ; preds = %bb6
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !3924
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4013), !dbg !3924
    #dbg_value(ptr %4, !2231, !DIExpression(), !4016)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4017), !dbg !4020
    #dbg_value(ptr %4, !2241, !DIExpression(), !4021)
    #dbg_value(ptr %4, !2744, !DIExpression(), !4022)
    #dbg_value(i64 1, !2249, !DIExpression(), !4024)
    #dbg_value(i8 1, !2253, !DIExpression(), !4024)
    #dbg_value(i64 1, !2256, !DIExpression(), !4026)
    #dbg_value(i8 1, !2260, !DIExpression(), !4026)
  %_10.i.i = load ptr, ptr %4, align 8, !dbg !4028, !alias.scope !4030, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i, !2252, !DIExpression(), !4031)
    #dbg_value(ptr %_10.i.i, !2259, !DIExpression(), !4026)
  %5 = atomicrmw sub ptr %_10.i.i, i64 1 release, align 8, !dbg !4032, !noalias !4030
  %6 = icmp eq i64 %5, 1, !dbg !4033
  br i1 %6, label %bb2.i.i, label %bb1, !dbg !4033

bb5:                                              ; preds = %bb6
  %7 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !3924
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4034), !dbg !3924
    #dbg_value(ptr %7, !2231, !DIExpression(), !4037)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4039), !dbg !4042
    #dbg_value(ptr %7, !2241, !DIExpression(), !4043)
    #dbg_value(ptr %7, !2744, !DIExpression(), !4045)
    #dbg_value(i64 1, !2249, !DIExpression(), !4047)
    #dbg_value(i8 1, !2253, !DIExpression(), !4047)
    #dbg_value(i64 1, !2256, !DIExpression(), !4049)
    #dbg_value(i8 1, !2260, !DIExpression(), !4049)
  %_10.i.i3 = load ptr, ptr %7, align 8, !dbg !4051, !alias.scope !4053, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i3, !2252, !DIExpression(), !4054)
    #dbg_value(ptr %_10.i.i3, !2259, !DIExpression(), !4049)
  %8 = atomicrmw sub ptr %_10.i.i3, i64 1 release, align 8, !dbg !4055, !noalias !4053
  %9 = icmp eq i64 %8, 1, !dbg !4056
  br i1 %9, label %bb2.i.i4, label %"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E.exit5", !dbg !4056

bb2.i.i4:                                         ; preds = %bb5
    #dbg_value(i8 2, !1990, !DIExpression(), !4057)
  fence acquire, !dbg !4059
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %7) #23, !dbg !4060
  br label %"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E.exit5", !dbg !4060

"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E.exit5": ; preds = %bb5, %bb2.i.i4
  ret void, !dbg !3924

terminate:                                        ; preds = %bb2.i.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !3924
  unreachable, !dbg !3924

bb1:                                              ; preds = %cleanup1, %bb2.i.i
  resume { ptr, i32 } %3, !dbg !3924
}

; core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hfbb612672a4547e5E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4061 {
start:
    #dbg_value(ptr %_1, !4066, !DIExpression(), !4069)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4070
  %_1.val = load ptr, ptr %0, align 8, !dbg !4070, !nonnull !23, !noundef !23
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4070
  %_1.val1 = load i64, ptr %1, align 8, !dbg !4070, !noundef !23
    #dbg_value(ptr poison, !4071, !DIExpression(), !4079)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4081), !dbg !4084
    #dbg_value(ptr %_1.val, !4085, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4095)
    #dbg_value(i64 %_1.val1, !4085, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4095)
  %_78.i.i = icmp eq i64 %_1.val1, 0, !dbg !4097
  br i1 %_78.i.i, label %bb4, label %bb5.i.i, !dbg !4097

bb5.i.i:                                          ; preds = %start, %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit.i.i"
  %_3.sroa.0.09.i.i = phi i64 [ %2, %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit.i.i" ], [ 0, %start ]
  %_6.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.val, i64 %_3.sroa.0.09.i.i, !dbg !4097
  %2 = add nuw i64 %_3.sroa.0.09.i.i, 1, !dbg !4097
  %_6.val.i.i = load ptr, ptr %_6.i.i, align 8, !dbg !4097, !alias.scope !4081
  %3 = getelementptr i8, ptr %_6.i.i, i64 8, !dbg !4097
  %_6.val7.i.i = load ptr, ptr %3, align 8, !dbg !4097, !alias.scope !4081, !nonnull !23, !align !4098, !noundef !23
    #dbg_value(ptr poison, !3817, !DIExpression(), !4099)
  %4 = load ptr, ptr %_6.val7.i.i, align 8, !dbg !4101, !invariant.load !23, !noalias !4081
  %.not.i.i.i = icmp eq ptr %4, null, !dbg !4101
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i, !dbg !4101

is_not_null.i.i.i:                                ; preds = %bb5.i.i
  %5 = icmp ne ptr %_6.val.i.i, null
  tail call void @llvm.assume(i1 %5)
  invoke void %4(ptr noundef nonnull %_6.val.i.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !dbg !4101, !noalias !4081

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb5.i.i
    #dbg_value(ptr poison, !3820, !DIExpression(), !4102)
    #dbg_value(ptr poison, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4104)
    #dbg_value(ptr %_6.val7.i.i, !3826, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4104)
    #dbg_value(ptr poison, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4105)
    #dbg_value(ptr poison, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4107)
    #dbg_value(ptr poison, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4109)
    #dbg_value(ptr poison, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4111)
    #dbg_value(ptr %_6.val7.i.i, !3848, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4105)
    #dbg_value(ptr %_6.val7.i.i, !3859, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4107)
    #dbg_value(ptr %_6.val7.i.i, !3866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4109)
    #dbg_value(ptr %_6.val7.i.i, !3876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4111)
  %6 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 8, !dbg !4113
  %7 = load i64, ptr %6, align 8, !dbg !4113, !range !3645, !invariant.load !23, !noalias !4081
    #dbg_value(i64 poison, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4114)
    #dbg_value(i64 %7, !3842, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4114)
  %8 = icmp eq i64 %7, 0, !dbg !4115
  br i1 %8, label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, !dbg !4115

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 16, !dbg !4113
  %10 = load i64, ptr %9, align 8, !dbg !4116, !range !3649, !invariant.load !23, !noalias !4081
    #dbg_value(i64 %10, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4114)
  %11 = icmp ne ptr %_6.val.i.i, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %_6.val.i.i, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4105)
    #dbg_value(ptr %_6.val.i.i, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4107)
    #dbg_value(ptr %_6.val.i.i, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4109)
    #dbg_value(ptr %_6.val.i.i, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4111)
    #dbg_value(ptr %_6.val.i.i, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4104)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4117)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4119)
    #dbg_value(ptr %_6.val.i.i, !1608, !DIExpression(), !4117)
    #dbg_value(ptr %_6.val.i.i, !1616, !DIExpression(), !4119)
    #dbg_value(ptr %_6.val.i.i, !1620, !DIExpression(), !4121)
    #dbg_value(i64 %10, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4117)
    #dbg_value(i64 %10, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4119)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4121)
    #dbg_value(i64 %10, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4123)
    #dbg_value(i64 %7, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4117)
    #dbg_value(i64 %7, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4119)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4121)
    #dbg_value(i64 %7, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4123)
    #dbg_value(ptr %_6.val.i.i, !1634, !DIExpression(), !4123)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #21, !dbg !4125, !noalias !4081
  br label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit.i.i", !dbg !4126

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %12 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3820, !DIExpression(), !4127)
    #dbg_value(ptr poison, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4129)
    #dbg_value(ptr %_6.val7.i.i, !3826, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4129)
    #dbg_value(ptr poison, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4130)
    #dbg_value(ptr poison, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4132)
    #dbg_value(ptr poison, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4134)
    #dbg_value(ptr poison, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4136)
    #dbg_value(ptr %_6.val7.i.i, !3848, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4130)
    #dbg_value(ptr %_6.val7.i.i, !3859, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4132)
    #dbg_value(ptr %_6.val7.i.i, !3866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4134)
    #dbg_value(ptr %_6.val7.i.i, !3876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4136)
  %13 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 8, !dbg !4138
  %14 = load i64, ptr %13, align 8, !dbg !4138, !range !3645, !invariant.load !23, !noalias !4081
    #dbg_value(i64 poison, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4139)
    #dbg_value(i64 %14, !3842, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4139)
  %15 = icmp eq i64 %14, 0, !dbg !4140
  br i1 %15, label %bb4.i.i.preheader, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, !dbg !4140

bb4.i.i.preheader:                                ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, %cleanup.i.i.i
  br label %bb4.i.i, !dbg !4097

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i: ; preds = %cleanup.i.i.i
  %16 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 16, !dbg !4138
  %17 = load i64, ptr %16, align 8, !dbg !4141, !range !3649, !invariant.load !23, !noalias !4081
    #dbg_value(i64 %17, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4139)
    #dbg_value(ptr %_6.val.i.i, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4130)
    #dbg_value(ptr %_6.val.i.i, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4132)
    #dbg_value(ptr %_6.val.i.i, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4134)
    #dbg_value(ptr %_6.val.i.i, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4136)
    #dbg_value(ptr %_6.val.i.i, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4129)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4142)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4144)
    #dbg_value(ptr %_6.val.i.i, !1608, !DIExpression(), !4142)
    #dbg_value(ptr %_6.val.i.i, !1616, !DIExpression(), !4144)
    #dbg_value(ptr %_6.val.i.i, !1620, !DIExpression(), !4146)
    #dbg_value(i64 %17, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4142)
    #dbg_value(i64 %17, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4144)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4146)
    #dbg_value(i64 %17, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4148)
    #dbg_value(i64 %14, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4142)
    #dbg_value(i64 %14, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4144)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4146)
    #dbg_value(i64 %14, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4148)
    #dbg_value(ptr %_6.val.i.i, !1634, !DIExpression(), !4148)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i, i64 noundef %14, i64 noundef range(i64 1, -9223372036854775807) %17) #21, !dbg !4150, !noalias !4081
  br label %bb4.i.i.preheader, !dbg !4151

"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, %bb3.i.i.i
  %_7.i.i = icmp eq i64 %2, %_1.val1, !dbg !4097
  br i1 %_7.i.i, label %bb4, label %bb5.i.i, !dbg !4097

bb4.i.i:                                          ; preds = %bb4.i.i.preheader, %bb3.i.i
  %_3.sroa.0.1.i.i = phi i64 [ %18, %bb3.i.i ], [ %2, %bb4.i.i.preheader ], !dbg !4097
  %_5.i.i = icmp eq i64 %_3.sroa.0.1.i.i, %_1.val1, !dbg !4097
  br i1 %_5.i.i, label %cleanup.body, label %bb3.i.i, !dbg !4097

bb3.i.i:                                          ; preds = %bb4.i.i
  %_4.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.val, i64 %_3.sroa.0.1.i.i, !dbg !4097
  %18 = add i64 %_3.sroa.0.1.i.i, 1, !dbg !4097
  %_4.val.i.i = load ptr, ptr %_4.i.i, align 8, !dbg !4097, !alias.scope !4081
  %19 = getelementptr i8, ptr %_4.i.i, i64 8, !dbg !4097
  %_4.val6.i.i = load ptr, ptr %19, align 8, !dbg !4097, !alias.scope !4081, !nonnull !23, !align !4098, !noundef !23
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE"(ptr %_4.val.i.i, ptr nonnull %_4.val6.i.i) #25
          to label %bb4.i.i unwind label %terminate.i.i, !dbg !4097, !noalias !4081

terminate.i.i:                                    ; preds = %bb3.i.i
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !4097, !noalias !4081
  unreachable, !dbg !4097

cleanup.body:                                     ; preds = %bb4.i.i
  %_1.val2 = load i64, ptr %_1, align 8, !dbg !4070, !range !3645, !noundef !23
    #dbg_value(ptr poison, !4152, !DIExpression(), !4160)
    #dbg_value(ptr poison, !4162, !DIExpression(), !4168)
    #dbg_value(ptr poison, !1557, !DIExpression(), !4170)
    #dbg_value(i64 8, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4170)
    #dbg_value(i64 16, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4170)
    #dbg_value(ptr poison, !1570, !DIExpression(), !4172)
    #dbg_value(i64 8, !1594, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4172)
    #dbg_value(i64 16, !1594, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4172)
    #dbg_value(i64 16, !4174, !DIExpression(), !4180)
  %21 = icmp eq i64 %_1.val2, 0, !dbg !4182
  br i1 %21, label %bb1, label %bb2.i.i.i, !dbg !4182

bb2.i.i.i:                                        ; preds = %cleanup.body
    #dbg_value(i64 %_1.val2, !4179, !DIExpression(), !4180)
  %alloc_size.i.i.i.i = shl nuw i64 %_1.val2, 4, !dbg !4183
    #dbg_value(ptr %_1.val, !1565, !DIExpression(), !4184)
    #dbg_value(i64 8, !1567, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4184)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1567, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4184)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4185)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4187)
    #dbg_value(ptr %_1.val, !1608, !DIExpression(), !4185)
    #dbg_value(ptr %_1.val, !1616, !DIExpression(), !4187)
    #dbg_value(ptr %_1.val, !1620, !DIExpression(), !4189)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4185)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4187)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4189)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4191)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4185)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4187)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4189)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4191)
    #dbg_value(ptr %_1.val, !1634, !DIExpression(), !4191)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val, i64 noundef %alloc_size.i.i.i.i, i64 noundef range(i64 1, -9223372036854775807) 8) #21, !dbg !4193
  br label %bb1, !dbg !4194

bb4:                                              ; preds = %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit.i.i", %start
  %_1.val4 = load i64, ptr %_1, align 8, !dbg !4070, !range !3645, !noundef !23
    #dbg_value(ptr poison, !4152, !DIExpression(), !4195)
    #dbg_value(ptr poison, !4162, !DIExpression(), !4197)
    #dbg_value(ptr poison, !1557, !DIExpression(), !4199)
    #dbg_value(i64 8, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4199)
    #dbg_value(i64 16, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4199)
    #dbg_value(ptr poison, !1570, !DIExpression(), !4201)
    #dbg_value(i64 8, !1594, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4201)
    #dbg_value(i64 16, !1594, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4201)
    #dbg_value(i64 16, !4174, !DIExpression(), !4203)
  %22 = icmp eq i64 %_1.val4, 0, !dbg !4205
  br i1 %22, label %"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hd0286eecb6f08ae4E.exit8", label %bb2.i.i.i6, !dbg !4205

bb2.i.i.i6:                                       ; preds = %bb4
    #dbg_value(i64 %_1.val4, !4179, !DIExpression(), !4203)
  %alloc_size.i.i.i.i7 = shl nuw i64 %_1.val4, 4, !dbg !4206
    #dbg_value(ptr %_1.val, !1565, !DIExpression(), !4207)
    #dbg_value(i64 8, !1567, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4207)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1567, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4207)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4208)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4210)
    #dbg_value(ptr %_1.val, !1608, !DIExpression(), !4208)
    #dbg_value(ptr %_1.val, !1616, !DIExpression(), !4210)
    #dbg_value(ptr %_1.val, !1620, !DIExpression(), !4212)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4208)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4210)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4212)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4214)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4208)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4210)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4212)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4214)
    #dbg_value(ptr %_1.val, !1634, !DIExpression(), !4214)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val, i64 noundef %alloc_size.i.i.i.i7, i64 noundef range(i64 1, -9223372036854775807) 8) #21, !dbg !4216
  br label %"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hd0286eecb6f08ae4E.exit8", !dbg !4217

"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hd0286eecb6f08ae4E.exit8": ; preds = %bb4, %bb2.i.i.i6
  ret void, !dbg !4070

bb1:                                              ; preds = %bb2.i.i.i, %cleanup.body
  resume { ptr, i32 } %12, !dbg !4070
}

; core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4218 {
start:
    #dbg_value(ptr %_1, !4223, !DIExpression(), !4226)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4227), !dbg !4230
    #dbg_value(ptr %_1, !3551, !DIExpression(), !4231)
  %_2.i = load i64, ptr %_1, align 8, !dbg !4233, !range !1640, !alias.scope !4227, !noundef !23
  %0 = icmp eq i64 %_2.i, 0, !dbg !4233
  br i1 %0, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E.exit", label %bb2.i, !dbg !4233

bb2.i:                                            ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4233
  %.val.i = load ptr, ptr %1, align 8, !dbg !4233, !alias.scope !4227, !align !1646, !noundef !23
  %2 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4233
  %.val1.i = load ptr, ptr %2, align 8, !dbg !4233, !alias.scope !4227
    #dbg_value(ptr poison, !3559, !DIExpression(), !4234)
  %3 = icmp eq ptr %.val.i, null, !dbg !4236
  br i1 %3, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E.exit", label %bb2.i.i, !dbg !4236

bb2.i.i:                                          ; preds = %bb2.i
    #dbg_value(ptr poison, !3568, !DIExpression(), !4237)
  %4 = icmp ne ptr %.val1.i, null
  tail call void @llvm.assume(i1 %4)
  %5 = load ptr, ptr %.val1.i, align 8, !dbg !4239, !invariant.load !23, !noalias !4240
  %.not.i.i.i = icmp eq ptr %5, null, !dbg !4239
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i, !dbg !4239

is_not_null.i.i.i:                                ; preds = %bb2.i.i
  invoke void %5(ptr noundef nonnull %.val.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !dbg !4239, !noalias !4240

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb2.i.i
    #dbg_value(ptr poison, !3580, !DIExpression(), !4243)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4245)
    #dbg_value(ptr %.val1.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4245)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4246)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4248)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4250)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4252)
    #dbg_value(ptr %.val1.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4246)
    #dbg_value(ptr %.val1.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4248)
    #dbg_value(ptr %.val1.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4250)
    #dbg_value(ptr %.val1.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4252)
  %6 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 8, !dbg !4254
  %7 = load i64, ptr %6, align 8, !dbg !4254, !range !3645, !invariant.load !23, !noalias !4240
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4255)
    #dbg_value(i64 %7, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4255)
  %8 = icmp eq i64 %7, 0, !dbg !4256
  br i1 %8, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, !dbg !4256

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 16, !dbg !4254
  %10 = load i64, ptr %9, align 8, !dbg !4257, !range !3649, !invariant.load !23, !noalias !4240
    #dbg_value(i64 %10, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4255)
    #dbg_value(ptr %.val.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4246)
    #dbg_value(ptr %.val.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4248)
    #dbg_value(ptr %.val.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4250)
    #dbg_value(ptr %.val.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4252)
    #dbg_value(ptr %.val.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4245)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4258)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4260)
    #dbg_value(ptr %.val.i, !1608, !DIExpression(), !4258)
    #dbg_value(ptr %.val.i, !1616, !DIExpression(), !4260)
    #dbg_value(ptr %.val.i, !1620, !DIExpression(), !4262)
    #dbg_value(i64 %10, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4258)
    #dbg_value(i64 %10, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4260)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4262)
    #dbg_value(i64 %10, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4264)
    #dbg_value(i64 %7, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4258)
    #dbg_value(i64 %7, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4260)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4262)
    #dbg_value(i64 %7, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4264)
    #dbg_value(ptr %.val.i, !1634, !DIExpression(), !4264)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #21, !dbg !4266, !noalias !4240
  br label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E.exit", !dbg !4267

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %11 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3580, !DIExpression(), !4268)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4270)
    #dbg_value(ptr %.val1.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4270)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4271)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4273)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4275)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4277)
    #dbg_value(ptr %.val1.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4271)
    #dbg_value(ptr %.val1.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4273)
    #dbg_value(ptr %.val1.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4275)
    #dbg_value(ptr %.val1.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4277)
  %12 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 8, !dbg !4279
  %13 = load i64, ptr %12, align 8, !dbg !4279, !range !3645, !invariant.load !23, !noalias !4240
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4280)
    #dbg_value(i64 %13, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4280)
  %14 = icmp eq i64 %13, 0, !dbg !4281
  br i1 %14, label %bb1.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, !dbg !4281

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i: ; preds = %cleanup.i.i.i
  %15 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 16, !dbg !4279
  %16 = load i64, ptr %15, align 8, !dbg !4282, !range !3649, !invariant.load !23, !noalias !4240
    #dbg_value(i64 %16, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4280)
    #dbg_value(ptr %.val.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4271)
    #dbg_value(ptr %.val.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4273)
    #dbg_value(ptr %.val.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4275)
    #dbg_value(ptr %.val.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4277)
    #dbg_value(ptr %.val.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4270)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4283)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4285)
    #dbg_value(ptr %.val.i, !1608, !DIExpression(), !4283)
    #dbg_value(ptr %.val.i, !1616, !DIExpression(), !4285)
    #dbg_value(ptr %.val.i, !1620, !DIExpression(), !4287)
    #dbg_value(i64 %16, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4283)
    #dbg_value(i64 %16, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4285)
    #dbg_value(i64 %16, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4287)
    #dbg_value(i64 %16, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4289)
    #dbg_value(i64 %13, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4283)
    #dbg_value(i64 %13, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4285)
    #dbg_value(i64 %13, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4287)
    #dbg_value(i64 %13, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4289)
    #dbg_value(ptr %.val.i, !1634, !DIExpression(), !4289)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i, i64 noundef %13, i64 noundef range(i64 1, -9223372036854775807) %16) #21, !dbg !4291, !noalias !4240
  br label %bb1.i.i.i, !dbg !4292

bb1.i.i.i:                                        ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, %cleanup.i.i.i
  resume { ptr, i32 } %11, !dbg !4239

"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E.exit": ; preds = %start, %bb2.i, %bb3.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i
  ret void, !dbg !4230
}

; core::ptr::drop_in_place<std::io::error::Error>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha37060210876742eE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4293 {
start:
    #dbg_value(ptr %_1, !4298, !DIExpression(), !4301)
  %_1.val = load ptr, ptr %_1, align 8, !dbg !4302, !nonnull !23, !noundef !23
    #dbg_value(ptr poison, !4303, !DIExpression(), !4311)
    #dbg_value(ptr poison, !4313, !DIExpression(), !4320)
    #dbg_value(ptr %_1.val, !4322, !DIExpression(), !4342)
    #dbg_declare(ptr poison, !4329, !DIExpression(), !4344)
    #dbg_value(i64 1, !4345, !DIExpression(), !4349)
    #dbg_value(i64 1, !4351, !DIExpression(), !4355)
    #dbg_value(i64 -1, !4357, !DIExpression(), !4361)
    #dbg_value(ptr %_1.val, !4363, !DIExpression(), !4368)
    #dbg_value(ptr %_1.val, !4348, !DIExpression(), !4349)
  %bits.i.i.i = ptrtoint ptr %_1.val to i64, !dbg !4370
    #dbg_value(i64 %bits.i.i.i, !4330, !DIExpression(), !4371)
  %_5.i.i.i = and i64 %bits.i.i.i, 3, !dbg !4372
  switch i64 %_5.i.i.i, label %default.unreachable [
    i64 2, label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17hb9cc2b4b7bc54f89E.exit"
    i64 3, label %bb4.i.i.i
    i64 0, label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17hb9cc2b4b7bc54f89E.exit"
    i64 1, label %bb2.i2.i.i
  ], !dbg !4373, !prof !3085

default.unreachable:                              ; preds = %start
  unreachable

bb4.i.i.i:                                        ; preds = %start
    #dbg_value(i64 %bits.i.i.i, !4334, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !4374)
    #dbg_value(i32 poison, !4375, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !4389)
    #dbg_value(ptr poison, !4386, !DIExpression(), !4391)
  %0 = icmp ult ptr %_1.val, inttoptr (i64 180388626432 to ptr), !dbg !4392
  tail call void @llvm.assume(i1 %0), !dbg !4393
  br label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17hb9cc2b4b7bc54f89E.exit", !dbg !4394

bb2.i2.i.i:                                       ; preds = %start
    #dbg_value(ptr %_1.val, !4354, !DIExpression(), !4355)
    #dbg_value(ptr %_1.val, !4360, !DIExpression(), !4361)
  %1 = getelementptr i8, ptr %_1.val, i64 -1, !dbg !4395
    #dbg_value(ptr poison, !4396, !DIExpression(), !4402)
  %2 = icmp ne ptr %1, null
  tail call void @llvm.assume(i1 %2)
    #dbg_value(ptr poison, !4404, !DIExpression(), !4412)
  %_6.val.i.i.i.i = load ptr, ptr %1, align 8, !dbg !4414
  %3 = getelementptr i8, ptr %_1.val, i64 7, !dbg !4414
  %_6.val1.i.i.i.i = load ptr, ptr %3, align 8, !dbg !4414, !nonnull !23, !align !4098, !noundef !23
    #dbg_value(ptr poison, !4415, !DIExpression(), !4422)
    #dbg_value(ptr poison, !4424, !DIExpression(), !4432)
  %4 = load ptr, ptr %_6.val1.i.i.i.i, align 8, !dbg !4434, !invariant.load !23
  %.not.i.i.i.i.i.i = icmp eq ptr %4, null, !dbg !4434
  br i1 %.not.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i, label %is_not_null.i.i.i.i.i.i, !dbg !4434

is_not_null.i.i.i.i.i.i:                          ; preds = %bb2.i2.i.i
  %5 = icmp ne ptr %_6.val.i.i.i.i, null
  tail call void @llvm.assume(i1 %5)
  invoke void %4(ptr noundef nonnull %_6.val.i.i.i.i)
          to label %bb3.i.i.i.i.i.i unwind label %cleanup.i.i.i.i.i.i, !dbg !4434

bb3.i.i.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i.i.i, %bb2.i2.i.i
    #dbg_value(ptr poison, !4435, !DIExpression(), !4460)
    #dbg_value(ptr poison, !4441, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4462)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4441, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4462)
    #dbg_value(ptr poison, !4463, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4472)
    #dbg_value(ptr poison, !4474, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4479)
    #dbg_value(ptr poison, !4481, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4489)
    #dbg_value(ptr poison, !4491, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4494)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4463, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4472)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4474, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4479)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4481, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4489)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4491, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4494)
  %6 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 8, !dbg !4496
  %7 = load i64, ptr %6, align 8, !dbg !4496, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !4457, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4497)
    #dbg_value(i64 %7, !4457, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4497)
  %8 = icmp eq i64 %7, 0, !dbg !4498
  br i1 %8, label %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h582aec0ffa058f51E.exit.i.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i, !dbg !4498

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 16, !dbg !4496
  %10 = load i64, ptr %9, align 8, !dbg !4499, !range !3649, !invariant.load !23
    #dbg_value(i64 %10, !4457, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4497)
  %11 = icmp ne ptr %_6.val.i.i.i.i, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %_6.val.i.i.i.i, !4463, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4472)
    #dbg_value(ptr %_6.val.i.i.i.i, !4474, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4479)
    #dbg_value(ptr %_6.val.i.i.i.i, !4481, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4489)
    #dbg_value(ptr %_6.val.i.i.i.i, !4491, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4494)
    #dbg_value(ptr %_6.val.i.i.i.i, !4441, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4462)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4500)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4502)
    #dbg_value(ptr %_6.val.i.i.i.i, !1608, !DIExpression(), !4500)
    #dbg_value(ptr %_6.val.i.i.i.i, !1616, !DIExpression(), !4502)
    #dbg_value(ptr %_6.val.i.i.i.i, !1620, !DIExpression(), !4504)
    #dbg_value(i64 %10, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4500)
    #dbg_value(i64 %10, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4502)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4504)
    #dbg_value(i64 %10, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4506)
    #dbg_value(i64 %7, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4500)
    #dbg_value(i64 %7, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4502)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4504)
    #dbg_value(i64 %7, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4506)
    #dbg_value(ptr %_6.val.i.i.i.i, !1634, !DIExpression(), !4506)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i.i.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #21, !dbg !4508
  br label %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h582aec0ffa058f51E.exit.i.i.i", !dbg !4509

cleanup.i.i.i.i.i.i:                              ; preds = %is_not_null.i.i.i.i.i.i
  %12 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !4435, !DIExpression(), !4510)
    #dbg_value(ptr poison, !4441, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4512)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4441, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4512)
    #dbg_value(ptr poison, !4463, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4513)
    #dbg_value(ptr poison, !4474, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4515)
    #dbg_value(ptr poison, !4481, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4517)
    #dbg_value(ptr poison, !4491, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4519)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4463, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4513)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4474, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4515)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4481, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4517)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4491, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4519)
  %13 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 8, !dbg !4521
  %14 = load i64, ptr %13, align 8, !dbg !4521, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !4457, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4522)
    #dbg_value(i64 %14, !4457, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4522)
  %15 = icmp eq i64 %14, 0, !dbg !4523
  br i1 %15, label %bb1.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i, !dbg !4523

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i: ; preds = %cleanup.i.i.i.i.i.i
  %16 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 16, !dbg !4521
  %17 = load i64, ptr %16, align 8, !dbg !4524, !range !3649, !invariant.load !23
    #dbg_value(i64 %17, !4457, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4522)
    #dbg_value(ptr %_6.val.i.i.i.i, !4463, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4513)
    #dbg_value(ptr %_6.val.i.i.i.i, !4474, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4515)
    #dbg_value(ptr %_6.val.i.i.i.i, !4481, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4517)
    #dbg_value(ptr %_6.val.i.i.i.i, !4491, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4519)
    #dbg_value(ptr %_6.val.i.i.i.i, !4441, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4512)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4525)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4527)
    #dbg_value(ptr %_6.val.i.i.i.i, !1608, !DIExpression(), !4525)
    #dbg_value(ptr %_6.val.i.i.i.i, !1616, !DIExpression(), !4527)
    #dbg_value(ptr %_6.val.i.i.i.i, !1620, !DIExpression(), !4529)
    #dbg_value(i64 %17, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4525)
    #dbg_value(i64 %17, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4527)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4529)
    #dbg_value(i64 %17, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4531)
    #dbg_value(i64 %14, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4525)
    #dbg_value(i64 %14, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4527)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4529)
    #dbg_value(i64 %14, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4531)
    #dbg_value(ptr %_6.val.i.i.i.i, !1634, !DIExpression(), !4531)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i.i.i, i64 noundef %14, i64 noundef range(i64 1, -9223372036854775807) %17) #21, !dbg !4533
  br label %bb1.i.i.i.i, !dbg !4534

bb1.i.i.i.i:                                      ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i, %cleanup.i.i.i.i.i.i
    #dbg_value(ptr poison, !4535, !DIExpression(), !4555)
    #dbg_value(i64 8, !4552, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4557)
    #dbg_value(i64 24, !4552, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4557)
    #dbg_value(ptr %1, !4541, !DIExpression(), !4558)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4559)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4561)
    #dbg_value(ptr %1, !1608, !DIExpression(), !4559)
    #dbg_value(ptr %1, !1616, !DIExpression(), !4561)
    #dbg_value(ptr %1, !1620, !DIExpression(), !4563)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4559)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4561)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4563)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4565)
    #dbg_value(i64 24, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4559)
    #dbg_value(i64 24, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4561)
    #dbg_value(i64 24, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4563)
    #dbg_value(i64 24, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4565)
    #dbg_value(ptr %1, !1634, !DIExpression(), !4565)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %1, i64 noundef 24, i64 noundef 8) #21, !dbg !4567
  resume { ptr, i32 } %12, !dbg !4414

"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h582aec0ffa058f51E.exit.i.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i
    #dbg_value(ptr poison, !4535, !DIExpression(), !4568)
    #dbg_value(i64 8, !4552, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4570)
    #dbg_value(i64 24, !4552, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4570)
    #dbg_value(ptr %1, !4541, !DIExpression(), !4571)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4572)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4574)
    #dbg_value(ptr %1, !1608, !DIExpression(), !4572)
    #dbg_value(ptr %1, !1616, !DIExpression(), !4574)
    #dbg_value(ptr %1, !1620, !DIExpression(), !4576)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4572)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4574)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4576)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4578)
    #dbg_value(i64 24, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4572)
    #dbg_value(i64 24, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4574)
    #dbg_value(i64 24, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4576)
    #dbg_value(i64 24, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4578)
    #dbg_value(ptr %1, !1634, !DIExpression(), !4578)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %1, i64 noundef 24, i64 noundef 8) #21, !dbg !4580
  br label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17hb9cc2b4b7bc54f89E.exit", !dbg !4581

"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17hb9cc2b4b7bc54f89E.exit": ; preds = %start, %start, %bb4.i.i.i, %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h582aec0ffa058f51E.exit.i.i.i"
  ret void, !dbg !4302
}

; core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h2470e3438f1cfa6fE"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4582 {
start:
    #dbg_value(ptr %_1, !4586, !DIExpression(), !4587)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4588), !dbg !4591
    #dbg_value(ptr %_1, !1902, !DIExpression(), !4592)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4594), !dbg !4597
    #dbg_value(ptr %_1, !1916, !DIExpression(), !4598)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4600), !dbg !4603
    #dbg_value(ptr %_1, !1930, !DIExpression(), !4604)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4606), !dbg !4609
    #dbg_value(ptr %_1, !1944, !DIExpression(), !4610)
    #dbg_value(ptr %_1, !1953, !DIExpression(), !4612)
    #dbg_value(i64 1, !1962, !DIExpression(), !4614)
    #dbg_value(i8 1, !1967, !DIExpression(), !4614)
    #dbg_value(i64 1, !1970, !DIExpression(), !4616)
    #dbg_value(i8 1, !1974, !DIExpression(), !4616)
  %_10.i.i.i.i = load ptr, ptr %_1, align 8, !dbg !4618, !alias.scope !4620, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i, !1966, !DIExpression(), !4621)
    #dbg_value(ptr %_10.i.i.i.i, !1973, !DIExpression(), !4616)
  %0 = atomicrmw sub ptr %_10.i.i.i.i, i64 1 release, align 8, !dbg !4622, !noalias !4620
  %1 = icmp eq i64 %0, 1, !dbg !4623
  br i1 %1, label %bb2.i.i.i.i, label %bb4, !dbg !4623

bb2.i.i.i.i:                                      ; preds = %start
    #dbg_value(i8 2, !1990, !DIExpression(), !4624)
  fence acquire, !dbg !4626
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %_1) #23
          to label %bb4 unwind label %cleanup, !dbg !4627

cleanup:                                          ; preds = %bb2.i.i.i.i
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4591
  %.val = load ptr, ptr %3, align 8, !dbg !4591
  %4 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4591
  %.val1 = load ptr, ptr %4, align 8, !dbg !4591, !nonnull !23, !align !4098, !noundef !23
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE"(ptr %.val, ptr nonnull %.val1) #25
          to label %common.resume unwind label %terminate, !dbg !4591

bb4:                                              ; preds = %start, %bb2.i.i.i.i
  %5 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4591
  %.val2 = load ptr, ptr %5, align 8, !dbg !4591
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4591
  %.val3 = load ptr, ptr %6, align 8, !dbg !4591, !nonnull !23, !align !4098, !noundef !23
    #dbg_value(ptr poison, !3817, !DIExpression(), !4628)
  %7 = load ptr, ptr %.val3, align 8, !dbg !4630, !invariant.load !23
  %.not.i = icmp eq ptr %7, null, !dbg !4630
  br i1 %.not.i, label %bb3.i, label %is_not_null.i, !dbg !4630

is_not_null.i:                                    ; preds = %bb4
  %8 = icmp ne ptr %.val2, null
  tail call void @llvm.assume(i1 %8)
  invoke void %7(ptr noundef nonnull %.val2)
          to label %bb3.i unwind label %cleanup.i, !dbg !4630

bb3.i:                                            ; preds = %is_not_null.i, %bb4
    #dbg_value(ptr poison, !3820, !DIExpression(), !4631)
    #dbg_value(ptr poison, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4633)
    #dbg_value(ptr %.val3, !3826, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4633)
    #dbg_value(ptr poison, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4634)
    #dbg_value(ptr poison, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4636)
    #dbg_value(ptr poison, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4638)
    #dbg_value(ptr poison, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4640)
    #dbg_value(ptr %.val3, !3848, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4634)
    #dbg_value(ptr %.val3, !3859, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4636)
    #dbg_value(ptr %.val3, !3866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4638)
    #dbg_value(ptr %.val3, !3876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4640)
  %9 = getelementptr inbounds nuw i8, ptr %.val3, i64 8, !dbg !4642
  %10 = load i64, ptr %9, align 8, !dbg !4642, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4643)
    #dbg_value(i64 %10, !3842, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4643)
  %11 = icmp eq i64 %10, 0, !dbg !4644
  br i1 %11, label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, !dbg !4644

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
  %12 = getelementptr inbounds nuw i8, ptr %.val3, i64 16, !dbg !4642
  %13 = load i64, ptr %12, align 8, !dbg !4645, !range !3649, !invariant.load !23
    #dbg_value(i64 %13, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4643)
  %14 = icmp ne ptr %.val2, null
  tail call void @llvm.assume(i1 %14)
    #dbg_value(ptr %.val2, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4634)
    #dbg_value(ptr %.val2, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4636)
    #dbg_value(ptr %.val2, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4638)
    #dbg_value(ptr %.val2, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4640)
    #dbg_value(ptr %.val2, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4633)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4646)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4648)
    #dbg_value(ptr %.val2, !1608, !DIExpression(), !4646)
    #dbg_value(ptr %.val2, !1616, !DIExpression(), !4648)
    #dbg_value(ptr %.val2, !1620, !DIExpression(), !4650)
    #dbg_value(i64 %13, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4646)
    #dbg_value(i64 %13, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4648)
    #dbg_value(i64 %13, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4650)
    #dbg_value(i64 %13, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4652)
    #dbg_value(i64 %10, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4646)
    #dbg_value(i64 %10, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4648)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4650)
    #dbg_value(i64 %10, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4652)
    #dbg_value(ptr %.val2, !1634, !DIExpression(), !4652)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val2, i64 noundef %10, i64 noundef range(i64 1, -9223372036854775807) %13) #21, !dbg !4654
  br label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit", !dbg !4655

cleanup.i:                                        ; preds = %is_not_null.i
  %15 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3820, !DIExpression(), !4656)
    #dbg_value(ptr poison, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4658)
    #dbg_value(ptr %.val3, !3826, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4658)
    #dbg_value(ptr poison, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4659)
    #dbg_value(ptr poison, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4661)
    #dbg_value(ptr poison, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4663)
    #dbg_value(ptr poison, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4665)
    #dbg_value(ptr %.val3, !3848, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4659)
    #dbg_value(ptr %.val3, !3859, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4661)
    #dbg_value(ptr %.val3, !3866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4663)
    #dbg_value(ptr %.val3, !3876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4665)
  %16 = getelementptr inbounds nuw i8, ptr %.val3, i64 8, !dbg !4667
  %17 = load i64, ptr %16, align 8, !dbg !4667, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4668)
    #dbg_value(i64 %17, !3842, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4668)
  %18 = icmp eq i64 %17, 0, !dbg !4669
  br i1 %18, label %common.resume, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, !dbg !4669

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
  %19 = getelementptr inbounds nuw i8, ptr %.val3, i64 16, !dbg !4667
  %20 = load i64, ptr %19, align 8, !dbg !4670, !range !3649, !invariant.load !23
    #dbg_value(i64 %20, !3842, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4668)
    #dbg_value(ptr %.val2, !3848, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4659)
    #dbg_value(ptr %.val2, !3859, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4661)
    #dbg_value(ptr %.val2, !3866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4663)
    #dbg_value(ptr %.val2, !3876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4665)
    #dbg_value(ptr %.val2, !3826, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4658)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4671)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4673)
    #dbg_value(ptr %.val2, !1608, !DIExpression(), !4671)
    #dbg_value(ptr %.val2, !1616, !DIExpression(), !4673)
    #dbg_value(ptr %.val2, !1620, !DIExpression(), !4675)
    #dbg_value(i64 %20, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4671)
    #dbg_value(i64 %20, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4673)
    #dbg_value(i64 %20, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4675)
    #dbg_value(i64 %20, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4677)
    #dbg_value(i64 %17, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4671)
    #dbg_value(i64 %17, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4673)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4675)
    #dbg_value(i64 %17, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4677)
    #dbg_value(ptr %.val2, !1634, !DIExpression(), !4677)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val2, i64 noundef %17, i64 noundef range(i64 1, -9223372036854775807) %20) #21, !dbg !4679
  br label %common.resume, !dbg !4680

common.resume:                                    ; preds = %cleanup, %cleanup.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i
  %common.resume.op = phi { ptr, i32 } [ %15, %cleanup.i ], [ %15, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i ], [ %2, %cleanup ]
  resume { ptr, i32 } %common.resume.op, !dbg !4591

"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE.exit": ; preds = %bb3.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i
  ret void, !dbg !4591

terminate:                                        ; preds = %cleanup
  %21 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !4591
  unreachable, !dbg !4591
}

; core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h811c30b349f0dbedE"(ptr noalias noundef nonnull align 8 dereferenceable(32) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4681 {
start:
    #dbg_value(ptr %_1, !4686, !DIExpression(), !4689)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !4690
    #dbg_value(ptr %0, !4691, !DIExpression(), !4699)
; invoke <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
  invoke void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull align 8 dereferenceable(8) %0)
          to label %bb4.i unwind label %cleanup.i, !dbg !4701

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4702), !dbg !4701
    #dbg_value(ptr %0, !4705, !DIExpression(), !4713)
  %2 = load ptr, ptr %0, align 8, !dbg !4715, !alias.scope !4716, !noundef !23
  %3 = icmp eq ptr %2, null, !dbg !4715
  br i1 %3, label %cleanup.body, label %bb2.i.i, !dbg !4715

bb2.i.i:                                          ; preds = %cleanup.i
    #dbg_value(ptr %0, !4719, !DIExpression(), !4725)
    #dbg_value(ptr %0, !4727, !DIExpression(), !4733)
    #dbg_value(i64 1, !4735, !DIExpression(), !4740)
    #dbg_value(i8 1, !4739, !DIExpression(), !4740)
    #dbg_value(i64 1, !4742, !DIExpression(), !4747)
    #dbg_value(i8 1, !4746, !DIExpression(), !4747)
    #dbg_value(ptr %2, !4738, !DIExpression(), !4749)
    #dbg_value(ptr %2, !4745, !DIExpression(), !4747)
  %4 = atomicrmw sub ptr %2, i64 1 release, align 8, !dbg !4750, !noalias !4751
  %5 = icmp eq i64 %4, 1, !dbg !4756
  br i1 %5, label %bb2.i.i.i.i, label %cleanup.body, !dbg !4756

bb2.i.i.i.i:                                      ; preds = %bb2.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !4757)
  fence acquire, !dbg !4759
; invoke <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %0) #23
          to label %cleanup.body unwind label %terminate.i, !dbg !4760

bb4.i:                                            ; preds = %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4761), !dbg !4701
    #dbg_value(ptr %0, !4705, !DIExpression(), !4764)
  %6 = load ptr, ptr %0, align 8, !dbg !4766, !alias.scope !4767, !noundef !23
  %7 = icmp eq ptr %6, null, !dbg !4766
  br i1 %7, label %bb4, label %bb2.i1.i, !dbg !4766

bb2.i1.i:                                         ; preds = %bb4.i
    #dbg_value(ptr %0, !4719, !DIExpression(), !4768)
    #dbg_value(ptr %0, !4727, !DIExpression(), !4770)
    #dbg_value(i64 1, !4735, !DIExpression(), !4772)
    #dbg_value(i8 1, !4739, !DIExpression(), !4772)
    #dbg_value(i64 1, !4742, !DIExpression(), !4774)
    #dbg_value(i8 1, !4746, !DIExpression(), !4774)
    #dbg_value(ptr %6, !4738, !DIExpression(), !4776)
    #dbg_value(ptr %6, !4745, !DIExpression(), !4774)
  %8 = atomicrmw sub ptr %6, i64 1 release, align 8, !dbg !4777, !noalias !4778
  %9 = icmp eq i64 %8, 1, !dbg !4783
  br i1 %9, label %bb2.i.i.i2.i, label %bb4, !dbg !4783

bb2.i.i.i2.i:                                     ; preds = %bb2.i1.i
    #dbg_value(i8 2, !1990, !DIExpression(), !4784)
  fence acquire, !dbg !4786
; invoke <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %0) #23
          to label %bb4 unwind label %cleanup, !dbg !4787

terminate.i:                                      ; preds = %bb2.i.i.i.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !4701
  unreachable, !dbg !4701

cleanup:                                          ; preds = %bb2.i.i.i2.i
  %11 = landingpad { ptr, i32 }
          cleanup
  br label %cleanup.body, !dbg !4690

cleanup.body:                                     ; preds = %cleanup.i, %bb2.i.i, %bb2.i.i.i.i, %cleanup
  %eh.lpad-body = phi { ptr, i32 } [ %11, %cleanup ], [ %1, %bb2.i.i.i.i ], [ %1, %bb2.i.i ], [ %1, %cleanup.i ]
; invoke core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  invoke fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hfbb612672a4547e5E"(ptr noalias noundef align 8 dereferenceable(24) %_1) #25
          to label %bb1 unwind label %terminate, !dbg !4690

bb4:                                              ; preds = %bb2.i1.i, %bb4.i, %bb2.i.i.i2.i
; call core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  tail call fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hfbb612672a4547e5E"(ptr noalias noundef align 8 dereferenceable(24) %_1), !dbg !4690
  ret void, !dbg !4690

terminate:                                        ; preds = %cleanup.body
  %12 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !4690
  unreachable, !dbg !4690

bb1:                                              ; preds = %cleanup.body
  resume { ptr, i32 } %eh.lpad-body, !dbg !4690
}

; core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h6779cd8a99696d9fE"(ptr noalias noundef nonnull align 8 captures(none) dereferenceable(32) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4788 {
start:
  %_11.i = alloca [0 x i8], align 1
    #dbg_value(ptr poison, !4794, !DIExpression(), !4832)
    #dbg_value(ptr poison, !4800, !DIExpression(), !4861)
    #dbg_value(ptr poison, !4799, !DIExpression(), !4862)
    #dbg_value(ptr poison, !4863, !DIExpression(), !4873)
    #dbg_value(ptr poison, !4870, !DIExpression(), !4875)
    #dbg_value(ptr poison, !4868, !DIExpression(), !4876)
    #dbg_value(ptr poison, !4842, !DIExpression(), !4877)
  %_12.i = alloca [8 x i8], align 8
    #dbg_value(ptr %_1, !4793, !DIExpression(), !4878)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4879), !dbg !4882
    #dbg_value(ptr %_1, !4854, !DIExpression(), !4883)
    #dbg_declare(ptr poison, !4856, !DIExpression(), !4884)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4885
  %_5.i = load i64, ptr %0, align 8, !dbg !4885, !range !1640, !alias.scope !4879, !noundef !23
  %1 = trunc nuw i64 %_5.i to i1, !dbg !4886
  %2 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4886
  %3 = load ptr, ptr %2, align 8, !dbg !4886, !alias.scope !4879, !align !1646
  %4 = icmp ne ptr %3, null, !dbg !4886
  %unhandled_panic.sroa.0.0.i = select i1 %1, i1 %4, i1 false, !dbg !4886
    #dbg_value(i8 poison, !4855, !DIExpression(), !4887)
    #dbg_value(ptr %0, !4847, !DIExpression(), !4888)
    #dbg_value(ptr %0, !4840, !DIExpression(), !4889)
    #dbg_value(ptr %0, !4841, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4890)
    #dbg_value(ptr undef, !4842, !DIExpression(), !4877)
    #dbg_value(ptr undef, !4799, !DIExpression(), !4862)
    #dbg_value(ptr undef, !4800, !DIExpression(), !4861)
    #dbg_value(ptr undef, !4794, !DIExpression(), !4832)
    #dbg_value(ptr %0, !4830, !DIExpression(), !4891)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4892), !dbg !4895
    #dbg_value(ptr %0, !4896, !DIExpression(), !4905)
    #dbg_declare(ptr poison, !4902, !DIExpression(), !4907)
    #dbg_declare(ptr poison, !4901, !DIExpression(), !4907)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4908), !dbg !4911
    #dbg_value(ptr %0, !4912, !DIExpression(), !4920)
    #dbg_declare(ptr poison, !4917, !DIExpression(), !4922)
    #dbg_value(ptr poison, !4923, !DIExpression(DW_OP_deref, DW_OP_deref, DW_OP_LLVM_fragment, 0, 64), !4929)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4931), !dbg !4934
    #dbg_value(ptr %0, !3551, !DIExpression(), !4935)
  %5 = icmp eq i64 %_5.i, 0, !dbg !4937
  br i1 %5, label %bb17.thread.i, label %bb2.i.i.i.i.i.i, !dbg !4937

bb2.i.i.i.i.i.i:                                  ; preds = %start
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !4937
  %.val1.i.i.i.i.i.i = load ptr, ptr %6, align 8, !dbg !4937, !alias.scope !4938
    #dbg_value(ptr poison, !3559, !DIExpression(), !4939)
  %7 = icmp eq ptr %3, null, !dbg !4941
  br i1 %7, label %bb17.thread.i, label %bb2.i.i.i.i.i.i.i, !dbg !4941

bb2.i.i.i.i.i.i.i:                                ; preds = %bb2.i.i.i.i.i.i
    #dbg_value(ptr poison, !3568, !DIExpression(), !4942)
  %8 = icmp ne ptr %.val1.i.i.i.i.i.i, null
  tail call void @llvm.assume(i1 %8)
  %9 = load ptr, ptr %.val1.i.i.i.i.i.i, align 8, !dbg !4944, !invariant.load !23, !noalias !4945
  %.not.i.i.i.i.i.i.i.i = icmp eq ptr %9, null, !dbg !4944
  br i1 %.not.i.i.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i.i.i, label %is_not_null.i.i.i.i.i.i.i.i, !dbg !4944

is_not_null.i.i.i.i.i.i.i.i:                      ; preds = %bb2.i.i.i.i.i.i.i
  invoke void %9(ptr noundef nonnull %3)
          to label %bb3.i.i.i.i.i.i.i.i unwind label %cleanup.i.i.i.i.i.i.i.i, !dbg !4944, !noalias !4945

bb3.i.i.i.i.i.i.i.i:                              ; preds = %is_not_null.i.i.i.i.i.i.i.i, %bb2.i.i.i.i.i.i.i
    #dbg_value(ptr poison, !3580, !DIExpression(), !4948)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4950)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4950)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4951)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4953)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4955)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4957)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4951)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4953)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4955)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4957)
  %10 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 8, !dbg !4959
  %11 = load i64, ptr %10, align 8, !dbg !4959, !range !3645, !invariant.load !23, !noalias !4945
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4960)
    #dbg_value(i64 %11, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4960)
  %12 = icmp eq i64 %11, 0, !dbg !4961
  br i1 %12, label %bb17.thread.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i, !dbg !4961

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i.i.i
  %13 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 16, !dbg !4959
  %14 = load i64, ptr %13, align 8, !dbg !4962, !range !3649, !invariant.load !23, !noalias !4945
    #dbg_value(i64 %14, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4960)
    #dbg_value(ptr %3, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4951)
    #dbg_value(ptr %3, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4953)
    #dbg_value(ptr %3, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4955)
    #dbg_value(ptr %3, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4957)
    #dbg_value(ptr %3, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4950)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4963)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4965)
    #dbg_value(ptr %3, !1608, !DIExpression(), !4963)
    #dbg_value(ptr %3, !1616, !DIExpression(), !4965)
    #dbg_value(ptr %3, !1620, !DIExpression(), !4967)
    #dbg_value(i64 %14, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4963)
    #dbg_value(i64 %14, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4965)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4967)
    #dbg_value(i64 %14, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4969)
    #dbg_value(i64 %11, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4963)
    #dbg_value(i64 %11, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4965)
    #dbg_value(i64 %11, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4967)
    #dbg_value(i64 %11, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4969)
    #dbg_value(ptr %3, !1634, !DIExpression(), !4969)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef %11, i64 noundef range(i64 1, -9223372036854775807) %14) #21, !dbg !4971, !noalias !4945
  br label %bb17.thread.i, !dbg !4972

cleanup.i.i.i.i.i.i.i.i:                          ; preds = %is_not_null.i.i.i.i.i.i.i.i
  %15 = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(ptr poison, !3580, !DIExpression(), !4973)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4975)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4975)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4976)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4978)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4980)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4982)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4976)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4978)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4980)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4982)
  %16 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 8, !dbg !4984
  %17 = load i64, ptr %16, align 8, !dbg !4984, !range !3645, !invariant.load !23, !noalias !4945
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4985)
    #dbg_value(i64 %17, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4985)
  %18 = icmp eq i64 %17, 0, !dbg !4986
  br i1 %18, label %cleanup.body.i.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i, !dbg !4986

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i: ; preds = %cleanup.i.i.i.i.i.i.i.i
  %19 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 16, !dbg !4984
  %20 = load i64, ptr %19, align 8, !dbg !4987, !range !3649, !invariant.load !23, !noalias !4945
    #dbg_value(i64 %20, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4985)
    #dbg_value(ptr %3, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4976)
    #dbg_value(ptr %3, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4978)
    #dbg_value(ptr %3, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4980)
    #dbg_value(ptr %3, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4982)
    #dbg_value(ptr %3, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4975)
    #dbg_value(ptr poison, !1603, !DIExpression(), !4988)
    #dbg_value(ptr poison, !1612, !DIExpression(), !4990)
    #dbg_value(ptr %3, !1608, !DIExpression(), !4988)
    #dbg_value(ptr %3, !1616, !DIExpression(), !4990)
    #dbg_value(ptr %3, !1620, !DIExpression(), !4992)
    #dbg_value(i64 %20, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4988)
    #dbg_value(i64 %20, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4990)
    #dbg_value(i64 %20, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4992)
    #dbg_value(i64 %20, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4994)
    #dbg_value(i64 %17, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4988)
    #dbg_value(i64 %17, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4990)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4992)
    #dbg_value(i64 %17, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4994)
    #dbg_value(ptr %3, !1634, !DIExpression(), !4994)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef %17, i64 noundef range(i64 1, -9223372036854775807) %20) #21, !dbg !4996, !noalias !4945
  br label %cleanup.body.i.i.i.i.i, !dbg !4997

cleanup.body.i.i.i.i.i:                           ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i, %cleanup.i.i.i.i.i.i.i.i
  store i64 0, ptr %0, align 8, !dbg !4934, !alias.scope !4998
  %21 = extractvalue { ptr, i32 } %15, 0, !dbg !4999
    #dbg_value(ptr undef, !4868, !DIExpression(), !4876)
    #dbg_value(ptr %21, !4869, !DIExpression(), !4876)
    #dbg_value(ptr undef, !4870, !DIExpression(), !4875)
    #dbg_value(ptr undef, !4863, !DIExpression(), !4873)
; invoke std::panicking::catch_unwind::cleanup
  %22 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %21)
          to label %bb17.i unwind label %terminate.i.i, !dbg !5000, !noalias !4879

terminate.i.i:                                    ; preds = %cleanup.body.i.i.i.i.i
  %23 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #24, !dbg !5001, !noalias !4879
  unreachable, !dbg !5001

bb17.thread.i:                                    ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i.i.i, %bb2.i.i.i.i.i.i, %start
  store i64 0, ptr %0, align 8, !dbg !4934, !alias.scope !4998
    #dbg_value(ptr poison, !4841, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4890)
    #dbg_value(ptr poison, !4841, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4890)
  br label %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E.exit.i", !dbg !5002

bb17.i:                                           ; preds = %cleanup.body.i.i.i.i.i
  %obj.0.i.i = extractvalue { ptr, ptr } %22, 0, !dbg !5000
  %obj.1.i.i = extractvalue { ptr, ptr } %22, 1, !dbg !5000
    #dbg_value(ptr %obj.0.i.i, !4841, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4890)
    #dbg_value(ptr %obj.1.i.i, !4841, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4890)
  %24 = icmp ne ptr %obj.1.i.i, null
  tail call void @llvm.assume(i1 %24)
  %.not.i = icmp eq ptr %obj.0.i.i, null, !dbg !5003
  br i1 %.not.i, label %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E.exit.i", label %bb4.i, !dbg !5002

bb4.i:                                            ; preds = %bb17.i
  call void @llvm.lifetime.start.p0(ptr nonnull %_12.i), !dbg !5004, !noalias !4879
    #dbg_value(ptr @alloc_58f213f5b48e0bea76ba0b429606a6b5, !5005, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5083)
    #dbg_value(ptr inttoptr (i64 125 to ptr), !5005, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5083)
    #dbg_value(ptr %_11.i, !5080, !DIExpression(), !5083)
    #dbg_value(ptr @alloc_58f213f5b48e0bea76ba0b429606a6b5, !5081, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5085)
    #dbg_value(i64 62, !5081, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5085)
; invoke std::io::Write::write_all
  %25 = invoke fastcc noundef ptr @_ZN3std2io5Write9write_all17he8dcf2ad4c7e1217E(ptr noalias noundef nonnull align 1 %_11.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_58f213f5b48e0bea76ba0b429606a6b5, i64 noundef 62)
          to label %bb5.i unwind label %cleanup.i, !dbg !5086, !noalias !4879

"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E.exit.i": ; preds = %bb17.i, %bb17.thread.i
    #dbg_value(ptr poison, !3559, !DIExpression(), !5087)
  %26 = load ptr, ptr %_1, align 8, !dbg !5089, !alias.scope !4879, !noundef !23
  %.not2.i = icmp eq ptr %26, null, !dbg !5089
  br i1 %.not2.i, label %bb5, label %bb9.i, !dbg !5090

cleanup.i:                                        ; preds = %bb6.i, %bb2.i6.i, %bb4.i
  %27 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
  invoke fastcc void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E"(ptr nonnull %obj.0.i.i, ptr nonnull %obj.1.i.i) #25
          to label %cleanup.body unwind label %terminate.i, !dbg !5091, !noalias !4879

bb5.i:                                            ; preds = %bb4.i
  store ptr %25, ptr %_12.i, align 8, !dbg !5004, !noalias !4879
    #dbg_value(ptr %_12.i, !5092, !DIExpression(), !5100)
  %28 = icmp eq ptr %25, null, !dbg !5102
  br i1 %28, label %bb6.i, label %bb2.i6.i, !dbg !5102

bb2.i6.i:                                         ; preds = %bb5.i
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha37060210876742eE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_12.i)
          to label %bb6.i unwind label %cleanup.i, !dbg !5102, !noalias !4879

bb6.i:                                            ; preds = %bb2.i6.i, %bb5.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_12.i), !dbg !5103, !noalias !4879
; invoke std::process::abort
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() #22
          to label %unreachable.i unwind label %cleanup.i, !dbg !5104, !noalias !4879

unreachable.i:                                    ; preds = %bb6.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %29 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !5106, !noalias !4879
  unreachable, !dbg !5106

bb9.i:                                            ; preds = %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E.exit.i"
    #dbg_value(ptr %_1, !4858, !DIExpression(), !5107)
    #dbg_value(ptr %_1, !5108, !DIExpression(), !5111)
  %_19.i = getelementptr inbounds nuw i8, ptr %26, i64 16, !dbg !5113
; invoke <std::thread::scoped::ScopeData>::decrement_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8 %_19.i, i1 noundef zeroext %unhandled_panic.sroa.0.0.i)
          to label %bb2.i4 unwind label %cleanup.body.thread, !dbg !5114

cleanup.body.thread:                              ; preds = %bb9.i
  %30 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_1, !5115, !DIExpression(), !5123)
  br label %bb2.i, !dbg !5125

cleanup.body:                                     ; preds = %cleanup.i
  %.pre = load ptr, ptr %_1, align 8, !dbg !5125, !alias.scope !5126
  call void @llvm.experimental.noalias.scope.decl(metadata !5126), !dbg !4882
    #dbg_value(ptr %_1, !5115, !DIExpression(), !5123)
  %31 = icmp eq ptr %.pre, null, !dbg !5125
  br i1 %31, label %bb3, label %bb2.i, !dbg !5125

bb2.i:                                            ; preds = %cleanup.body.thread, %cleanup.body
  %eh.lpad-body18 = phi { ptr, i32 } [ %30, %cleanup.body.thread ], [ %27, %cleanup.body ]
  %32 = phi ptr [ %26, %cleanup.body.thread ], [ %.pre, %cleanup.body ]
    #dbg_value(ptr %_1, !5129, !DIExpression(), !5135)
    #dbg_value(ptr %_1, !5137, !DIExpression(), !5143)
    #dbg_value(i64 1, !5145, !DIExpression(), !5150)
    #dbg_value(i8 1, !5149, !DIExpression(), !5150)
    #dbg_value(i64 1, !5152, !DIExpression(), !5157)
    #dbg_value(i8 1, !5156, !DIExpression(), !5157)
    #dbg_value(ptr %32, !5148, !DIExpression(), !5159)
    #dbg_value(ptr %32, !5155, !DIExpression(), !5157)
  %33 = atomicrmw sub ptr %32, i64 1 release, align 8, !dbg !5160, !noalias !5161
  %34 = icmp eq i64 %33, 1, !dbg !5166
  br i1 %34, label %bb2.i.i.i, label %bb3, !dbg !5166

bb2.i.i.i:                                        ; preds = %bb2.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5167)
  fence acquire, !dbg !5169
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h7ec6579d436bccf7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1) #23
          to label %bb3 unwind label %terminate, !dbg !5170

bb2.i4:                                           ; preds = %bb9.i
    #dbg_value(ptr %_1, !5115, !DIExpression(), !5171)
    #dbg_value(ptr %_1, !5129, !DIExpression(), !5173)
    #dbg_value(ptr %_1, !5137, !DIExpression(), !5175)
    #dbg_value(i64 1, !5145, !DIExpression(), !5177)
    #dbg_value(i8 1, !5149, !DIExpression(), !5177)
    #dbg_value(i64 1, !5152, !DIExpression(), !5179)
    #dbg_value(i8 1, !5156, !DIExpression(), !5179)
    #dbg_value(ptr %26, !5148, !DIExpression(), !5181)
    #dbg_value(ptr %26, !5155, !DIExpression(), !5179)
  %35 = atomicrmw sub ptr %26, i64 1 release, align 8, !dbg !5182, !noalias !5183
  %36 = icmp eq i64 %35, 1, !dbg !5190
  br i1 %36, label %bb2.i.i.i5, label %bb5, !dbg !5190

bb2.i.i.i5:                                       ; preds = %bb2.i4
    #dbg_value(i8 2, !1990, !DIExpression(), !5191)
  fence acquire, !dbg !5193
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h7ec6579d436bccf7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1) #23
          to label %bb5 unwind label %cleanup1, !dbg !5194

bb3:                                              ; preds = %bb2.i, %cleanup.body, %bb2.i.i.i, %cleanup1
  %.pn = phi { ptr, i32 } [ %37, %cleanup1 ], [ %eh.lpad-body18, %bb2.i.i.i ], [ %27, %cleanup.body ], [ %eh.lpad-body18, %bb2.i ]
; invoke core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
  invoke fastcc void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E"(ptr noalias noundef align 8 dereferenceable(24) %0) #25
          to label %common.resume unwind label %terminate, !dbg !4882

cleanup1:                                         ; preds = %bb2.i.i.i5
  %37 = landingpad { ptr, i32 }
          cleanup
  br label %bb3

bb5:                                              ; preds = %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E.exit.i", %bb2.i4, %bb2.i.i.i5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5195), !dbg !4882
    #dbg_value(ptr %0, !4223, !DIExpression(), !5198)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5200), !dbg !5203
    #dbg_value(ptr %0, !3551, !DIExpression(), !5204)
  %_2.i.i = load i64, ptr %0, align 8, !dbg !5206, !range !1640, !alias.scope !5207, !noundef !23
  %38 = icmp eq i64 %_2.i.i, 0, !dbg !5206
  br i1 %38, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E.exit", label %bb2.i.i, !dbg !5206

bb2.i.i:                                          ; preds = %bb5
  %.val.i.i = load ptr, ptr %2, align 8, !dbg !5206, !alias.scope !5207, !align !1646, !noundef !23
  %39 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !5206
  %.val1.i.i = load ptr, ptr %39, align 8, !dbg !5206, !alias.scope !5207
    #dbg_value(ptr poison, !3559, !DIExpression(), !5208)
  %40 = icmp eq ptr %.val.i.i, null, !dbg !5210
  br i1 %40, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E.exit", label %bb2.i.i.i8, !dbg !5210

bb2.i.i.i8:                                       ; preds = %bb2.i.i
    #dbg_value(ptr poison, !3568, !DIExpression(), !5211)
  %41 = icmp ne ptr %.val1.i.i, null
  tail call void @llvm.assume(i1 %41)
  %42 = load ptr, ptr %.val1.i.i, align 8, !dbg !5213, !invariant.load !23, !noalias !5214
  %.not.i.i.i.i = icmp eq ptr %42, null, !dbg !5213
  br i1 %.not.i.i.i.i, label %bb3.i.i.i.i, label %is_not_null.i.i.i.i, !dbg !5213

is_not_null.i.i.i.i:                              ; preds = %bb2.i.i.i8
  invoke void %42(ptr noundef nonnull %.val.i.i)
          to label %bb3.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !5213, !noalias !5214

bb3.i.i.i.i:                                      ; preds = %is_not_null.i.i.i.i, %bb2.i.i.i8
    #dbg_value(ptr poison, !3580, !DIExpression(), !5217)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5219)
    #dbg_value(ptr %.val1.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5219)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5220)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5222)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5224)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5226)
    #dbg_value(ptr %.val1.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5220)
    #dbg_value(ptr %.val1.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5222)
    #dbg_value(ptr %.val1.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5224)
    #dbg_value(ptr %.val1.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5226)
  %43 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !5228
  %44 = load i64, ptr %43, align 8, !dbg !5228, !range !3645, !invariant.load !23, !noalias !5214
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5229)
    #dbg_value(i64 %44, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5229)
  %45 = icmp eq i64 %44, 0, !dbg !5230
  br i1 %45, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, !dbg !5230

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i: ; preds = %bb3.i.i.i.i
  %46 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !5228
  %47 = load i64, ptr %46, align 8, !dbg !5231, !range !3649, !invariant.load !23, !noalias !5214
    #dbg_value(i64 %47, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5229)
    #dbg_value(ptr %.val.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5220)
    #dbg_value(ptr %.val.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5222)
    #dbg_value(ptr %.val.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5224)
    #dbg_value(ptr %.val.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5226)
    #dbg_value(ptr %.val.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5219)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5232)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5234)
    #dbg_value(ptr %.val.i.i, !1608, !DIExpression(), !5232)
    #dbg_value(ptr %.val.i.i, !1616, !DIExpression(), !5234)
    #dbg_value(ptr %.val.i.i, !1620, !DIExpression(), !5236)
    #dbg_value(i64 %47, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5232)
    #dbg_value(i64 %47, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5234)
    #dbg_value(i64 %47, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5236)
    #dbg_value(i64 %47, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5238)
    #dbg_value(i64 %44, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5232)
    #dbg_value(i64 %44, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5234)
    #dbg_value(i64 %44, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5236)
    #dbg_value(i64 %44, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5238)
    #dbg_value(ptr %.val.i.i, !1634, !DIExpression(), !5238)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %44, i64 noundef range(i64 1, -9223372036854775807) %47) #21, !dbg !5240, !noalias !5214
  br label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E.exit", !dbg !5241

cleanup.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i
  %48 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3580, !DIExpression(), !5242)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5244)
    #dbg_value(ptr %.val1.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5244)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5245)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5247)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5249)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5251)
    #dbg_value(ptr %.val1.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5245)
    #dbg_value(ptr %.val1.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5247)
    #dbg_value(ptr %.val1.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5249)
    #dbg_value(ptr %.val1.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5251)
  %49 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !5253
  %50 = load i64, ptr %49, align 8, !dbg !5253, !range !3645, !invariant.load !23, !noalias !5214
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5254)
    #dbg_value(i64 %50, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5254)
  %51 = icmp eq i64 %50, 0, !dbg !5255
  br i1 %51, label %common.resume, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, !dbg !5255

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i: ; preds = %cleanup.i.i.i.i
  %52 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !5253
  %53 = load i64, ptr %52, align 8, !dbg !5256, !range !3649, !invariant.load !23, !noalias !5214
    #dbg_value(i64 %53, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5254)
    #dbg_value(ptr %.val.i.i, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5245)
    #dbg_value(ptr %.val.i.i, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5247)
    #dbg_value(ptr %.val.i.i, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5249)
    #dbg_value(ptr %.val.i.i, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5251)
    #dbg_value(ptr %.val.i.i, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5244)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5257)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5259)
    #dbg_value(ptr %.val.i.i, !1608, !DIExpression(), !5257)
    #dbg_value(ptr %.val.i.i, !1616, !DIExpression(), !5259)
    #dbg_value(ptr %.val.i.i, !1620, !DIExpression(), !5261)
    #dbg_value(i64 %53, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5257)
    #dbg_value(i64 %53, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5259)
    #dbg_value(i64 %53, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5261)
    #dbg_value(i64 %53, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5263)
    #dbg_value(i64 %50, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5257)
    #dbg_value(i64 %50, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5259)
    #dbg_value(i64 %50, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5261)
    #dbg_value(i64 %50, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5263)
    #dbg_value(ptr %.val.i.i, !1634, !DIExpression(), !5263)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %50, i64 noundef range(i64 1, -9223372036854775807) %53) #21, !dbg !5265, !noalias !5214
  br label %common.resume, !dbg !5266

common.resume:                                    ; preds = %bb3, %cleanup.i.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i
  %common.resume.op = phi { ptr, i32 } [ %48, %cleanup.i.i.i.i ], [ %48, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i ], [ %.pn, %bb3 ]
  resume { ptr, i32 } %common.resume.op, !dbg !4882

"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E.exit": ; preds = %bb5, %bb2.i.i, %bb3.i.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i
  ret void, !dbg !4882

terminate:                                        ; preds = %bb2.i.i.i, %bb3
  %54 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !4882
  unreachable, !dbg !4882
}

; core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17h536a9994db2de6cbE"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !5267 {
start:
    #dbg_value(ptr %_1, !5272, !DIExpression(), !5274)
    #dbg_value(ptr %_1, !5275, !DIExpression(), !5282)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !5284
    #dbg_value(ptr %0, !5285, !DIExpression(), !5292)
; invoke <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
  invoke void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull align 8 dereferenceable(8) %0)
          to label %bb6.i unwind label %cleanup.i, !dbg !5294

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5295), !dbg !5284
    #dbg_value(ptr %_1, !1902, !DIExpression(), !5298)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5300), !dbg !5303
    #dbg_value(ptr %_1, !1916, !DIExpression(), !5304)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5306), !dbg !5309
    #dbg_value(ptr %_1, !1930, !DIExpression(), !5310)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5312), !dbg !5315
    #dbg_value(ptr %_1, !1944, !DIExpression(), !5316)
    #dbg_value(ptr %_1, !1953, !DIExpression(), !5318)
    #dbg_value(i64 1, !1962, !DIExpression(), !5320)
    #dbg_value(i8 1, !1967, !DIExpression(), !5320)
    #dbg_value(i64 1, !1970, !DIExpression(), !5322)
    #dbg_value(i8 1, !1974, !DIExpression(), !5322)
  %_10.i.i.i.i.i = load ptr, ptr %_1, align 8, !dbg !5324, !alias.scope !5326, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !1966, !DIExpression(), !5329)
    #dbg_value(ptr %_10.i.i.i.i.i, !1973, !DIExpression(), !5322)
  %2 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !5330, !noalias !5331
  %3 = icmp eq i64 %2, 1, !dbg !5332
  br i1 %3, label %bb2.i.i.i.i.i, label %bb3.i, !dbg !5332

bb2.i.i.i.i.i:                                    ; preds = %cleanup.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5333)
  fence acquire, !dbg !5335
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) #23
          to label %bb3.i unwind label %terminate.i, !dbg !5336

bb6.i:                                            ; preds = %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5337), !dbg !5284
    #dbg_value(ptr %_1, !1902, !DIExpression(), !5340)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5342), !dbg !5345
    #dbg_value(ptr %_1, !1916, !DIExpression(), !5346)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5348), !dbg !5351
    #dbg_value(ptr %_1, !1930, !DIExpression(), !5352)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5354), !dbg !5357
    #dbg_value(ptr %_1, !1944, !DIExpression(), !5358)
    #dbg_value(ptr %_1, !1953, !DIExpression(), !5360)
    #dbg_value(i64 1, !1962, !DIExpression(), !5362)
    #dbg_value(i8 1, !1967, !DIExpression(), !5362)
    #dbg_value(i64 1, !1970, !DIExpression(), !5364)
    #dbg_value(i8 1, !1974, !DIExpression(), !5364)
  %_10.i.i.i.i3.i = load ptr, ptr %_1, align 8, !dbg !5366, !alias.scope !5368, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i3.i, !1966, !DIExpression(), !5369)
    #dbg_value(ptr %_10.i.i.i.i3.i, !1973, !DIExpression(), !5364)
  %4 = atomicrmw sub ptr %_10.i.i.i.i3.i, i64 1 release, align 8, !dbg !5370, !noalias !5371
  %5 = icmp eq i64 %4, 1, !dbg !5372
  br i1 %5, label %bb2.i.i.i.i4.i, label %bb5.i, !dbg !5372

bb2.i.i.i.i4.i:                                   ; preds = %bb6.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5373)
  fence acquire, !dbg !5375
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) #23
          to label %bb5.i unwind label %cleanup1.i, !dbg !5376

bb3.i:                                            ; preds = %cleanup1.i, %bb2.i.i.i.i.i, %cleanup.i
  %.pn.i = phi { ptr, i32 } [ %9, %cleanup1.i ], [ %1, %bb2.i.i.i.i.i ], [ %1, %cleanup.i ]
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !5284
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5377), !dbg !5284
    #dbg_value(ptr %6, !2231, !DIExpression(), !5380)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5382), !dbg !5385
    #dbg_value(ptr %6, !2241, !DIExpression(), !5386)
    #dbg_value(ptr %6, !2744, !DIExpression(), !5388)
    #dbg_value(i64 1, !2249, !DIExpression(), !5390)
    #dbg_value(i8 1, !2253, !DIExpression(), !5390)
    #dbg_value(i64 1, !2256, !DIExpression(), !5392)
    #dbg_value(i8 1, !2260, !DIExpression(), !5392)
  %_10.i.i.i = load ptr, ptr %6, align 8, !dbg !5394, !alias.scope !5396, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i, !2252, !DIExpression(), !5397)
    #dbg_value(ptr %_10.i.i.i, !2259, !DIExpression(), !5392)
  %7 = atomicrmw sub ptr %_10.i.i.i, i64 1 release, align 8, !dbg !5398, !noalias !5399
  %8 = icmp eq i64 %7, 1, !dbg !5400
  br i1 %8, label %bb2.i.i.i, label %bb1.i, !dbg !5400

bb2.i.i.i:                                        ; preds = %bb3.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5401)
  fence acquire, !dbg !5403
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %6) #23
          to label %bb1.i unwind label %terminate.i, !dbg !5404

cleanup1.i:                                       ; preds = %bb2.i.i.i.i4.i
  %9 = landingpad { ptr, i32 }
          cleanup
  br label %bb3.i

bb5.i:                                            ; preds = %bb2.i.i.i.i4.i, %bb6.i
  %10 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !5284
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5405), !dbg !5284
    #dbg_value(ptr %10, !2231, !DIExpression(), !5408)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5410), !dbg !5413
    #dbg_value(ptr %10, !2241, !DIExpression(), !5414)
    #dbg_value(ptr %10, !2744, !DIExpression(), !5416)
    #dbg_value(i64 1, !2249, !DIExpression(), !5418)
    #dbg_value(i8 1, !2253, !DIExpression(), !5418)
    #dbg_value(i64 1, !2256, !DIExpression(), !5420)
    #dbg_value(i8 1, !2260, !DIExpression(), !5420)
  %_10.i.i8.i = load ptr, ptr %10, align 8, !dbg !5422, !alias.scope !5424, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i8.i, !2252, !DIExpression(), !5425)
    #dbg_value(ptr %_10.i.i8.i, !2259, !DIExpression(), !5420)
  %11 = atomicrmw sub ptr %_10.i.i8.i, i64 1 release, align 8, !dbg !5426, !noalias !5427
  %12 = icmp eq i64 %11, 1, !dbg !5428
  br i1 %12, label %bb2.i.i9.i, label %"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h09c292262190e3edE.exit", !dbg !5428

bb2.i.i9.i:                                       ; preds = %bb5.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5429)
  fence acquire, !dbg !5431
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %10) #23, !dbg !5432
  br label %"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h09c292262190e3edE.exit", !dbg !5432

terminate.i:                                      ; preds = %bb2.i.i.i, %bb2.i.i.i.i.i
  %13 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #24, !dbg !5284
  unreachable, !dbg !5284

bb1.i:                                            ; preds = %bb2.i.i.i, %bb3.i
  resume { ptr, i32 } %.pn.i, !dbg !5284

"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h09c292262190e3edE.exit": ; preds = %bb5.i, %bb2.i.i9.i
  ret void, !dbg !5433
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3569 {
start:
    #dbg_value(ptr %_1, !3568, !DIExpression(), !5434)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !5435
  %_6.1 = load ptr, ptr %0, align 8, !dbg !5435, !nonnull !23, !align !4098, !noundef !23
  %1 = load ptr, ptr %_6.1, align 8, !dbg !5435, !invariant.load !23
  %.not = icmp eq ptr %1, null, !dbg !5435
  br i1 %.not, label %bb3, label %is_not_null, !dbg !5435

is_not_null:                                      ; preds = %start
  %_6.0 = load ptr, ptr %_1, align 8, !dbg !5435, !nonnull !23, !noundef !23
  invoke void %1(ptr noundef nonnull %_6.0)
          to label %bb3 unwind label %cleanup, !dbg !5435

bb3:                                              ; preds = %is_not_null, %start
    #dbg_value(ptr poison, !3580, !DIExpression(), !5436)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5438)
    #dbg_value(ptr %_6.1, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5438)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5439)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5441)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5443)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5445)
    #dbg_value(ptr %_6.1, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5439)
    #dbg_value(ptr %_6.1, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5441)
    #dbg_value(ptr %_6.1, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5443)
    #dbg_value(ptr %_6.1, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5445)
  %2 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8, !dbg !5447
  %3 = load i64, ptr %2, align 8, !dbg !5447, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5448)
    #dbg_value(i64 %3, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5448)
  %4 = icmp eq i64 %3, 0, !dbg !5449
  br i1 %4, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17had1931c3dd372facE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i, !dbg !5449

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %_1.val2 = load ptr, ptr %_1, align 8, !dbg !5435, !nonnull !23, !noundef !23
  %5 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16, !dbg !5447
  %6 = load i64, ptr %5, align 8, !dbg !5450, !range !3649, !invariant.load !23
    #dbg_value(i64 %6, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5448)
    #dbg_value(ptr %_1.val2, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5439)
    #dbg_value(ptr %_1.val2, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5441)
    #dbg_value(ptr %_1.val2, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5443)
    #dbg_value(ptr %_1.val2, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5445)
    #dbg_value(ptr %_1.val2, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5438)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5451)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5453)
    #dbg_value(ptr %_1.val2, !1608, !DIExpression(), !5451)
    #dbg_value(ptr %_1.val2, !1616, !DIExpression(), !5453)
    #dbg_value(ptr %_1.val2, !1620, !DIExpression(), !5455)
    #dbg_value(i64 %6, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5451)
    #dbg_value(i64 %6, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5453)
    #dbg_value(i64 %6, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5455)
    #dbg_value(i64 %6, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5457)
    #dbg_value(i64 %3, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5451)
    #dbg_value(i64 %3, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5453)
    #dbg_value(i64 %3, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5455)
    #dbg_value(i64 %3, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5457)
    #dbg_value(ptr %_1.val2, !1634, !DIExpression(), !5457)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val2, i64 noundef %3, i64 noundef range(i64 1, -9223372036854775807) %6) #21, !dbg !5459
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17had1931c3dd372facE.exit", !dbg !5460

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17had1931c3dd372facE.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void, !dbg !5435

cleanup:                                          ; preds = %is_not_null
  %7 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3580, !DIExpression(), !5461)
    #dbg_value(ptr poison, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5463)
    #dbg_value(ptr %_6.1, !3587, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5463)
    #dbg_value(ptr poison, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5464)
    #dbg_value(ptr poison, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5466)
    #dbg_value(ptr poison, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5468)
    #dbg_value(ptr poison, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5470)
    #dbg_value(ptr %_6.1, !3609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5464)
    #dbg_value(ptr %_6.1, !3621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5466)
    #dbg_value(ptr %_6.1, !3628, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5468)
    #dbg_value(ptr %_6.1, !3639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5470)
  %8 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8, !dbg !5472
  %9 = load i64, ptr %8, align 8, !dbg !5472, !range !3645, !invariant.load !23
    #dbg_value(i64 poison, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5473)
    #dbg_value(i64 %9, !3603, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5473)
  %10 = icmp eq i64 %9, 0, !dbg !5474
  br i1 %10, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, !dbg !5474

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4: ; preds = %cleanup
  %11 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16, !dbg !5472
  %12 = load i64, ptr %11, align 8, !dbg !5475, !range !3649, !invariant.load !23
    #dbg_value(i64 %12, !3603, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5473)
    #dbg_value(ptr %_6.0, !3609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5464)
    #dbg_value(ptr %_6.0, !3621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5466)
    #dbg_value(ptr %_6.0, !3628, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5468)
    #dbg_value(ptr %_6.0, !3639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5470)
    #dbg_value(ptr %_6.0, !3587, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5463)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5476)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5478)
    #dbg_value(ptr %_6.0, !1608, !DIExpression(), !5476)
    #dbg_value(ptr %_6.0, !1616, !DIExpression(), !5478)
    #dbg_value(ptr %_6.0, !1620, !DIExpression(), !5480)
    #dbg_value(i64 %12, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5476)
    #dbg_value(i64 %12, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5478)
    #dbg_value(i64 %12, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5480)
    #dbg_value(i64 %12, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5482)
    #dbg_value(i64 %9, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5476)
    #dbg_value(i64 %9, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5478)
    #dbg_value(i64 %9, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5480)
    #dbg_value(i64 %9, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5482)
    #dbg_value(ptr %_6.0, !1634, !DIExpression(), !5482)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.0, i64 noundef %9, i64 noundef range(i64 1, -9223372036854775807) %12) #21, !dbg !5484
  br label %bb1, !dbg !5485

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, %cleanup
  resume { ptr, i32 } %7, !dbg !5435
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !5486 {
start:
    #dbg_value(ptr %self, !5489, !DIExpression(), !5498)
  %_3 = load ptr, ptr %self, align 8, !dbg !5499, !nonnull !23, !noundef !23
    #dbg_value(ptr poison, !5500, !DIExpression(), !5508)
    #dbg_value(ptr poison, !5510, !DIExpression(), !5525)
    #dbg_value(ptr poison, !5527, !DIExpression(), !5549)
    #dbg_value(i64 1, !5551, !DIExpression(), !5556)
    #dbg_value(i8 1, !5555, !DIExpression(), !5556)
    #dbg_value(i64 1, !5558, !DIExpression(), !5563)
    #dbg_value(i8 1, !5562, !DIExpression(), !5563)
    #dbg_value(ptr %_3, !5547, !DIExpression(), !5565)
  %0 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5566
  br i1 %0, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$unsafecell_atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h27214dcc1cbfb1e6E.exit", label %bb8.i.i, !dbg !5566

bb8.i.i:                                          ; preds = %start
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5567
    #dbg_value(ptr %_19.i.i, !5517, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5568)
    #dbg_value(ptr %_19.i.i, !5523, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5569)
    #dbg_value(ptr %_19.i.i, !5554, !DIExpression(), !5556)
    #dbg_value(ptr %_3, !5517, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5568)
    #dbg_value(ptr %_3, !5523, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5569)
    #dbg_value(ptr %_19.i.i, !5561, !DIExpression(), !5563)
  %1 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !5570
  %2 = icmp eq i64 %1, 1, !dbg !5571
  br i1 %2, label %bb1.i.i, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$unsafecell_atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h27214dcc1cbfb1e6E.exit", !dbg !5571

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5572)
  fence acquire, !dbg !5574
    #dbg_value(ptr poison, !5575, !DIExpression(), !5585)
    #dbg_value(ptr %_3, !5583, !DIExpression(), !5585)
    #dbg_value(i64 8, !5584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5585)
    #dbg_value(i64 24, !5584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5585)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5587)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5589)
    #dbg_value(ptr %_3, !1608, !DIExpression(), !5587)
    #dbg_value(ptr %_3, !1616, !DIExpression(), !5589)
    #dbg_value(ptr %_3, !1620, !DIExpression(), !5591)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5587)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5589)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5591)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5593)
    #dbg_value(i64 24, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5587)
    #dbg_value(i64 24, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5589)
    #dbg_value(i64 24, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5591)
    #dbg_value(i64 24, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5593)
    #dbg_value(ptr %_3, !1634, !DIExpression(), !5593)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 24, i64 noundef 8) #21, !dbg !5595
  br label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$unsafecell_atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h27214dcc1cbfb1e6E.exit", !dbg !5596

"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$unsafecell_atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h27214dcc1cbfb1e6E.exit": ; preds = %start, %bb8.i.i, %bb1.i.i
  ret void, !dbg !5597
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h7ec6579d436bccf7E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !5598 {
start:
    #dbg_value(ptr %self, !5601, !DIExpression(), !5609)
  %_3 = load ptr, ptr %self, align 8, !dbg !5610, !nonnull !23, !noundef !23
    #dbg_value(ptr %_3, !5602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5611)
    #dbg_value(ptr %self, !5602, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !5611)
  %_6 = getelementptr inbounds nuw i8, ptr %_3, i64 16, !dbg !5612
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5613), !dbg !5616
    #dbg_value(ptr %_6, !5617, !DIExpression(), !5623)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5625), !dbg !5628
    #dbg_value(ptr %_6, !1902, !DIExpression(), !5629)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5631), !dbg !5634
    #dbg_value(ptr %_6, !1916, !DIExpression(), !5635)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5637), !dbg !5640
    #dbg_value(ptr %_6, !1930, !DIExpression(), !5641)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5643), !dbg !5646
    #dbg_value(ptr %_6, !1944, !DIExpression(), !5647)
    #dbg_value(ptr %_6, !1953, !DIExpression(), !5649)
    #dbg_value(i64 1, !1962, !DIExpression(), !5651)
    #dbg_value(i8 1, !1967, !DIExpression(), !5651)
    #dbg_value(i64 1, !1970, !DIExpression(), !5653)
    #dbg_value(i8 1, !1974, !DIExpression(), !5653)
  %_10.i.i.i.i.i = load ptr, ptr %_6, align 8, !dbg !5655, !alias.scope !5657, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !1966, !DIExpression(), !5658)
    #dbg_value(ptr %_10.i.i.i.i.i, !1973, !DIExpression(), !5653)
  %0 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !5659, !noalias !5657
  %1 = icmp eq i64 %0, 1, !dbg !5660
  br i1 %1, label %bb2.i.i.i.i.i, label %bb1, !dbg !5660

bb2.i.i.i.i.i:                                    ; preds = %start
    #dbg_value(i8 2, !1990, !DIExpression(), !5661)
  fence acquire, !dbg !5663
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_6) #23
          to label %bb1 unwind label %cleanup, !dbg !5664

cleanup:                                          ; preds = %bb2.i.i.i.i.i
  %2 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !5665, !DIExpression(), !5673)
    #dbg_value(ptr poison, !5675, !DIExpression(), !5685)
    #dbg_value(ptr poison, !5687, !DIExpression(), !5697)
    #dbg_value(i64 1, !5699, !DIExpression(), !5704)
    #dbg_value(i8 1, !5703, !DIExpression(), !5704)
    #dbg_value(i64 1, !5706, !DIExpression(), !5711)
    #dbg_value(i8 1, !5710, !DIExpression(), !5711)
    #dbg_value(ptr %_3, !5694, !DIExpression(), !5713)
  %3 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5714
  br i1 %3, label %bb4, label %bb8.i.i, !dbg !5714

bb8.i.i:                                          ; preds = %cleanup
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5715
    #dbg_value(ptr %_19.i.i, !5681, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5716)
    #dbg_value(ptr %_19.i.i, !5683, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5717)
    #dbg_value(ptr %_19.i.i, !5702, !DIExpression(), !5704)
    #dbg_value(ptr %_3, !5681, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5716)
    #dbg_value(ptr %_3, !5683, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5717)
    #dbg_value(ptr %_19.i.i, !5709, !DIExpression(), !5711)
  %4 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !5718
  %5 = icmp eq i64 %4, 1, !dbg !5719
  br i1 %5, label %bb1.i.i, label %bb4, !dbg !5719

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5720)
  fence acquire, !dbg !5722
    #dbg_value(ptr poison, !5575, !DIExpression(), !5723)
    #dbg_value(ptr %_3, !5583, !DIExpression(), !5723)
    #dbg_value(i64 8, !5584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5723)
    #dbg_value(i64 40, !5584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5723)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5725)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5727)
    #dbg_value(ptr %_3, !1608, !DIExpression(), !5725)
    #dbg_value(ptr %_3, !1616, !DIExpression(), !5727)
    #dbg_value(ptr %_3, !1620, !DIExpression(), !5729)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5725)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5727)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5729)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5731)
    #dbg_value(i64 40, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5725)
    #dbg_value(i64 40, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5727)
    #dbg_value(i64 40, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5729)
    #dbg_value(i64 40, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5731)
    #dbg_value(ptr %_3, !1634, !DIExpression(), !5731)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 40, i64 noundef 8) #21, !dbg !5733
  br label %bb4, !dbg !5734

bb1:                                              ; preds = %start, %bb2.i.i.i.i.i
    #dbg_value(ptr poison, !5665, !DIExpression(), !5735)
    #dbg_value(ptr poison, !5675, !DIExpression(), !5737)
    #dbg_value(ptr poison, !5687, !DIExpression(), !5739)
    #dbg_value(i64 1, !5699, !DIExpression(), !5741)
    #dbg_value(i8 1, !5703, !DIExpression(), !5741)
    #dbg_value(i64 1, !5706, !DIExpression(), !5743)
    #dbg_value(i8 1, !5710, !DIExpression(), !5743)
    #dbg_value(ptr %_3, !5694, !DIExpression(), !5745)
  %6 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5746
  br i1 %6, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h78322fedb6243f4fE.exit7", label %bb8.i.i4, !dbg !5746

bb8.i.i4:                                         ; preds = %bb1
  %_19.i.i5 = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5747
    #dbg_value(ptr %_19.i.i5, !5681, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5748)
    #dbg_value(ptr %_19.i.i5, !5683, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5749)
    #dbg_value(ptr %_19.i.i5, !5702, !DIExpression(), !5741)
    #dbg_value(ptr %_3, !5681, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5748)
    #dbg_value(ptr %_3, !5683, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5749)
    #dbg_value(ptr %_19.i.i5, !5709, !DIExpression(), !5743)
  %7 = atomicrmw sub ptr %_19.i.i5, i64 1 release, align 8, !dbg !5750
  %8 = icmp eq i64 %7, 1, !dbg !5751
  br i1 %8, label %bb1.i.i6, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h78322fedb6243f4fE.exit7", !dbg !5751

bb1.i.i6:                                         ; preds = %bb8.i.i4
    #dbg_value(i8 2, !1990, !DIExpression(), !5752)
  fence acquire, !dbg !5754
    #dbg_value(ptr poison, !5575, !DIExpression(), !5755)
    #dbg_value(ptr %_3, !5583, !DIExpression(), !5755)
    #dbg_value(i64 8, !5584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5755)
    #dbg_value(i64 40, !5584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5755)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5757)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5759)
    #dbg_value(ptr %_3, !1608, !DIExpression(), !5757)
    #dbg_value(ptr %_3, !1616, !DIExpression(), !5759)
    #dbg_value(ptr %_3, !1620, !DIExpression(), !5761)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5757)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5759)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5761)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5763)
    #dbg_value(i64 40, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5757)
    #dbg_value(i64 40, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5759)
    #dbg_value(i64 40, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5761)
    #dbg_value(i64 40, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5763)
    #dbg_value(ptr %_3, !1634, !DIExpression(), !5763)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 40, i64 noundef 8) #21, !dbg !5765
  br label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h78322fedb6243f4fE.exit7", !dbg !5766

"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h78322fedb6243f4fE.exit7": ; preds = %bb1, %bb8.i.i4, %bb1.i.i6
  ret void, !dbg !5767

bb4:                                              ; preds = %bb1.i.i, %bb8.i.i, %cleanup
  resume { ptr, i32 } %2, !dbg !5768
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !5769 {
start:
    #dbg_value(ptr %self, !5772, !DIExpression(), !5780)
  %_3 = load ptr, ptr %self, align 8, !dbg !5781, !nonnull !23, !noundef !23
    #dbg_value(ptr %_3, !5773, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5782)
    #dbg_value(ptr %self, !5773, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !5782)
  %_6 = getelementptr inbounds nuw i8, ptr %_3, i64 16, !dbg !5783
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h6779cd8a99696d9fE"(ptr noalias noundef align 8 dereferenceable(32) %_6)
          to label %bb1 unwind label %cleanup, !dbg !5784

cleanup:                                          ; preds = %start
  %0 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !5785, !DIExpression(), !5793)
    #dbg_value(ptr poison, !5795, !DIExpression(), !5805)
    #dbg_value(ptr poison, !5807, !DIExpression(), !5816)
    #dbg_value(i64 1, !5818, !DIExpression(), !5823)
    #dbg_value(i8 1, !5822, !DIExpression(), !5823)
    #dbg_value(i64 1, !5825, !DIExpression(), !5830)
    #dbg_value(i8 1, !5829, !DIExpression(), !5830)
    #dbg_value(ptr %_3, !5814, !DIExpression(), !5832)
  %1 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5833
  br i1 %1, label %bb4, label %bb8.i.i, !dbg !5833

bb8.i.i:                                          ; preds = %cleanup
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5834
    #dbg_value(ptr %_19.i.i, !5801, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5835)
    #dbg_value(ptr %_19.i.i, !5803, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5836)
    #dbg_value(ptr %_19.i.i, !5821, !DIExpression(), !5823)
    #dbg_value(ptr %_3, !5801, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5835)
    #dbg_value(ptr %_3, !5803, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5836)
    #dbg_value(ptr %_19.i.i, !5828, !DIExpression(), !5830)
  %2 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !5837
  %3 = icmp eq i64 %2, 1, !dbg !5838
  br i1 %3, label %bb1.i.i, label %bb4, !dbg !5838

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1990, !DIExpression(), !5839)
  fence acquire, !dbg !5841
    #dbg_value(ptr poison, !5575, !DIExpression(), !5842)
    #dbg_value(ptr %_3, !5583, !DIExpression(), !5842)
    #dbg_value(i64 8, !5584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5842)
    #dbg_value(i64 48, !5584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5842)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5844)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5846)
    #dbg_value(ptr %_3, !1608, !DIExpression(), !5844)
    #dbg_value(ptr %_3, !1616, !DIExpression(), !5846)
    #dbg_value(ptr %_3, !1620, !DIExpression(), !5848)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5844)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5846)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5848)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5850)
    #dbg_value(i64 48, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5844)
    #dbg_value(i64 48, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5846)
    #dbg_value(i64 48, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5848)
    #dbg_value(i64 48, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5850)
    #dbg_value(ptr %_3, !1634, !DIExpression(), !5850)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 48, i64 noundef 8) #21, !dbg !5852
  br label %bb4, !dbg !5853

bb1:                                              ; preds = %start
    #dbg_value(ptr poison, !5785, !DIExpression(), !5854)
    #dbg_value(ptr poison, !5795, !DIExpression(), !5856)
    #dbg_value(ptr poison, !5807, !DIExpression(), !5858)
    #dbg_value(i64 1, !5818, !DIExpression(), !5860)
    #dbg_value(i8 1, !5822, !DIExpression(), !5860)
    #dbg_value(i64 1, !5825, !DIExpression(), !5862)
    #dbg_value(i8 1, !5829, !DIExpression(), !5862)
    #dbg_value(ptr %_3, !5814, !DIExpression(), !5864)
  %4 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5865
  br i1 %4, label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17hb9a1039c59dbc1fcE.exit7", label %bb8.i.i4, !dbg !5865

bb8.i.i4:                                         ; preds = %bb1
  %_19.i.i5 = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5866
    #dbg_value(ptr %_19.i.i5, !5801, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5867)
    #dbg_value(ptr %_19.i.i5, !5803, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5868)
    #dbg_value(ptr %_19.i.i5, !5821, !DIExpression(), !5860)
    #dbg_value(ptr %_3, !5801, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5867)
    #dbg_value(ptr %_3, !5803, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5868)
    #dbg_value(ptr %_19.i.i5, !5828, !DIExpression(), !5862)
  %5 = atomicrmw sub ptr %_19.i.i5, i64 1 release, align 8, !dbg !5869
  %6 = icmp eq i64 %5, 1, !dbg !5870
  br i1 %6, label %bb1.i.i6, label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17hb9a1039c59dbc1fcE.exit7", !dbg !5870

bb1.i.i6:                                         ; preds = %bb8.i.i4
    #dbg_value(i8 2, !1990, !DIExpression(), !5871)
  fence acquire, !dbg !5873
    #dbg_value(ptr poison, !5575, !DIExpression(), !5874)
    #dbg_value(ptr %_3, !5583, !DIExpression(), !5874)
    #dbg_value(i64 8, !5584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5874)
    #dbg_value(i64 48, !5584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5874)
    #dbg_value(ptr poison, !1603, !DIExpression(), !5876)
    #dbg_value(ptr poison, !1612, !DIExpression(), !5878)
    #dbg_value(ptr %_3, !1608, !DIExpression(), !5876)
    #dbg_value(ptr %_3, !1616, !DIExpression(), !5878)
    #dbg_value(ptr %_3, !1620, !DIExpression(), !5880)
    #dbg_value(i64 8, !1609, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5876)
    #dbg_value(i64 8, !1617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5878)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5880)
    #dbg_value(i64 8, !1629, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5882)
    #dbg_value(i64 48, !1609, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5876)
    #dbg_value(i64 48, !1617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5878)
    #dbg_value(i64 48, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5880)
    #dbg_value(i64 48, !1629, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5882)
    #dbg_value(ptr %_3, !1634, !DIExpression(), !5882)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 48, i64 noundef 8) #21, !dbg !5884
  br label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17hb9a1039c59dbc1fcE.exit7", !dbg !5885

"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17hb9a1039c59dbc1fcE.exit7": ; preds = %bb1, %bb8.i.i4, %bb1.i.i6
  ret void, !dbg !5886

bb4:                                              ; preds = %bb1.i.i, %bb8.i.i, %cleanup
  resume { ptr, i32 } %0, !dbg !5887
}

; <alloc::boxed::Box<T,A> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17hb649dc38a0f5f76fE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #0 !dbg !5888 {
start:
    #dbg_value(ptr %self, !5894, !DIExpression(), !5896)
    #dbg_value(ptr %f, !5895, !DIExpression(), !5896)
  %_5.0 = load ptr, ptr %self, align 8, !dbg !5897, !nonnull !23, !noundef !23
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8, !dbg !5897
  %_5.1 = load ptr, ptr %0, align 8, !dbg !5897, !nonnull !23, !align !4098, !noundef !23
; call <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
  %_0 = tail call noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1 %_5.0, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %_5.1, ptr noalias noundef nonnull align 8 dereferenceable(24) %f), !dbg !5898
  ret i1 %_0, !dbg !5899
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #5

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #6

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #8

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #8

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #9

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #12

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #6

; std::thread::functions::sleep
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef, i32 noundef range(i32 0, 1000000000)) unnamed_addr #0

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #13

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #14

; <std::sys::stdio::unix::Stderr as std::io::Write>::write
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #0

; core::slice::index::slice_index_fail
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef, i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #15

; std::rt::lang_start_internal
; Function Attrs: nonlazybind uwtable
declare noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48), i64 noundef, ptr noundef, i8 noundef) unnamed_addr #0

; std::env::_var_os
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #0

; <std::thread::id::ThreadId>::new
; Function Attrs: nonlazybind uwtable
declare noundef range(i64 1, 0) i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new() unnamed_addr #0

; <std::thread::thread::Thread>::new
; Function Attrs: nonlazybind uwtable
declare noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef range(i64 1, 0), ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24)) unnamed_addr #0

; std::thread::spawnhook::run_spawn_hooks
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr dead_on_unwind noalias noundef writable sret([32 x i8]) align 8 captures(none) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8)) unnamed_addr #0

; <std::thread::scoped::ScopeData>::increment_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8) unnamed_addr #0

; <std::sys::thread::unix::Thread>::new
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef, ptr noalias noundef nonnull align 8) unnamed_addr #0

; core::str::converts::from_utf8
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #0

; <std::thread::spawnhook::ChildSpawnHooks>::run
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(32)) unnamed_addr #0

; <std::sys::thread::unix::Thread>::join
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef) unnamed_addr #0

; core::option::expect_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #15

; core::option::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #15

; std::panicking::catch_unwind::cleanup
; Function Attrs: cold minsize nonlazybind optsize uwtable
declare { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef) unnamed_addr #16

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #13

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #17

; <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #0

; <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #0

; <std::io::error::Error as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #0

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #15

; <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #0

; <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
declare void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #4

; <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
declare void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #4

; std::process::abort
; Function Attrs: cold noreturn nonlazybind uwtable
declare void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() unnamed_addr #18

; <std::thread::scoped::ScopeData>::decrement_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8, i1 noundef zeroext) unnamed_addr #0

; Function Attrs: nonlazybind
define noundef i32 @main(i32 %0, ptr %1) unnamed_addr #19 {
top:
  %_7.i = alloca [8 x i8], align 8
  %2 = load volatile i8, ptr @__rustc_debug_gdb_scripts_section__, align 1
  %3 = sext i32 %0 to i64
    #dbg_value(ptr @_ZN17unsafecell_atomic4main17h901c69b48ff231d5E, !3155, !DIExpression(), !3159)
    #dbg_value(i64 %3, !3156, !DIExpression(), !3159)
    #dbg_value(ptr %1, !3157, !DIExpression(), !3159)
    #dbg_value(i8 0, !3158, !DIExpression(), !3159)
  call void @llvm.lifetime.start.p0(ptr nonnull %_7.i), !dbg !3160
  store ptr @_ZN17unsafecell_atomic4main17h901c69b48ff231d5E, ptr %_7.i, align 8, !dbg !3160
; call std::rt::lang_start_internal
  %_0.i = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %3, ptr noundef %1, i8 noundef 0), !dbg !3161
  call void @llvm.lifetime.end.p0(ptr nonnull %_7.i), !dbg !3162
  %4 = trunc i64 %_0.i to i32
  ret i32 %4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #20

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #6 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #15 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #16 = { cold minsize nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #17 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #18 = { cold noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #19 = { nonlazybind "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #20 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #21 = { nounwind }
attributes #22 = { noreturn }
attributes #23 = { noinline }
attributes #24 = { cold noreturn nounwind }
attributes #25 = { cold }

!llvm.module.flags = !{!561, !562, !563, !564, !565}
!llvm.ident = !{!566}
!llvm.dbg.cu = !{!567}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "<std::rt::lang_start::{closure_env#0}<()> as core::ops::function::Fn<()>>::{vtable}", scope: null, file: !2, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "<unknown>", directory: "")
!3 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::rt::lang_start::{closure_env#0}<()> as core::ops::function::Fn<()>>::{vtable_type}", file: !2, size: 384, align: 64, flags: DIFlagArtificial, elements: !4, vtableHolder: !14, templateParams: !23, identifier: "b96c0f48f9f4a20ef23c45a32d4d7998")
!4 = !{!5, !8, !10, !11, !12, !13}
!5 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !3, file: !2, baseType: !6, size: 64, align: 64)
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!7 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!8 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!9 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!11 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!12 = !DIDerivedType(tag: DW_TAG_member, name: "__method4", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 256)
!13 = !DIDerivedType(tag: DW_TAG_member, name: "__method5", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 320)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<()>", scope: !15, file: !2, size: 64, align: 64, elements: !18, templateParams: !23, identifier: "bad1f6f4ef05517f3fc1d7d11debbe41")
!15 = !DINamespace(name: "lang_start", scope: !16)
!16 = !DINamespace(name: "rt", scope: !17)
!17 = !DINamespace(name: "std", scope: null)
!18 = !{!19}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "main", scope: !14, file: !2, baseType: !20, size: 64, align: 64)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn()", baseType: !21, size: 64, align: 64, dwarfAddressSpace: 0)
!21 = !DISubroutineType(types: !22)
!22 = !{null}
!23 = !{}
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(name: "<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()> as core::ops::function::FnOnce<()>>::{vtable}", scope: null, file: !2, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()> as core::ops::function::FnOnce<()>>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !27, vtableHolder: !32, templateParams: !23, identifier: "5b22669413ed74263dae6b585bf68e06")
!27 = !{!28, !29, !30, !31}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !26, file: !2, baseType: !6, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !26, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !26, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !26, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()>", scope: !33, file: !2, size: 384, align: 64, elements: !36, templateParams: !23, identifier: "2495e975879d891b9953eb62a28d6735")
!33 = !DINamespace(name: "spawn_unchecked", scope: !34)
!34 = !DINamespace(name: "lifecycle", scope: !35)
!35 = !DINamespace(name: "thread", scope: !17)
!36 = !{!37, !107, !213}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !32, file: !2, baseType: !38, size: 64, align: 64, offset: 320)
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<unsafecell_atomic::main::{closure_env#0}>", scope: !33, file: !2, size: 64, align: 64, flags: DIFlagProtected, elements: !39, templateParams: !105, identifier: "e6fa490c7b42169c48f60d2ea0b49f0")
!39 = !{!40}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !38, file: !2, baseType: !41, size: 64, align: 64, flags: DIFlagProtected)
!41 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<unsafecell_atomic::main::{closure_env#0}>", scope: !42, file: !2, size: 64, align: 64, elements: !45, templateParams: !105, identifier: "d7bf0b99617f8a5549fe1e4ff9c7ba1f")
!42 = !DINamespace(name: "maybe_uninit", scope: !43)
!43 = !DINamespace(name: "mem", scope: !44)
!44 = !DINamespace(name: "core", scope: null)
!45 = !{!46, !47}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !41, file: !2, baseType: !7, align: 8)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !41, file: !2, baseType: !48, size: 64, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<unsafecell_atomic::main::{closure_env#0}>", scope: !49, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !50, templateParams: !105, identifier: "1b7da3cb71f963e1bcd75e0a4e7d6dfd")
!49 = !DINamespace(name: "manually_drop", scope: !43)
!50 = !{!51}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !48, file: !2, baseType: !52, size: 64, align: 64, flags: DIFlagPrivate)
!52 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<unsafecell_atomic::main::{closure_env#0}>", scope: !53, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !54, templateParams: !103, identifier: "c93abcf00a13457fdc3e2835594b522")
!53 = !DINamespace(name: "maybe_dangling", scope: !43)
!54 = !{!55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !52, file: !2, baseType: !56, size: 64, align: 64, flags: DIFlagPrivate)
!56 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !57, file: !2, size: 64, align: 64, elements: !59, templateParams: !23, identifier: "2f3b16ea2f86d6b48edbad7649f533de")
!57 = !DINamespace(name: "main", scope: !58)
!58 = !DINamespace(name: "unsafecell_atomic", scope: null)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "shared_atomic_clone", scope: !56, file: !2, baseType: !61, size: 64, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !101, identifier: "277ce6bc4a45a2ef998823fd4bcc1390")
!62 = !DINamespace(name: "sync", scope: !63)
!63 = !DINamespace(name: "alloc", scope: null)
!64 = !{!65, !95, !98}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !61, file: !2, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !69, templateParams: !93, identifier: "8f166f1324d86131d0a01b127474a0d5")
!67 = !DINamespace(name: "non_null", scope: !68)
!68 = !DINamespace(name: "ptr", scope: !44)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !66, file: !2, baseType: !71, size: 64, align: 64, flags: DIFlagPrivate)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<unsafecell_atomic::AtomicUsize>", scope: !62, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !73, templateParams: !91, identifier: "c43b4eb2ba5fb6b1e91e7538539a9223")
!73 = !{!74, !86, !87}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !72, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!75 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !76, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !78, templateParams: !23, identifier: "4d473d2171783819ad804082894a3856")
!76 = !DINamespace(name: "atomic", scope: !77)
!77 = !DINamespace(name: "sync", scope: !44)
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !75, file: !2, baseType: !80, size: 64, align: 64, flags: DIFlagPrivate)
!80 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !81, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !82, templateParams: !84, identifier: "39a99da3e6158f476ae51abf051b55a8")
!81 = !DINamespace(name: "cell", scope: !44)
!82 = !{!83}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !80, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!84 = !{!85}
!85 = !DITemplateTypeParameter(name: "T", type: !9)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !72, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !72, file: !2, baseType: !88, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!88 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !58, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !89, templateParams: !23, identifier: "3de4b5c9bb5d4635245843e0b07d973a")
!89 = !{!90}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !88, file: !2, baseType: !80, size: 64, align: 64, flags: DIFlagPrivate)
!91 = !{!92}
!92 = !DITemplateTypeParameter(name: "T", type: !88)
!93 = !{!94}
!94 = !DITemplateTypeParameter(name: "T", type: !72)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !61, file: !2, baseType: !96, align: 8, offset: 64, flags: DIFlagPrivate)
!96 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !93, identifier: "ad460807d7b99813b66423f21581ad02")
!97 = !DINamespace(name: "marker", scope: !44)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !61, file: !2, baseType: !99, align: 8, offset: 64, flags: DIFlagPrivate)
!99 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !100, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!100 = !DINamespace(name: "alloc", scope: !63)
!101 = !{!92, !102}
!102 = !DITemplateTypeParameter(name: "A", type: !99)
!103 = !{!104}
!104 = !DITemplateTypeParameter(name: "P", type: !56)
!105 = !{!106}
!106 = !DITemplateTypeParameter(name: "T", type: !56)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !32, file: !2, baseType: !108, size: 256, align: 64)
!108 = !DICompositeType(tag: DW_TAG_structure_type, name: "ChildSpawnHooks", scope: !109, file: !2, size: 256, align: 64, flags: DIFlagProtected, elements: !110, templateParams: !23, identifier: "eeb8377564d41ffd727c9fa14ad1c79c")
!109 = !DINamespace(name: "spawnhook", scope: !35)
!110 = !{!111, !164}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !108, file: !2, baseType: !112, size: 64, align: 64, offset: 192, flags: DIFlagPrivate)
!112 = !DICompositeType(tag: DW_TAG_structure_type, name: "SpawnHooks", scope: !109, file: !2, size: 64, align: 64, flags: DIFlagPrivate, elements: !113, templateParams: !23, identifier: "eebec3c86ebd2acbfaa46fa2eadbdb0")
!113 = !{!114}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "first", scope: !112, file: !2, baseType: !115, size: 64, align: 64, flags: DIFlagPrivate)
!115 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", scope: !116, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !117, templateParams: !23, identifier: "9c26074f4796feaefe0fa89af36e666")
!116 = !DINamespace(name: "option", scope: !44)
!117 = !{!118}
!118 = !DICompositeType(tag: DW_TAG_variant_part, scope: !115, file: !2, size: 64, align: 64, elements: !119, templateParams: !23, identifier: "fe2ec0e7f6e85b00b3154582f9b16849", discriminator: !162)
!119 = !{!120, !158}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !118, file: !2, baseType: !121, size: 64, align: 64, extraData: i64 0)
!121 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !115, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !122, identifier: "de0e56b27d0f8050cebd7cdd5066c822")
!122 = !{!123}
!123 = !DITemplateTypeParameter(name: "T", type: !124)
!124 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !125, templateParams: !157, identifier: "5c46653250a9f64572e7c06e649052f2")
!125 = !{!126, !154, !156}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !124, file: !2, baseType: !127, size: 64, align: 64, flags: DIFlagPrivate)
!127 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !128, templateParams: !152, identifier: "3d00bcf266f3da0552efa4d79943cc82")
!128 = !{!129}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !127, file: !2, baseType: !130, size: 64, align: 64, flags: DIFlagPrivate)
!130 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>", baseType: !131, size: 64, align: 64, dwarfAddressSpace: 0)
!131 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::spawnhook::SpawnHook>", scope: !62, file: !2, size: 320, align: 64, flags: DIFlagPrivate, elements: !132, templateParams: !150, identifier: "66fdc315f712b4647c5f1b77e02ea9a6")
!132 = !{!133, !134, !135}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !131, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !131, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !131, file: !2, baseType: !136, size: 192, align: 64, offset: 128, flags: DIFlagPrivate)
!136 = !DICompositeType(tag: DW_TAG_structure_type, name: "SpawnHook", scope: !109, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !137, templateParams: !23, identifier: "a0fa40b3023c1c67dd5268f694d43239")
!137 = !{!138, !149}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "hook", scope: !136, file: !2, baseType: !139, size: 128, align: 64, flags: DIFlagPrivate)
!139 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::ops::function::Fn<(&std::thread::thread::Thread), Output=alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>> + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !140, templateParams: !23, identifier: "c70ada2156cf59a2dd08cb168dd6b2b4")
!140 = !{!141, !144}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !139, file: !2, baseType: !142, size: 64, align: 64)
!142 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !143, size: 64, align: 64, dwarfAddressSpace: 0)
!143 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::ops::function::Fn<(&std::thread::thread::Thread), Output=alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>> + core::marker::Send + core::marker::Sync)", file: !2, align: 8, elements: !23, identifier: "e829d690d0e003e2ef599cf502eed75c")
!144 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !139, file: !2, baseType: !145, size: 64, align: 64, offset: 64)
!145 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !146, size: 64, align: 64, dwarfAddressSpace: 0)
!146 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !147)
!147 = !{!148}
!148 = !DISubrange(count: 6, lowerBound: 0)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !136, file: !2, baseType: !115, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!150 = !{!151}
!151 = !DITemplateTypeParameter(name: "T", type: !136)
!152 = !{!153}
!153 = !DITemplateTypeParameter(name: "T", type: !131)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !124, file: !2, baseType: !155, align: 8, offset: 64, flags: DIFlagPrivate)
!155 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !152, identifier: "bd39b1adf08db9894779313c94f6575")
!156 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !124, file: !2, baseType: !99, align: 8, offset: 64, flags: DIFlagPrivate)
!157 = !{!151, !102}
!158 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !118, file: !2, baseType: !159, size: 64, align: 64)
!159 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !115, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !160, templateParams: !122, identifier: "dd763ff7771c5d4fa4e25199f00c06b")
!160 = !{!161}
!161 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !159, file: !2, baseType: !124, size: 64, align: 64, flags: DIFlagPublic)
!162 = !DIDerivedType(tag: DW_TAG_member, scope: !115, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!163 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "to_run", scope: !108, file: !2, baseType: !165, size: 192, align: 64, flags: DIFlagPrivate)
!165 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", scope: !166, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !167, templateParams: !211, identifier: "5bdf23c267c8f87ea3d5f063d063e306")
!166 = !DINamespace(name: "vec", scope: !63)
!167 = !{!168, !212}
!168 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !165, file: !2, baseType: !169, size: 128, align: 64, flags: DIFlagPrivate)
!169 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", scope: !170, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !171, templateParams: !211, identifier: "c2d7c12bb10a631dc03401c085691c18")
!170 = !DINamespace(name: "raw_vec", scope: !63)
!171 = !{!172, !197}
!172 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !169, file: !2, baseType: !173, size: 128, align: 64, flags: DIFlagPrivate)
!173 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !170, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !174, templateParams: !196, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!174 = !{!175, !189, !195}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !173, file: !2, baseType: !176, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!176 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !177, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !178, templateParams: !185, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!177 = !DINamespace(name: "unique", scope: !68)
!178 = !{!179, !187}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !176, file: !2, baseType: !180, size: 64, align: 64, flags: DIFlagPrivate)
!180 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !181, templateParams: !185, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!181 = !{!182}
!182 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !180, file: !2, baseType: !183, size: 64, align: 64, flags: DIFlagPrivate)
!183 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !184, size: 64, align: 64, dwarfAddressSpace: 0)
!184 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!185 = !{!186}
!186 = !DITemplateTypeParameter(name: "T", type: !184)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !176, file: !2, baseType: !188, align: 8, offset: 64, flags: DIFlagPrivate)
!188 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !185, identifier: "15bae875c56c7c0f828edf19d836075e")
!189 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !173, file: !2, baseType: !190, size: 64, align: 64, flags: DIFlagPrivate)
!190 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !191, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !193, templateParams: !23, identifier: "cad7375c0c871c072d809328de25b44")
!191 = !DINamespace(name: "niche_types", scope: !192)
!192 = !DINamespace(name: "num", scope: !44)
!193 = !{!194}
!194 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !190, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !173, file: !2, baseType: !99, align: 8, offset: 128, flags: DIFlagPrivate)
!196 = !{!102}
!197 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !169, file: !2, baseType: !198, align: 8, offset: 128, flags: DIFlagPrivate)
!198 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !199, identifier: "fc69ebabb4dbbbad75cac103711330b0")
!199 = !{!200}
!200 = !DITemplateTypeParameter(name: "T", type: !201)
!201 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !202, templateParams: !23, identifier: "784f70b9191dc401f45ccad49dd98a60")
!202 = !{!203, !206}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !201, file: !2, baseType: !204, size: 64, align: 64)
!204 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !205, size: 64, align: 64, dwarfAddressSpace: 0)
!205 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, align: 8, elements: !23, identifier: "81b0c2b508a9eeb1c9c4cf84be6b519b")
!206 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !201, file: !2, baseType: !207, size: 64, align: 64, offset: 64)
!207 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 4]", baseType: !208, size: 64, align: 64, dwarfAddressSpace: 0)
!208 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 256, align: 64, elements: !209)
!209 = !{!210}
!210 = !DISubrange(count: 4, lowerBound: 0)
!211 = !{!200, !102}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !165, file: !2, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "their_packet", scope: !32, file: !2, baseType: !214, size: 64, align: 64, offset: 256)
!214 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !215, templateParams: !436, identifier: "f68346888aeaf56877b353e086500515")
!215 = !{!216, !433, !435}
!216 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !214, file: !2, baseType: !217, size: 64, align: 64, flags: DIFlagPrivate)
!217 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !218, templateParams: !431, identifier: "4a42d39f6afaa33db4e35b3ee00a0d6a")
!218 = !{!219}
!219 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !217, file: !2, baseType: !220, size: 64, align: 64, flags: DIFlagPrivate)
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !221, size: 64, align: 64, dwarfAddressSpace: 0)
!221 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::lifecycle::Packet<()>>", scope: !62, file: !2, size: 384, align: 64, flags: DIFlagPrivate, elements: !222, templateParams: !429, identifier: "d9e6995ee1ede61c184fde8cd90811e6")
!222 = !{!223, !224, !225}
!223 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !221, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !221, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !221, file: !2, baseType: !226, size: 256, align: 64, offset: 128, flags: DIFlagPrivate)
!226 = !DICompositeType(tag: DW_TAG_structure_type, name: "Packet<()>", scope: !34, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !227, templateParams: !428, identifier: "228d39cffd0267e06ff379bf15f9a36b")
!227 = !{!228, !368, !410}
!228 = !DIDerivedType(tag: DW_TAG_member, name: "scope", scope: !226, file: !2, baseType: !229, size: 64, align: 64, flags: DIFlagPrivate)
!229 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", scope: !116, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !230, templateParams: !23, identifier: "5fb98ac86a7315b43e2b6618a15480f9")
!230 = !{!231}
!231 = !DICompositeType(tag: DW_TAG_variant_part, scope: !229, file: !2, size: 64, align: 64, elements: !232, templateParams: !23, identifier: "2c7c1c795725e24c3bc0594e8c8246cc", discriminator: !367)
!232 = !{!233, !363}
!233 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !231, file: !2, baseType: !234, size: 64, align: 64, extraData: i64 0)
!234 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !229, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !235, identifier: "98fef0ad5724695823fedfb81f35429f")
!235 = !{!236}
!236 = !DITemplateTypeParameter(name: "T", type: !237)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !238, templateParams: !362, identifier: "cd79285008b59249f6d84f12e947241a")
!238 = !{!239, !359, !361}
!239 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !237, file: !2, baseType: !240, size: 64, align: 64, flags: DIFlagPrivate)
!240 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::scoped::ScopeData>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !241, templateParams: !357, identifier: "c6044cdf17742002f1fe5ece2095d9c4")
!241 = !{!242}
!242 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !240, file: !2, baseType: !243, size: 64, align: 64, flags: DIFlagPrivate)
!243 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::scoped::ScopeData>", baseType: !244, size: 64, align: 64, dwarfAddressSpace: 0)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::scoped::ScopeData>", scope: !62, file: !2, size: 320, align: 64, flags: DIFlagPrivate, elements: !245, templateParams: !355, identifier: "f1f944dbbb4e153993ec73bd62fa46f0")
!245 = !{!246, !247, !248}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !244, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!247 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !244, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !244, file: !2, baseType: !249, size: 192, align: 64, offset: 128, flags: DIFlagPrivate)
!249 = !DICompositeType(tag: DW_TAG_structure_type, name: "ScopeData", scope: !250, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !251, templateParams: !23, identifier: "46b284ff1c0eefbb631e04ae7f64f9a2")
!250 = !DINamespace(name: "scoped", scope: !35)
!251 = !{!252, !253, !260}
!252 = !DIDerivedType(tag: DW_TAG_member, name: "num_running_threads", scope: !249, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "a_thread_panicked", scope: !249, file: !2, baseType: !254, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!254 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !76, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !255, templateParams: !23, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!255 = !{!256}
!256 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !254, file: !2, baseType: !257, size: 8, align: 8, flags: DIFlagPrivate)
!257 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !81, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !258, templateParams: !185, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!258 = !{!259}
!259 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !257, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagPrivate)
!260 = !DIDerivedType(tag: DW_TAG_member, name: "main_thread", scope: !249, file: !2, baseType: !261, size: 64, align: 64, flags: DIFlagPrivate)
!261 = !DICompositeType(tag: DW_TAG_structure_type, name: "Thread", scope: !262, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !263, templateParams: !23, identifier: "403a666d5f21c87995fdafc8bf1e6351")
!262 = !DINamespace(name: "thread", scope: !35)
!263 = !{!264}
!264 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !261, file: !2, baseType: !265, size: 64, align: 64, flags: DIFlagPrivate)
!265 = !DICompositeType(tag: DW_TAG_structure_type, name: "Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", scope: !266, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !267, templateParams: !353, identifier: "bc0a901ebfeb8aaf57b9b1aff716c8c1")
!266 = !DINamespace(name: "pin", scope: !44)
!267 = !{!268}
!268 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !265, file: !2, baseType: !269, size: 64, align: 64, flags: DIFlagPrivate)
!269 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::thread::Inner, std::alloc::System>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !270, templateParams: !351, identifier: "17e830a2d9b5f9169616a87ed1cd0fe9")
!270 = !{!271, !346, !348}
!271 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !269, file: !2, baseType: !272, size: 64, align: 64, flags: DIFlagPrivate)
!272 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::thread::Inner>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !273, templateParams: !344, identifier: "b685f3cbfd8d3414d1ba6294362e4d00")
!273 = !{!274}
!274 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !272, file: !2, baseType: !275, size: 64, align: 64, flags: DIFlagPrivate)
!275 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::thread::Inner>", baseType: !276, size: 64, align: 64, dwarfAddressSpace: 0)
!276 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::thread::Inner>", scope: !62, file: !2, size: 384, align: 64, flags: DIFlagPrivate, elements: !277, templateParams: !342, identifier: "727304cc1db499aa1753946b26666957")
!277 = !{!278, !279, !280}
!278 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !276, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!279 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !276, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !276, file: !2, baseType: !281, size: 256, align: 64, offset: 128, flags: DIFlagPrivate)
!281 = !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", scope: !262, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !282, templateParams: !23, identifier: "b4e68275b6ef48d14e0d0ca922e61cfe")
!282 = !{!283, !311, !325}
!283 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !281, file: !2, baseType: !284, size: 128, align: 64, offset: 64, flags: DIFlagPrivate)
!284 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::thread::thread::thread_name_string::ThreadNameString>", scope: !116, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !285, templateParams: !23, identifier: "69c3d296694bad8c828d2c84c68eb0c7")
!285 = !{!286}
!286 = !DICompositeType(tag: DW_TAG_variant_part, scope: !284, file: !2, size: 128, align: 64, elements: !287, templateParams: !23, identifier: "572a2b1f4b15b0cc2a73f1fb7932db83", discriminator: !310)
!287 = !{!288, !306}
!288 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !286, file: !2, baseType: !289, size: 128, align: 64, extraData: i64 0)
!289 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !284, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !290, identifier: "213221054ad9a922be49fd8e2e5e6b4e")
!290 = !{!291}
!291 = !DITemplateTypeParameter(name: "T", type: !292)
!292 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadNameString", scope: !293, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !294, templateParams: !23, identifier: "8c164ab72a2dfb2e38f74277af352297")
!293 = !DINamespace(name: "thread_name_string", scope: !262)
!294 = !{!295}
!295 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !292, file: !2, baseType: !296, size: 128, align: 64, flags: DIFlagPrivate)
!296 = !DICompositeType(tag: DW_TAG_structure_type, name: "CString", scope: !297, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !299, templateParams: !23, identifier: "fc613295dbb8274a87f65b7c54af0c14")
!297 = !DINamespace(name: "c_str", scope: !298)
!298 = !DINamespace(name: "ffi", scope: !63)
!299 = !{!300}
!300 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !296, file: !2, baseType: !301, size: 128, align: 64, flags: DIFlagPrivate)
!301 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<[u8], alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !302, templateParams: !23, identifier: "921886ecc911f281d55f77903c5973b8")
!302 = !{!303, !305}
!303 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !301, file: !2, baseType: !304, size: 64, align: 64)
!304 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !184, size: 64, align: 64, dwarfAddressSpace: 0)
!305 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !301, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!306 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !286, file: !2, baseType: !307, size: 128, align: 64)
!307 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !284, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !308, templateParams: !290, identifier: "bcc98044100a111a3512307fbe506506")
!308 = !{!309}
!309 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !307, file: !2, baseType: !292, size: 128, align: 64, flags: DIFlagPublic)
!310 = !DIDerivedType(tag: DW_TAG_member, scope: !284, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !281, file: !2, baseType: !312, size: 64, align: 64, flags: DIFlagPrivate)
!312 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadId", scope: !313, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !314, templateParams: !23, identifier: "de609d3b81242813820c995a10001b08")
!313 = !DINamespace(name: "id", scope: !35)
!314 = !{!315}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !312, file: !2, baseType: !316, size: 64, align: 64, flags: DIFlagPrivate)
!316 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZero<u64>", scope: !317, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !318, templateParams: !323, identifier: "ff786a4ac72ed82b974b9cfadfcee5d")
!317 = !DINamespace(name: "nonzero", scope: !192)
!318 = !{!319}
!319 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !316, file: !2, baseType: !320, size: 64, align: 64, flags: DIFlagPrivate)
!320 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZeroU64Inner", scope: !191, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !321, templateParams: !23, identifier: "e2f4201cd798a8ec8a688583cf768d10")
!321 = !{!322}
!322 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !320, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagPrivate)
!323 = !{!324}
!324 = !DITemplateTypeParameter(name: "T", type: !163)
!325 = !DIDerivedType(tag: DW_TAG_member, name: "parker", scope: !281, file: !2, baseType: !326, size: 32, align: 32, offset: 192, flags: DIFlagPrivate)
!326 = !DICompositeType(tag: DW_TAG_structure_type, name: "Parker", scope: !327, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !331, templateParams: !23, identifier: "39c9dceecc8e8d9c89798e8b95a41668")
!327 = !DINamespace(name: "futex", scope: !328)
!328 = !DINamespace(name: "thread_parking", scope: !329)
!329 = !DINamespace(name: "sync", scope: !330)
!330 = !DINamespace(name: "sys", scope: !17)
!331 = !{!332}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !326, file: !2, baseType: !333, size: 32, align: 32, flags: DIFlagPrivate)
!333 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !76, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !334, templateParams: !23, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!334 = !{!335}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !333, file: !2, baseType: !336, size: 32, align: 32, flags: DIFlagPrivate)
!336 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !81, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !337, templateParams: !340, identifier: "276fcd5afdff990e3d83fbd36936145c")
!337 = !{!338}
!338 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !336, file: !2, baseType: !339, size: 32, align: 32, flags: DIFlagPrivate)
!339 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!340 = !{!341}
!341 = !DITemplateTypeParameter(name: "T", type: !339)
!342 = !{!343}
!343 = !DITemplateTypeParameter(name: "T", type: !281)
!344 = !{!345}
!345 = !DITemplateTypeParameter(name: "T", type: !276)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !269, file: !2, baseType: !347, align: 8, offset: 64, flags: DIFlagPrivate)
!347 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::thread::Inner>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !344, identifier: "8cbae2973f2416ba3239b50b421f1d46")
!348 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !269, file: !2, baseType: !349, align: 8, offset: 64, flags: DIFlagPrivate)
!349 = !DICompositeType(tag: DW_TAG_structure_type, name: "System", scope: !350, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "1ff8b479d8c32c4b3ae3cd5b6d913415")
!350 = !DINamespace(name: "alloc", scope: !17)
!351 = !{!343, !352}
!352 = !DITemplateTypeParameter(name: "A", type: !349)
!353 = !{!354}
!354 = !DITemplateTypeParameter(name: "Ptr", type: !269)
!355 = !{!356}
!356 = !DITemplateTypeParameter(name: "T", type: !249)
!357 = !{!358}
!358 = !DITemplateTypeParameter(name: "T", type: !244)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !237, file: !2, baseType: !360, align: 8, offset: 64, flags: DIFlagPrivate)
!360 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::scoped::ScopeData>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !357, identifier: "8369e9356a96f8e98cc34218d394fbbb")
!361 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !237, file: !2, baseType: !99, align: 8, offset: 64, flags: DIFlagPrivate)
!362 = !{!356, !102}
!363 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !231, file: !2, baseType: !364, size: 64, align: 64)
!364 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !229, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !365, templateParams: !235, identifier: "46c596e44a2b993ec28349bb0d5ed6f3")
!365 = !{!366}
!366 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !364, file: !2, baseType: !237, size: 64, align: 64, flags: DIFlagPublic)
!367 = !DIDerivedType(tag: DW_TAG_member, scope: !229, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!368 = !DIDerivedType(tag: DW_TAG_member, name: "result", scope: !226, file: !2, baseType: !369, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!369 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", scope: !81, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !370, templateParams: !408, identifier: "4367cf4a581e388897f832643cc58324")
!370 = !{!371}
!371 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !369, file: !2, baseType: !372, size: 192, align: 64, flags: DIFlagPrivate)
!372 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", scope: !116, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !373, templateParams: !23, identifier: "54a9003dabc5c718be07cfcefd1d7bf3")
!373 = !{!374}
!374 = !DICompositeType(tag: DW_TAG_variant_part, scope: !372, file: !2, size: 192, align: 64, elements: !375, templateParams: !23, identifier: "2588e9f44f61995c1d9c65d950e3b3ef", discriminator: !407)
!375 = !{!376, !403}
!376 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !374, file: !2, baseType: !377, size: 192, align: 64, extraData: i64 0)
!377 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !372, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !378, identifier: "74f56560024d72bcc60b606a59aa9399")
!378 = !{!379}
!379 = !DITemplateTypeParameter(name: "T", type: !380)
!380 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !382, templateParams: !23, identifier: "c448c4ebf0b62f4d8d98567f640d849d")
!381 = !DINamespace(name: "result", scope: !44)
!382 = !{!383}
!383 = !DICompositeType(tag: DW_TAG_variant_part, scope: !380, file: !2, size: 128, align: 64, elements: !384, templateParams: !23, identifier: "4eec28cfbaf2dd0cdbf9507812b9ffe3", discriminator: !402)
!384 = !{!385, !398}
!385 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !383, file: !2, baseType: !386, size: 128, align: 64, extraData: i64 0)
!386 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !380, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !387, templateParams: !389, identifier: "5443d5216cfa4da242209ce74fbe215")
!387 = !{!388}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !386, file: !2, baseType: !7, align: 8, flags: DIFlagPublic)
!389 = !{!390, !391}
!390 = !DITemplateTypeParameter(name: "T", type: !7)
!391 = !DITemplateTypeParameter(name: "E", type: !392)
!392 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !393, templateParams: !23, identifier: "10ed3ba8a6abd8274ce7f839cd83118a")
!393 = !{!394, !397}
!394 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !392, file: !2, baseType: !395, size: 64, align: 64)
!395 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !396, size: 64, align: 64, dwarfAddressSpace: 0)
!396 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::any::Any + core::marker::Send)", file: !2, align: 8, elements: !23, identifier: "b160390ced8ba3d9da5565e1f758d814")
!397 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !392, file: !2, baseType: !207, size: 64, align: 64, offset: 64)
!398 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !383, file: !2, baseType: !399, size: 128, align: 64)
!399 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !380, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !400, templateParams: !389, identifier: "92ad92ae753b59d672022ed9f9c790bd")
!400 = !{!401}
!401 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !399, file: !2, baseType: !392, size: 128, align: 64, flags: DIFlagPublic)
!402 = !DIDerivedType(tag: DW_TAG_member, scope: !380, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!403 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !374, file: !2, baseType: !404, size: 192, align: 64, extraData: i64 1)
!404 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !372, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !405, templateParams: !378, identifier: "97f96804a08ad201c958d67325d2dec2")
!405 = !{!406}
!406 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !404, file: !2, baseType: !380, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!407 = !DIDerivedType(tag: DW_TAG_member, scope: !372, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!408 = !{!409}
!409 = !DITemplateTypeParameter(name: "T", type: !372)
!410 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !226, file: !2, baseType: !411, align: 8, offset: 256, flags: DIFlagPrivate)
!411 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<core::option::Option<&std::thread::scoped::ScopeData>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !412, identifier: "7bcceec13b83e53e6f59d42b42af8226")
!412 = !{!413}
!413 = !DITemplateTypeParameter(name: "T", type: !414)
!414 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&std::thread::scoped::ScopeData>", scope: !116, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !415, templateParams: !23, identifier: "b7ad46b7c0d94cf3c40441f639ed8d29")
!415 = !{!416}
!416 = !DICompositeType(tag: DW_TAG_variant_part, scope: !414, file: !2, size: 64, align: 64, elements: !417, templateParams: !23, identifier: "e431ce6618197e7c9b94ab32566e0e45", discriminator: !427)
!417 = !{!418, !423}
!418 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !416, file: !2, baseType: !419, size: 64, align: 64, extraData: i64 0)
!419 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !414, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !420, identifier: "1ca62aa73fcc7bda55ba342407c1b324")
!420 = !{!421}
!421 = !DITemplateTypeParameter(name: "T", type: !422)
!422 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::scoped::ScopeData", baseType: !249, size: 64, align: 64, dwarfAddressSpace: 0)
!423 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !416, file: !2, baseType: !424, size: 64, align: 64)
!424 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !414, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !425, templateParams: !420, identifier: "b4f47f30642887146ad274cf2574e54d")
!425 = !{!426}
!426 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !424, file: !2, baseType: !422, size: 64, align: 64, flags: DIFlagPublic)
!427 = !DIDerivedType(tag: DW_TAG_member, scope: !414, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!428 = !{!390}
!429 = !{!430}
!430 = !DITemplateTypeParameter(name: "T", type: !226)
!431 = !{!432}
!432 = !DITemplateTypeParameter(name: "T", type: !221)
!433 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !214, file: !2, baseType: !434, align: 8, offset: 64, flags: DIFlagPrivate)
!434 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !431, identifier: "3b71d2bf44768e466aef110848eb62c1")
!435 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !214, file: !2, baseType: !99, align: 8, offset: 64, flags: DIFlagPrivate)
!436 = !{!430, !102}
!437 = !DIGlobalVariableExpression(var: !438, expr: !DIExpression())
!438 = distinct !DIGlobalVariable(name: "<std::io::error::Error as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !439, isLocal: true, isDefinition: true)
!439 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::io::error::Error as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !440, vtableHolder: !445, templateParams: !23, identifier: "9899f3b834037c46701741a51261c1ba")
!440 = !{!441, !442, !443, !444}
!441 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !439, file: !2, baseType: !6, size: 64, align: 64)
!442 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !439, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!443 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !439, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!444 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !439, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!445 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !446, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !448, templateParams: !23, identifier: "e85a88758bb6b463983651803f51593b")
!446 = !DINamespace(name: "error", scope: !447)
!447 = !DINamespace(name: "io", scope: !17)
!448 = !{!449}
!449 = !DIDerivedType(tag: DW_TAG_member, name: "repr", scope: !445, file: !2, baseType: !450, size: 64, align: 64, flags: DIFlagPrivate)
!450 = !DICompositeType(tag: DW_TAG_structure_type, name: "Repr", scope: !451, file: !2, size: 64, align: 64, flags: DIFlagProtected, elements: !452, templateParams: !23, identifier: "2b12c7d6f0999e88fb5b624c805a9b5c")
!451 = !DINamespace(name: "repr_bitpacked", scope: !446)
!452 = !{!453, !457}
!453 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !450, file: !2, baseType: !454, size: 64, align: 64, flags: DIFlagPrivate)
!454 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !455, templateParams: !428, identifier: "f4e496144210c619b96aa08326287b92")
!455 = !{!456}
!456 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !454, file: !2, baseType: !6, size: 64, align: 64, flags: DIFlagPrivate)
!457 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !450, file: !2, baseType: !458, align: 8, offset: 64, flags: DIFlagPrivate)
!458 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !459, identifier: "1e81c851dbf599cbb5b9d59441a7942d")
!459 = !{!460}
!460 = !DITemplateTypeParameter(name: "T", type: !461)
!461 = !DICompositeType(tag: DW_TAG_structure_type, name: "ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", scope: !446, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !462, templateParams: !23, identifier: "ffef33cfda2f3413349fa61eea1a1c76")
!462 = !{!463}
!463 = !DICompositeType(tag: DW_TAG_variant_part, scope: !461, file: !2, size: 128, align: 64, elements: !464, templateParams: !23, identifier: "829637cf065b43e3b34210a435834087", discriminator: !552)
!464 = !{!465, !531, !535, !548}
!465 = !DIDerivedType(tag: DW_TAG_member, name: "Os", scope: !463, file: !2, baseType: !466, size: 128, align: 64, extraData: i8 0)
!466 = !DICompositeType(tag: DW_TAG_structure_type, name: "Os", scope: !461, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !467, templateParams: !470, identifier: "8231477b47c7e5ee3b6f484fb3758b62")
!467 = !{!468}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !466, file: !2, baseType: !469, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!469 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!470 = !{!471}
!471 = !DITemplateTypeParameter(name: "C", type: !472)
!472 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !473, size: 64, align: 64, dwarfAddressSpace: 0)
!473 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !446, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !474, templateParams: !23, identifier: "7fdd58ebd6f6d542dadee54399a568fb")
!474 = !{!475, !520}
!475 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !473, file: !2, baseType: !476, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!476 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "ErrorKind", scope: !446, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagEnumClass, elements: !477)
!477 = !{!478, !479, !480, !481, !482, !483, !484, !485, !486, !487, !488, !489, !490, !491, !492, !493, !494, !495, !496, !497, !498, !499, !500, !501, !502, !503, !504, !505, !506, !507, !508, !509, !510, !511, !512, !513, !514, !515, !516, !517, !518, !519}
!478 = !DIEnumerator(name: "NotFound", value: 0, isUnsigned: true)
!479 = !DIEnumerator(name: "PermissionDenied", value: 1, isUnsigned: true)
!480 = !DIEnumerator(name: "ConnectionRefused", value: 2, isUnsigned: true)
!481 = !DIEnumerator(name: "ConnectionReset", value: 3, isUnsigned: true)
!482 = !DIEnumerator(name: "HostUnreachable", value: 4, isUnsigned: true)
!483 = !DIEnumerator(name: "NetworkUnreachable", value: 5, isUnsigned: true)
!484 = !DIEnumerator(name: "ConnectionAborted", value: 6, isUnsigned: true)
!485 = !DIEnumerator(name: "NotConnected", value: 7, isUnsigned: true)
!486 = !DIEnumerator(name: "AddrInUse", value: 8, isUnsigned: true)
!487 = !DIEnumerator(name: "AddrNotAvailable", value: 9, isUnsigned: true)
!488 = !DIEnumerator(name: "NetworkDown", value: 10, isUnsigned: true)
!489 = !DIEnumerator(name: "BrokenPipe", value: 11, isUnsigned: true)
!490 = !DIEnumerator(name: "AlreadyExists", value: 12, isUnsigned: true)
!491 = !DIEnumerator(name: "WouldBlock", value: 13, isUnsigned: true)
!492 = !DIEnumerator(name: "NotADirectory", value: 14, isUnsigned: true)
!493 = !DIEnumerator(name: "IsADirectory", value: 15, isUnsigned: true)
!494 = !DIEnumerator(name: "DirectoryNotEmpty", value: 16, isUnsigned: true)
!495 = !DIEnumerator(name: "ReadOnlyFilesystem", value: 17, isUnsigned: true)
!496 = !DIEnumerator(name: "FilesystemLoop", value: 18, isUnsigned: true)
!497 = !DIEnumerator(name: "StaleNetworkFileHandle", value: 19, isUnsigned: true)
!498 = !DIEnumerator(name: "InvalidInput", value: 20, isUnsigned: true)
!499 = !DIEnumerator(name: "InvalidData", value: 21, isUnsigned: true)
!500 = !DIEnumerator(name: "TimedOut", value: 22, isUnsigned: true)
!501 = !DIEnumerator(name: "WriteZero", value: 23, isUnsigned: true)
!502 = !DIEnumerator(name: "StorageFull", value: 24, isUnsigned: true)
!503 = !DIEnumerator(name: "NotSeekable", value: 25, isUnsigned: true)
!504 = !DIEnumerator(name: "QuotaExceeded", value: 26, isUnsigned: true)
!505 = !DIEnumerator(name: "FileTooLarge", value: 27, isUnsigned: true)
!506 = !DIEnumerator(name: "ResourceBusy", value: 28, isUnsigned: true)
!507 = !DIEnumerator(name: "ExecutableFileBusy", value: 29, isUnsigned: true)
!508 = !DIEnumerator(name: "Deadlock", value: 30, isUnsigned: true)
!509 = !DIEnumerator(name: "CrossesDevices", value: 31, isUnsigned: true)
!510 = !DIEnumerator(name: "TooManyLinks", value: 32, isUnsigned: true)
!511 = !DIEnumerator(name: "InvalidFilename", value: 33, isUnsigned: true)
!512 = !DIEnumerator(name: "ArgumentListTooLong", value: 34, isUnsigned: true)
!513 = !DIEnumerator(name: "Interrupted", value: 35, isUnsigned: true)
!514 = !DIEnumerator(name: "Unsupported", value: 36, isUnsigned: true)
!515 = !DIEnumerator(name: "UnexpectedEof", value: 37, isUnsigned: true)
!516 = !DIEnumerator(name: "OutOfMemory", value: 38, isUnsigned: true)
!517 = !DIEnumerator(name: "InProgress", value: 39, isUnsigned: true)
!518 = !DIEnumerator(name: "Other", value: 40, isUnsigned: true)
!519 = !DIEnumerator(name: "Uncategorized", value: 41, isUnsigned: true)
!520 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !473, file: !2, baseType: !521, size: 128, align: 64, flags: DIFlagPrivate)
!521 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !522, templateParams: !23, identifier: "a7e7b87722ec91db468fbff97d02e79f")
!522 = !{!523, !526}
!523 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !521, file: !2, baseType: !524, size: 64, align: 64)
!524 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !525, size: 64, align: 64, dwarfAddressSpace: 0)
!525 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::error::Error + core::marker::Send + core::marker::Sync)", file: !2, align: 8, elements: !23, identifier: "cb89d378028ef3909bc35c36e5d517c6")
!526 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !521, file: !2, baseType: !527, size: 64, align: 64, offset: 64)
!527 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 10]", baseType: !528, size: 64, align: 64, dwarfAddressSpace: 0)
!528 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 640, align: 64, elements: !529)
!529 = !{!530}
!530 = !DISubrange(count: 10, lowerBound: 0)
!531 = !DIDerivedType(tag: DW_TAG_member, name: "Simple", scope: !463, file: !2, baseType: !532, size: 128, align: 64, extraData: i8 1)
!532 = !DICompositeType(tag: DW_TAG_structure_type, name: "Simple", scope: !461, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !533, templateParams: !470, identifier: "12c26e44c514fd706977573f1e51277b")
!533 = !{!534}
!534 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !532, file: !2, baseType: !476, size: 8, align: 8, offset: 8, flags: DIFlagPrivate)
!535 = !DIDerivedType(tag: DW_TAG_member, name: "SimpleMessage", scope: !463, file: !2, baseType: !536, size: 128, align: 64, extraData: i8 2)
!536 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !461, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !537, templateParams: !470, identifier: "683115b188484d9c66c29199b1668743")
!537 = !{!538}
!538 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !536, file: !2, baseType: !539, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!539 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::SimpleMessage", baseType: !540, size: 64, align: 64, dwarfAddressSpace: 0)
!540 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !446, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !541, templateParams: !23, identifier: "fc3ba5ffb90353c74d91c7e48a819290")
!541 = !{!542, !543}
!542 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !540, file: !2, baseType: !476, size: 8, align: 8, offset: 128, flags: DIFlagPublic)
!543 = !DIDerivedType(tag: DW_TAG_member, name: "message", scope: !540, file: !2, baseType: !544, size: 128, align: 64, flags: DIFlagPublic)
!544 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !2, size: 128, align: 64, elements: !545, templateParams: !23, identifier: "9277eecd40495f85161460476aacc992")
!545 = !{!546, !547}
!546 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !544, file: !2, baseType: !304, size: 64, align: 64)
!547 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !544, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!548 = !DIDerivedType(tag: DW_TAG_member, name: "Custom", scope: !463, file: !2, baseType: !549, size: 128, align: 64, extraData: i8 3)
!549 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !461, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !550, templateParams: !470, identifier: "fbbb3263f2671f5cd18b279ae5597d20")
!550 = !{!551}
!551 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !549, file: !2, baseType: !472, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!552 = !DIDerivedType(tag: DW_TAG_member, scope: !461, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagArtificial)
!553 = !DIGlobalVariableExpression(var: !554, expr: !DIExpression())
!554 = distinct !DIGlobalVariable(name: "<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !555, isLocal: true, isDefinition: true)
!555 = !DICompositeType(tag: DW_TAG_structure_type, name: "<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !556, vtableHolder: !392, templateParams: !23, identifier: "16286048a8c74cb467b1adaaa18c43b0")
!556 = !{!557, !558, !559, !560}
!557 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !555, file: !2, baseType: !6, size: 64, align: 64)
!558 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !555, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!559 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !555, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!560 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !555, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!561 = !{i32 8, !"PIC Level", i32 2}
!562 = !{i32 7, !"PIE Level", i32 2}
!563 = !{i32 2, !"RtLibUseGOT", i32 1}
!564 = !{i32 7, !"Dwarf Version", i32 4}
!565 = !{i32 2, !"Debug Info Version", i32 3}
!566 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!567 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !568, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !569, globals: !652, splitDebugInlining: false, nameTableKind: None)
!568 = !DIFile(filename: "testdata/rust/src/unsafecell_atomic.rs/@/unsafecell_atomic.8e64b83678df73ac-cgu.0", directory: ".")
!569 = !{!570, !637, !645, !476}
!570 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !571, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagEnumClass, elements: !572)
!571 = !DINamespace(name: "alignment", scope: !68)
!572 = !{!573, !574, !575, !576, !577, !578, !579, !580, !581, !582, !583, !584, !585, !586, !587, !588, !589, !590, !591, !592, !593, !594, !595, !596, !597, !598, !599, !600, !601, !602, !603, !604, !605, !606, !607, !608, !609, !610, !611, !612, !613, !614, !615, !616, !617, !618, !619, !620, !621, !622, !623, !624, !625, !626, !627, !628, !629, !630, !631, !632, !633, !634, !635, !636}
!573 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!574 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!575 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!576 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!577 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!578 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!579 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!580 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!581 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!582 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!583 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!584 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!585 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!586 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!587 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!588 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!589 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!590 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!591 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!592 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!593 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!594 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!595 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!596 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!597 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!598 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!599 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!600 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!601 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!602 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!603 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!604 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!605 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!606 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!607 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!608 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!609 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!610 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!611 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!612 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!613 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!614 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!615 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!616 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!617 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!618 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!619 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!620 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!621 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!622 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!623 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!624 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!625 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!626 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!627 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!628 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!629 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!630 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!631 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!632 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!633 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!634 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!635 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!636 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!637 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "IntErrorKind", scope: !638, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagEnumClass, elements: !639)
!638 = !DINamespace(name: "error", scope: !192)
!639 = !{!640, !641, !642, !643, !644}
!640 = !DIEnumerator(name: "Empty", value: 0, isUnsigned: true)
!641 = !DIEnumerator(name: "InvalidDigit", value: 1, isUnsigned: true)
!642 = !DIEnumerator(name: "PosOverflow", value: 2, isUnsigned: true)
!643 = !DIEnumerator(name: "NegOverflow", value: 3, isUnsigned: true)
!644 = !DIEnumerator(name: "Zero", value: 4, isUnsigned: true)
!645 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !76, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagEnumClass, elements: !646)
!646 = !{!647, !648, !649, !650, !651}
!647 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!648 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!649 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!650 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!651 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!652 = !{!653, !0, !24, !437, !553}
!653 = !DIGlobalVariableExpression(var: !654, expr: !DIExpression())
!654 = distinct !DIGlobalVariable(name: "<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr> as core::fmt::Write>::{vtable}", scope: null, file: !2, type: !655, isLocal: true, isDefinition: true)
!655 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr> as core::fmt::Write>::{vtable_type}", file: !2, size: 384, align: 64, flags: DIFlagArtificial, elements: !656, vtableHolder: !663, templateParams: !23, identifier: "a2d776a634e9ee49f2620c60c1a0773")
!656 = !{!657, !658, !659, !660, !661, !662}
!657 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !655, file: !2, baseType: !6, size: 64, align: 64)
!658 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !655, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!659 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !655, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!660 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !655, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!661 = !DIDerivedType(tag: DW_TAG_member, name: "__method4", scope: !655, file: !2, baseType: !6, size: 64, align: 64, offset: 256)
!662 = !DIDerivedType(tag: DW_TAG_member, name: "__method5", scope: !655, file: !2, baseType: !6, size: 64, align: 64, offset: 320)
!663 = !DICompositeType(tag: DW_TAG_structure_type, name: "Adapter<std::sys::stdio::unix::Stderr>", scope: !664, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !665, templateParams: !687, identifier: "7ce56b418518d8591f8be18f4f64418b")
!664 = !DINamespace(name: "default_write_fmt", scope: !447)
!665 = !{!666, !671}
!666 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !663, file: !2, baseType: !667, size: 64, align: 64, flags: DIFlagProtected)
!667 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sys::stdio::unix::Stderr", baseType: !668, size: 64, align: 64, dwarfAddressSpace: 0)
!668 = !DICompositeType(tag: DW_TAG_structure_type, name: "Stderr", scope: !669, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "44962adef41932092963bc2cf3c1dc5b")
!669 = !DINamespace(name: "unix", scope: !670)
!670 = !DINamespace(name: "stdio", scope: !330)
!671 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !663, file: !2, baseType: !672, size: 64, align: 64, offset: 64, flags: DIFlagProtected)
!672 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), std::io::error::Error>", scope: !381, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !673, templateParams: !23, identifier: "e5cc42c9786a5088859dacc9c24236ff")
!673 = !{!674}
!674 = !DICompositeType(tag: DW_TAG_variant_part, scope: !672, file: !2, size: 64, align: 64, elements: !675, templateParams: !23, identifier: "9e9e32fae5387bcb158160209ed8d0c7", discriminator: !686)
!675 = !{!676, !682}
!676 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !674, file: !2, baseType: !677, size: 64, align: 64, extraData: i64 0)
!677 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !672, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !678, templateParams: !680, identifier: "15084b43d1d94e2332c7efdfcfe61c0")
!678 = !{!679}
!679 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !677, file: !2, baseType: !7, align: 8, flags: DIFlagPublic)
!680 = !{!390, !681}
!681 = !DITemplateTypeParameter(name: "E", type: !445)
!682 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !674, file: !2, baseType: !683, size: 64, align: 64)
!683 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !672, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !684, templateParams: !680, identifier: "784f3ae8b57a859ebe2c15a3b4ddd532")
!684 = !{!685}
!685 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !683, file: !2, baseType: !445, size: 64, align: 64, flags: DIFlagPublic)
!686 = !DIDerivedType(tag: DW_TAG_member, scope: !672, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!687 = !{!688}
!688 = !DITemplateTypeParameter(name: "T", type: !668)
!689 = distinct !DISubprogram(name: "main", linkageName: "_ZN17unsafecell_atomic4main17h901c69b48ff231d5E", scope: !58, file: !690, line: 48, type: !21, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized | DISPFlagMainSubprogram, unit: !567, templateParams: !23, retainedNodes: !691)
!690 = !DIFile(filename: "testdata/rust/src/unsafecell_atomic.rs", directory: ".", checksumkind: CSK_MD5, checksum: "daca809b7b32e1983e8345651224ddcb")
!691 = !{!692, !694, !696}
!692 = !DILocalVariable(name: "shared_atomic", scope: !693, file: !690, line: 49, type: !61, align: 64)
!693 = distinct !DILexicalBlock(scope: !689, file: !690, line: 49, column: 5)
!694 = !DILocalVariable(name: "shared_atomic_clone", scope: !695, file: !690, line: 52, type: !61, align: 64)
!695 = distinct !DILexicalBlock(scope: !693, file: !690, line: 52, column: 5)
!696 = !DILocalVariable(name: "join_handle", scope: !697, file: !690, line: 53, type: !698, align: 64)
!697 = distinct !DILexicalBlock(scope: !695, file: !690, line: 53, column: 5)
!698 = !DICompositeType(tag: DW_TAG_structure_type, name: "JoinHandle<()>", scope: !699, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !700, templateParams: !428, identifier: "ee35f62bf9404f102775e769c6ed946f")
!699 = !DINamespace(name: "join_handle", scope: !35)
!700 = !{!701}
!701 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !698, file: !2, baseType: !702, size: 192, align: 64, flags: DIFlagProtected)
!702 = !DICompositeType(tag: DW_TAG_structure_type, name: "JoinInner<()>", scope: !34, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !703, templateParams: !428, identifier: "e65b5f4e548724d019bbaecd348e8345")
!703 = !{!704, !710, !711}
!704 = !DIDerivedType(tag: DW_TAG_member, name: "native", scope: !702, file: !2, baseType: !705, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!705 = !DICompositeType(tag: DW_TAG_structure_type, name: "Thread", scope: !706, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !708, templateParams: !23, identifier: "e8c1d139f76b654a68ba5f7b6defa260")
!706 = !DINamespace(name: "unix", scope: !707)
!707 = !DINamespace(name: "thread", scope: !330)
!708 = !{!709}
!709 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !705, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagPrivate)
!710 = !DIDerivedType(tag: DW_TAG_member, name: "thread", scope: !702, file: !2, baseType: !261, size: 64, align: 64, flags: DIFlagPrivate)
!711 = !DIDerivedType(tag: DW_TAG_member, name: "packet", scope: !702, file: !2, baseType: !214, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!712 = !DILocalVariable(name: "self", arg: 1, scope: !713, file: !714, line: 254, type: !715)
!713 = distinct !DISubprogram(name: "spawn_unchecked<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder15spawn_unchecked17h694a6359d25becfbE", scope: !715, file: !714, line: 254, type: !759, scopeLine: 254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, declaration: !776, retainedNodes: !779)
!714 = !DIFile(filename: "library/std/src/thread/builder.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5d5ace7c26f5ce5a28d4e4a2a875f174")
!715 = !DICompositeType(tag: DW_TAG_structure_type, name: "Builder", scope: !716, file: !2, size: 384, align: 64, flags: DIFlagPublic, elements: !717, templateParams: !23, identifier: "123fac9c1631846bed96440770c53d8e")
!716 = !DINamespace(name: "builder", scope: !35)
!717 = !{!718, !745, !757}
!718 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !715, file: !2, baseType: !719, size: 192, align: 64, offset: 128, flags: DIFlagProtected)
!719 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::string::String>", scope: !116, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !720, templateParams: !23, identifier: "49d1863e839a3182896d34ea65f0bc6")
!720 = !{!721}
!721 = !DICompositeType(tag: DW_TAG_variant_part, scope: !719, file: !2, size: 192, align: 64, elements: !722, templateParams: !23, identifier: "d3313c0ff8ed9069b2283ec38db192b8", discriminator: !744)
!722 = !{!723, !740}
!723 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !721, file: !2, baseType: !724, size: 192, align: 64, extraData: i64 -9223372036854775808)
!724 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !719, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !725, identifier: "d56e67cd8780041d746d751fe2646303")
!725 = !{!726}
!726 = !DITemplateTypeParameter(name: "T", type: !727)
!727 = !DICompositeType(tag: DW_TAG_structure_type, name: "String", scope: !728, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !729, templateParams: !23, identifier: "bc53cb80a87db744310a1cd4bda01882")
!728 = !DINamespace(name: "string", scope: !63)
!729 = !{!730}
!730 = !DIDerivedType(tag: DW_TAG_member, name: "vec", scope: !727, file: !2, baseType: !731, size: 192, align: 64, flags: DIFlagPrivate)
!731 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<u8, alloc::alloc::Global>", scope: !166, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !732, templateParams: !738, identifier: "4743da188a3d7e8b8ad6d3218734496a")
!732 = !{!733, !739}
!733 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !731, file: !2, baseType: !734, size: 128, align: 64, flags: DIFlagPrivate)
!734 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<u8, alloc::alloc::Global>", scope: !170, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !735, templateParams: !738, identifier: "1786a941d613205182510ae0fe838410")
!735 = !{!736, !737}
!736 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !734, file: !2, baseType: !173, size: 128, align: 64, flags: DIFlagPrivate)
!737 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !734, file: !2, baseType: !188, align: 8, offset: 128, flags: DIFlagPrivate)
!738 = !{!186, !102}
!739 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !731, file: !2, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!740 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !721, file: !2, baseType: !741, size: 192, align: 64)
!741 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !719, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !742, templateParams: !725, identifier: "3c3a503f4bad1a61526c9545514e8605")
!742 = !{!743}
!743 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !741, file: !2, baseType: !727, size: 192, align: 64, flags: DIFlagPublic)
!744 = !DIDerivedType(tag: DW_TAG_member, scope: !719, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!745 = !DIDerivedType(tag: DW_TAG_member, name: "stack_size", scope: !715, file: !2, baseType: !746, size: 128, align: 64, flags: DIFlagProtected)
!746 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !116, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !747, templateParams: !23, identifier: "6f59025219977f466509bd4ae79a2945")
!747 = !{!748}
!748 = !DICompositeType(tag: DW_TAG_variant_part, scope: !746, file: !2, size: 128, align: 64, elements: !749, templateParams: !23, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !756)
!749 = !{!750, !752}
!750 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !748, file: !2, baseType: !751, size: 128, align: 64, extraData: i64 0)
!751 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !746, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !84, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!752 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !748, file: !2, baseType: !753, size: 128, align: 64, extraData: i64 1)
!753 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !746, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !754, templateParams: !84, identifier: "c70f2dfad93186ce146b7e80830727")
!754 = !{!755}
!755 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !753, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!756 = !DIDerivedType(tag: DW_TAG_member, scope: !746, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!757 = !DIDerivedType(tag: DW_TAG_member, name: "no_hooks", scope: !715, file: !2, baseType: !758, size: 8, align: 8, offset: 320, flags: DIFlagProtected)
!758 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!759 = !DISubroutineType(types: !760)
!760 = !{!761, !715, !56}
!761 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", scope: !381, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !762, templateParams: !23, identifier: "dd9d92794df1fd1537199463305f5a3")
!762 = !{!763}
!763 = !DICompositeType(tag: DW_TAG_variant_part, scope: !761, file: !2, size: 192, align: 64, elements: !764, templateParams: !23, identifier: "d8b70f4e75de56f8bf27d31960b482b9", discriminator: !775)
!764 = !{!765, !771}
!765 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !763, file: !2, baseType: !766, size: 192, align: 64)
!766 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !761, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !767, templateParams: !769, identifier: "b2d190e3562a17b213b3ac85dea11d6c")
!767 = !{!768}
!768 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !766, file: !2, baseType: !698, size: 192, align: 64, flags: DIFlagPublic)
!769 = !{!770, !681}
!770 = !DITemplateTypeParameter(name: "T", type: !698)
!771 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !763, file: !2, baseType: !772, size: 192, align: 64, extraData: i64 0)
!772 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !761, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !773, templateParams: !769, identifier: "dd11300f8e66058135f3be08f05fb8a0")
!773 = !{!774}
!774 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !772, file: !2, baseType: !445, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!775 = !DIDerivedType(tag: DW_TAG_member, scope: !761, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!776 = !DISubprogram(name: "spawn_unchecked<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder15spawn_unchecked17h694a6359d25becfbE", scope: !715, file: !714, line: 254, type: !759, scopeLine: 254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !777)
!777 = !{!778, !390}
!778 = !DITemplateTypeParameter(name: "F", type: !56)
!779 = !{!712, !780, !781, !783, !784, !785, !805}
!780 = !DILocalVariable(name: "f", arg: 2, scope: !713, file: !714, line: 254, type: !56)
!781 = !DILocalVariable(name: "name", scope: !782, file: !714, line: 260, type: !719, align: 64)
!782 = distinct !DILexicalBlock(scope: !713, file: !714, line: 260, column: 9)
!783 = !DILocalVariable(name: "stack_size", scope: !782, file: !714, line: 260, type: !746, align: 64)
!784 = !DILocalVariable(name: "no_hooks", scope: !782, file: !714, line: 260, type: !758, align: 8)
!785 = !DILocalVariable(name: "residual", scope: !786, file: !714, line: 261, type: !787, align: 64)
!786 = distinct !DILexicalBlock(scope: !782, file: !714, line: 261, column: 86)
!787 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, std::io::error::Error>", scope: !381, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !788, templateParams: !23, identifier: "72a8f6e01d4acb12907e0d0f75169e32")
!788 = !{!789}
!789 = !DICompositeType(tag: DW_TAG_variant_part, scope: !787, file: !2, size: 64, align: 64, elements: !790, templateParams: !23, identifier: "2ecc0e67d217039d3595447495a05485")
!790 = !{!791, !801}
!791 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !789, file: !2, baseType: !792, size: 64, align: 64)
!792 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !787, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !793, templateParams: !799, identifier: "1a7bc56486e5c194122d748a02c45a15")
!793 = !{!794}
!794 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !792, file: !2, baseType: !795, align: 8, flags: DIFlagPublic)
!795 = !DICompositeType(tag: DW_TAG_structure_type, name: "Infallible", scope: !796, file: !2, align: 8, flags: DIFlagPublic, elements: !797, templateParams: !23, identifier: "78cfd968ca0619bc6721ef3bf8e03805")
!796 = !DINamespace(name: "convert", scope: !44)
!797 = !{!798}
!798 = !DICompositeType(tag: DW_TAG_variant_part, scope: !795, file: !2, align: 8, elements: !23, identifier: "820520e070d3f01e1d1c030b6bcc9c0e")
!799 = !{!800, !681}
!800 = !DITemplateTypeParameter(name: "T", type: !795)
!801 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !789, file: !2, baseType: !802, size: 64, align: 64)
!802 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !787, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !803, templateParams: !799, identifier: "61a285588f9a0c215292e288748f1334")
!803 = !{!804}
!804 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !802, file: !2, baseType: !445, size: 64, align: 64, flags: DIFlagPublic)
!805 = !DILocalVariable(name: "val", scope: !806, file: !714, line: 261, type: !702, align: 64)
!806 = distinct !DILexicalBlock(scope: !782, file: !714, line: 261, column: 86)
!807 = !DILocation(line: 254, column: 41, scope: !713, inlinedAt: !808)
!808 = distinct !DILocation(line: 191, column: 23, scope: !809, inlinedAt: !814)
!809 = distinct !DISubprogram(name: "spawn<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder5spawn17hcedfc97a841bc7f5E", scope: !715, file: !714, line: 185, type: !759, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, declaration: !810, retainedNodes: !811)
!810 = !DISubprogram(name: "spawn<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder5spawn17hcedfc97a841bc7f5E", scope: !715, file: !714, line: 185, type: !759, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !777)
!811 = !{!812, !813}
!812 = !DILocalVariable(name: "self", arg: 1, scope: !809, file: !714, line: 185, type: !715)
!813 = !DILocalVariable(name: "f", arg: 2, scope: !809, file: !714, line: 185, type: !56)
!814 = !DILocation(line: 131, column: 20, scope: !815, inlinedAt: !822)
!815 = distinct !DISubprogram(name: "spawn<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9functions5spawn17hf90546682d8f54c5E", scope: !817, file: !816, line: 125, type: !818, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !820)
!816 = !DIFile(filename: "library/std/src/thread/functions.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7697548f80973ff2b1a9a328f6458f4b")
!817 = !DINamespace(name: "functions", scope: !35)
!818 = !DISubroutineType(types: !819)
!819 = !{!698, !56}
!820 = !{!821}
!821 = !DILocalVariable(name: "f", arg: 1, scope: !815, file: !816, line: 125, type: !56)
!822 = !DILocation(line: 53, column: 23, scope: !695)
!823 = !DILocation(line: 185, column: 24, scope: !809, inlinedAt: !814)
!824 = !DILocation(line: 49, column: 9, scope: !693)
!825 = !DILocation(line: 53, column: 9, scope: !697)
!826 = !DILocalVariable(name: "self", scope: !827, file: !828, line: 149, type: !698, align: 64)
!827 = distinct !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread11join_handle19JoinHandle$LT$T$GT$4join17h617a10d52cb83d31E", scope: !698, file: !828, line: 149, type: !829, scopeLine: 149, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, declaration: !831, retainedNodes: !832)
!828 = !DIFile(filename: "library/std/src/thread/join_handle.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ba5cff96fe2303f17a06a2f5036e31d9")
!829 = !DISubroutineType(types: !830)
!830 = !{!380, !698}
!831 = !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread11join_handle19JoinHandle$LT$T$GT$4join17h617a10d52cb83d31E", scope: !698, file: !828, line: 149, type: !829, scopeLine: 149, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !428)
!832 = !{!826}
!833 = !DILocation(line: 149, column: 17, scope: !827, inlinedAt: !834)
!834 = !DILocation(line: 62, column: 17, scope: !697)
!835 = !DILocalVariable(name: "data", scope: !836, file: !837, line: 419, type: !88, align: 64)
!836 = distinct !DISubprogram(name: "new<unsafecell_atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17he480cf032b7162a7E", scope: !61, file: !837, line: 419, type: !838, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !91, declaration: !840, retainedNodes: !841)
!837 = !DIFile(filename: "library/alloc/src/sync.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "edadc1ff7553857570421b5d3475d9bc")
!838 = !DISubroutineType(types: !839)
!839 = !{!61, !88}
!840 = !DISubprogram(name: "new<unsafecell_atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17he480cf032b7162a7E", scope: !61, file: !837, line: 419, type: !838, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!841 = !{!835, !842}
!842 = !DILocalVariable(name: "x", scope: !843, file: !837, line: 422, type: !844, align: 64)
!843 = distinct !DILexicalBlock(scope: !836, file: !837, line: 422, column: 9)
!844 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>, alloc::alloc::Global>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!845 = !DILocation(line: 0, scope: !836, inlinedAt: !846)
!846 = !DILocation(line: 49, column: 25, scope: !689)
!847 = !DILocalVariable(name: "val", scope: !848, file: !849, line: 3134, type: !9, align: 64)
!848 = distinct !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !849, line: 3134, type: !850, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !853, retainedNodes: !854)
!849 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!850 = !DISubroutineType(types: !851)
!851 = !{!9, !852, !9, !645}
!852 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!853 = !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !849, line: 3134, type: !850, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!854 = !{!855, !847, !856}
!855 = !DILocalVariable(name: "self", arg: 1, scope: !848, file: !849, line: 3134, type: !852)
!856 = !DILocalVariable(name: "order", scope: !848, file: !849, line: 3134, type: !645, align: 8)
!857 = !DILocation(line: 0, scope: !848, inlinedAt: !858)
!858 = !DILocation(line: 2388, column: 44, scope: !859, inlinedAt: !868)
!859 = distinct !DISubprogram(name: "clone<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h68c3cf58d25ae9e7E", scope: !860, file: !837, line: 2376, type: !861, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !101, retainedNodes: !864)
!860 = !DINamespace(name: "{impl#32}", scope: !62)
!861 = !DISubroutineType(types: !862)
!862 = !{!61, !863}
!863 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!864 = !{!865, !866}
!865 = !DILocalVariable(name: "self", arg: 1, scope: !859, file: !837, line: 2376, type: !863)
!866 = !DILocalVariable(name: "old_size", scope: !867, file: !837, line: 2388, type: !9, align: 64)
!867 = distinct !DILexicalBlock(scope: !859, file: !837, line: 2388, column: 9)
!868 = !DILocation(line: 52, column: 45, scope: !693)
!869 = !DILocalVariable(name: "val", scope: !870, file: !849, line: 3919, type: !9, align: 64)
!870 = distinct !DISubprogram(name: "atomic_add<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_add17h7f2e614c798fbd0aE", scope: !76, file: !849, line: 3919, type: !871, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !874)
!871 = !DISubroutineType(types: !872)
!872 = !{!9, !873, !9, !645}
!873 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!874 = !{!875, !869, !876}
!875 = !DILocalVariable(name: "dst", arg: 1, scope: !870, file: !849, line: 3919, type: !873)
!876 = !DILocalVariable(name: "order", scope: !870, file: !849, line: 3919, type: !645, align: 8)
!877 = !{!85, !878}
!878 = !DITemplateTypeParameter(name: "U", type: !9)
!879 = !DILocation(line: 0, scope: !870, inlinedAt: !880)
!880 = !DILocation(line: 3136, column: 26, scope: !848, inlinedAt: !858)
!881 = !DILocalVariable(name: "alloc", scope: !882, file: !837, line: 309, type: !99, align: 8)
!882 = distinct !DISubprogram(name: "from_inner_in<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17h6089f450f5dfa3b7E", scope: !61, file: !837, line: 309, type: !883, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !101, declaration: !885, retainedNodes: !886)
!883 = !DISubroutineType(types: !884)
!884 = !{!61, !66, !99}
!885 = !DISubprogram(name: "from_inner_in<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17h6089f450f5dfa3b7E", scope: !61, file: !837, line: 309, type: !883, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !101)
!886 = !{!887, !881}
!887 = !DILocalVariable(name: "ptr", arg: 1, scope: !882, file: !837, line: 309, type: !66)
!888 = !DILocation(line: 309, column: 56, scope: !882, inlinedAt: !889)
!889 = !DILocation(line: 2409, column: 18, scope: !867, inlinedAt: !868)
!890 = !DILocation(line: 49, column: 9, scope: !689)
!891 = !DILocalVariable(name: "x", arg: 1, scope: !892, file: !893, line: 284, type: !72)
!892 = distinct !DISubprogram(name: "new<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h5c3e44c347a537bbE", scope: !894, file: !893, line: 284, type: !896, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !93, retainedNodes: !898)
!893 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!894 = !DINamespace(name: "{impl#0}", scope: !895)
!895 = !DINamespace(name: "boxed", scope: !63)
!896 = !DISubroutineType(types: !897)
!897 = !{!844, !72}
!898 = !{!891, !899}
!899 = !DILocalVariable(name: "ptr", scope: !900, file: !893, line: 286, type: !901, align: 64)
!900 = distinct !DILexicalBlock(scope: !892, file: !893, line: 286, column: 9)
!901 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!902 = !DILocation(line: 0, scope: !892, inlinedAt: !903)
!903 = distinct !DILocation(line: 422, column: 25, scope: !836, inlinedAt: !846)
!904 = !DILocalVariable(name: "layout", arg: 1, scope: !905, file: !893, line: 247, type: !909)
!905 = distinct !DISubprogram(name: "box_new_uninit", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit", scope: !895, file: !893, line: 247, type: !906, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !918)
!906 = !DISubroutineType(types: !907)
!907 = !{!908, !909}
!908 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !184, size: 64, align: 64, dwarfAddressSpace: 0)
!909 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !910, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !912, templateParams: !23, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!910 = !DINamespace(name: "layout", scope: !911)
!911 = !DINamespace(name: "alloc", scope: !44)
!912 = !{!913, !914}
!913 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !909, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!914 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !909, file: !2, baseType: !915, size: 64, align: 64, flags: DIFlagPrivate)
!915 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !571, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !916, templateParams: !23, identifier: "5099570874743123f8e757e4da3ea37b")
!916 = !{!917}
!917 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !915, file: !2, baseType: !570, size: 64, align: 64, flags: DIFlagPrivate)
!918 = !{!904, !919}
!919 = !DILocalVariable(name: "ptr", scope: !920, file: !893, line: 249, type: !921, align: 64)
!920 = distinct !DILexicalBlock(scope: !905, file: !893, line: 249, column: 9)
!921 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[u8]>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !922, templateParams: !185, identifier: "efe3e6a52bef0fc2baf8e9a8d6a6c8ea")
!922 = !{!923}
!923 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !921, file: !2, baseType: !924, size: 128, align: 64, flags: DIFlagPrivate)
!924 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [u8]", file: !2, size: 128, align: 64, elements: !925, templateParams: !23, identifier: "a10360edaf335c418dbc95bccd0cb05d")
!925 = !{!926, !927}
!926 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !924, file: !2, baseType: !304, size: 64, align: 64)
!927 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !924, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!928 = !DILocation(line: 0, scope: !905, inlinedAt: !929)
!929 = distinct !DILocation(line: 286, column: 19, scope: !892, inlinedAt: !903)
!930 = !DILocalVariable(name: "layout", arg: 2, scope: !931, file: !932, line: 428, type: !909)
!931 = distinct !DISubprogram(name: "allocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate", scope: !933, file: !932, line: 428, type: !934, scopeLine: 428, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !954)
!932 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!933 = !DINamespace(name: "{impl#1}", scope: !100)
!934 = !DISubroutineType(types: !935)
!935 = !{!936, !953, !909}
!936 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::ptr::non_null::NonNull<[u8]>, core::alloc::AllocError>", scope: !381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !937, templateParams: !23, identifier: "519a674418a5b51cf8bee27a967aa54e")
!937 = !{!938}
!938 = !DICompositeType(tag: DW_TAG_variant_part, scope: !936, file: !2, size: 128, align: 64, elements: !939, templateParams: !23, identifier: "3b104dde0538164c272d7f6e9ec8806f", discriminator: !952)
!939 = !{!940, !948}
!940 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !938, file: !2, baseType: !941, size: 128, align: 64)
!941 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !936, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !942, templateParams: !944, identifier: "30b736d771929d0b7715388dfe942406")
!942 = !{!943}
!943 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !941, file: !2, baseType: !921, size: 128, align: 64, flags: DIFlagPublic)
!944 = !{!945, !946}
!945 = !DITemplateTypeParameter(name: "T", type: !921)
!946 = !DITemplateTypeParameter(name: "E", type: !947)
!947 = !DICompositeType(tag: DW_TAG_structure_type, name: "AllocError", scope: !911, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "111d797cdc779cf5e7833a8ef17b26ec")
!948 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !938, file: !2, baseType: !949, size: 128, align: 64, extraData: i64 0)
!949 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !936, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !950, templateParams: !944, identifier: "1f90ad7cc2064f8f568100f50e75d1fb")
!950 = !{!951}
!951 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !949, file: !2, baseType: !947, align: 8, flags: DIFlagPublic)
!952 = !DIDerivedType(tag: DW_TAG_member, scope: !936, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!953 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !99, size: 64, align: 64, dwarfAddressSpace: 0)
!954 = !{!955, !930}
!955 = !DILocalVariable(name: "self", scope: !931, file: !932, line: 428, type: !953, align: 64)
!956 = !DILocation(line: 0, scope: !931, inlinedAt: !957)
!957 = distinct !DILocation(line: 248, column: 18, scope: !905, inlinedAt: !929)
!958 = !DILocalVariable(name: "layout", arg: 2, scope: !959, file: !932, line: 311, type: !909)
!959 = distinct !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !99, file: !932, line: 311, type: !960, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !962, retainedNodes: !963)
!960 = !DISubroutineType(types: !961)
!961 = !{!936, !953, !909, !758}
!962 = !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !99, file: !932, line: 311, type: !960, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!963 = !{!964, !958, !965}
!964 = !DILocalVariable(name: "self", scope: !959, file: !932, line: 311, type: !953, align: 64)
!965 = !DILocalVariable(name: "zeroed", scope: !959, file: !932, line: 311, type: !758, align: 8)
!966 = !DILocation(line: 0, scope: !959, inlinedAt: !967)
!967 = distinct !DILocation(line: 429, column: 14, scope: !931, inlinedAt: !957)
!968 = !DILocalVariable(name: "layout", arg: 1, scope: !969, file: !932, line: 185, type: !909)
!969 = distinct !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !99, file: !932, line: 185, type: !970, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !972, retainedNodes: !973)
!970 = !DISubroutineType(types: !971)
!971 = !{!936, !909, !758}
!972 = !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !99, file: !932, line: 185, type: !970, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!973 = !{!968, !974, !975, !977, !979, !981, !996}
!974 = !DILocalVariable(name: "zeroed", arg: 2, scope: !969, file: !932, line: 185, type: !758)
!975 = !DILocalVariable(name: "size", scope: !976, file: !932, line: 189, type: !9, align: 64)
!976 = distinct !DILexicalBlock(scope: !969, file: !932, line: 189, column: 13)
!977 = !DILocalVariable(name: "raw_ptr", scope: !978, file: !932, line: 190, type: !908, align: 64)
!978 = distinct !DILexicalBlock(scope: !976, file: !932, line: 190, column: 17)
!979 = !DILocalVariable(name: "ptr", scope: !980, file: !932, line: 191, type: !180, align: 64)
!980 = distinct !DILexicalBlock(scope: !978, file: !932, line: 191, column: 17)
!981 = !DILocalVariable(name: "residual", scope: !982, file: !932, line: 191, type: !983, align: 8)
!982 = distinct !DILexicalBlock(scope: !978, file: !932, line: 191, column: 66)
!983 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, core::alloc::AllocError>", scope: !381, file: !2, align: 8, flags: DIFlagPublic, elements: !984, templateParams: !23, identifier: "e93516a9a4d4ff61ba16dc75632d6fe")
!984 = !{!985}
!985 = !DICompositeType(tag: DW_TAG_variant_part, scope: !983, file: !2, align: 8, elements: !986, templateParams: !23, identifier: "f5e162db303eef1e33f578c71ec0a693")
!986 = !{!987, !992}
!987 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !985, file: !2, baseType: !988, align: 8)
!988 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !983, file: !2, align: 8, flags: DIFlagPublic, elements: !989, templateParams: !991, identifier: "f1d8e5af3a1dffc68ba77da64f0701a9")
!989 = !{!990}
!990 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !988, file: !2, baseType: !795, align: 8, flags: DIFlagPublic)
!991 = !{!800, !946}
!992 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !985, file: !2, baseType: !993, align: 8)
!993 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !983, file: !2, align: 8, flags: DIFlagPublic, elements: !994, templateParams: !991, identifier: "e8d1b6dff9322dfb94e83992955f462f")
!994 = !{!995}
!995 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !993, file: !2, baseType: !947, align: 8, flags: DIFlagPublic)
!996 = !DILocalVariable(name: "val", scope: !997, file: !932, line: 191, type: !180, align: 64)
!997 = distinct !DILexicalBlock(scope: !978, file: !932, line: 191, column: 66)
!998 = !DILocation(line: 0, scope: !969, inlinedAt: !999)
!999 = distinct !DILocation(line: 312, column: 9, scope: !959, inlinedAt: !967)
!1000 = !DILocalVariable(name: "layout", arg: 1, scope: !1001, file: !932, line: 89, type: !909)
!1001 = distinct !DISubprogram(name: "alloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc5alloc", scope: !100, file: !932, line: 89, type: !906, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1002)
!1002 = !{!1000}
!1003 = !DILocation(line: 0, scope: !1001, inlinedAt: !1004)
!1004 = distinct !DILocation(line: 190, column: 73, scope: !976, inlinedAt: !999)
!1005 = !DILocation(line: 0, scope: !976, inlinedAt: !999)
!1006 = !DILocation(line: 93, column: 9, scope: !1001, inlinedAt: !1004)
!1007 = !{!1008}
!1008 = distinct !{!1008, !1009, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h5c3e44c347a537bbE: %x"}
!1009 = distinct !{!1009, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h5c3e44c347a537bbE"}
!1010 = !DILocation(line: 95, column: 9, scope: !1001, inlinedAt: !1004)
!1011 = !DILocation(line: 248, column: 11, scope: !905, inlinedAt: !929)
!1012 = !DILocation(line: 248, column: 5, scope: !905, inlinedAt: !929)
!1013 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!1014 = !DILocation(line: 250, column: 19, scope: !905, inlinedAt: !929)
!1015 = !DILocation(line: 0, scope: !900, inlinedAt: !903)
!1016 = !DILocation(line: 289, column: 56, scope: !900, inlinedAt: !903)
!1017 = !DILocation(line: 0, scope: !843, inlinedAt: !846)
!1018 = !DILocalVariable(name: "ptr", arg: 1, scope: !1019, file: !837, line: 292, type: !66)
!1019 = distinct !DISubprogram(name: "from_inner<unsafecell_atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17h7e55d739249eed4cE", scope: !61, file: !837, line: 292, type: !1020, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !91, declaration: !1022, retainedNodes: !1023)
!1020 = !DISubroutineType(types: !1021)
!1021 = !{!61, !66}
!1022 = !DISubprogram(name: "from_inner<unsafecell_atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17h7e55d739249eed4cE", scope: !61, file: !837, line: 292, type: !1020, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !91)
!1023 = !{!1018}
!1024 = !DILocation(line: 0, scope: !1019, inlinedAt: !1025)
!1025 = !DILocation(line: 427, column: 18, scope: !843, inlinedAt: !846)
!1026 = !DILocation(line: 310, column: 9, scope: !882, inlinedAt: !1027)
!1027 = !DILocation(line: 293, column: 18, scope: !1019, inlinedAt: !1025)
!1028 = !DILocation(line: 2376, column: 14, scope: !859, inlinedAt: !868)
!1029 = !DILocation(line: 3134, column: 30, scope: !848, inlinedAt: !858)
!1030 = !DILocation(line: 3923, column: 24, scope: !870, inlinedAt: !880)
!1031 = !DILocation(line: 0, scope: !867, inlinedAt: !868)
!1032 = !DILocation(line: 2405, column: 12, scope: !867, inlinedAt: !868)
!1033 = !DILocation(line: 0, scope: !882, inlinedAt: !889)
!1034 = !DILocation(line: 0, scope: !695)
!1035 = !DILocation(line: 53, column: 9, scope: !695)
!1036 = !DILocation(line: 0, scope: !815, inlinedAt: !822)
!1037 = !DILocation(line: 0, scope: !809, inlinedAt: !814)
!1038 = !DILocation(line: 0, scope: !713, inlinedAt: !808)
!1039 = !DILocation(line: 260, column: 23, scope: !713, inlinedAt: !808)
!1040 = !DILocation(line: 260, column: 23, scope: !782, inlinedAt: !808)
!1041 = !{!1042}
!1042 = distinct !{!1042, !1043, !"_ZN3std6thread7builder7Builder15spawn_unchecked17h694a6359d25becfbE: %_0"}
!1043 = distinct !{!1043, !"_ZN3std6thread7builder7Builder15spawn_unchecked17h694a6359d25becfbE"}
!1044 = !DILocation(line: 0, scope: !782, inlinedAt: !808)
!1045 = !{!1042, !1046}
!1046 = distinct !{!1046, !1043, !"_ZN3std6thread7builder7Builder15spawn_unchecked17h694a6359d25becfbE: %self"}
!1047 = !DILocalVariable(name: "stack_size", arg: 2, scope: !1048, file: !1049, line: 19, type: !746)
!1048 = distinct !DISubprogram(name: "spawn_unchecked<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked17h4478b0287e417e1aE", scope: !34, file: !1049, line: 17, type: !1050, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !1067)
!1049 = !DIFile(filename: "library/std/src/thread/lifecycle.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "990c34c6641562b1886c6a140e080712")
!1050 = !DISubroutineType(types: !1051)
!1051 = !{!1052, !719, !746, !758, !229, !56}
!1052 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::thread::lifecycle::JoinInner<()>, std::io::error::Error>", scope: !381, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1053, templateParams: !23, identifier: "feeec05db0b4a0fdff1d4c847cfa063")
!1053 = !{!1054}
!1054 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1052, file: !2, size: 192, align: 64, elements: !1055, templateParams: !23, identifier: "2530cd8f15d23cf1c02e44c46b76187a", discriminator: !1066)
!1055 = !{!1056, !1062}
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1054, file: !2, baseType: !1057, size: 192, align: 64)
!1057 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1052, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1058, templateParams: !1060, identifier: "4feb49cf35a6d8a7c8d61e2419a0ef2")
!1058 = !{!1059}
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1057, file: !2, baseType: !702, size: 192, align: 64, flags: DIFlagPublic)
!1060 = !{!1061, !681}
!1061 = !DITemplateTypeParameter(name: "T", type: !702)
!1062 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1054, file: !2, baseType: !1063, size: 192, align: 64, extraData: i64 0)
!1063 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1052, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1064, templateParams: !1060, identifier: "146325ce69eedf11911afb4a6b175548")
!1064 = !{!1065}
!1065 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1063, file: !2, baseType: !445, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1066 = !DIDerivedType(tag: DW_TAG_member, scope: !1052, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!1067 = !{!1068, !1047, !1069, !1070, !1071, !1072, !1074, !1076, !1078, !1080, !1082, !1084, !1086, !1088, !1091, !1093, !1096, !1102, !1109, !1111}
!1068 = !DILocalVariable(name: "name", arg: 1, scope: !1048, file: !1049, line: 18, type: !719)
!1069 = !DILocalVariable(name: "no_hooks", arg: 3, scope: !1048, file: !1049, line: 20, type: !758)
!1070 = !DILocalVariable(name: "scope_data", arg: 4, scope: !1048, file: !1049, line: 21, type: !229)
!1071 = !DILocalVariable(name: "f", arg: 5, scope: !1048, file: !1049, line: 22, type: !56)
!1072 = !DILocalVariable(name: "stack_size", scope: !1073, file: !1049, line: 29, type: !9, align: 64)
!1073 = distinct !DILexicalBlock(scope: !1048, file: !1049, line: 29, column: 5)
!1074 = !DILocalVariable(name: "id", scope: !1075, file: !1049, line: 47, type: !312, align: 64)
!1075 = distinct !DILexicalBlock(scope: !1073, file: !1049, line: 47, column: 5)
!1076 = !DILocalVariable(name: "thread", scope: !1077, file: !1049, line: 48, type: !261, align: 64)
!1077 = distinct !DILexicalBlock(scope: !1075, file: !1049, line: 48, column: 5)
!1078 = !DILocalVariable(name: "hooks", scope: !1079, file: !1049, line: 50, type: !108, align: 64)
!1079 = distinct !DILexicalBlock(scope: !1077, file: !1049, line: 50, column: 5)
!1080 = !DILocalVariable(name: "my_packet", scope: !1081, file: !1049, line: 56, type: !214, align: 64)
!1081 = distinct !DILexicalBlock(scope: !1079, file: !1049, line: 56, column: 5)
!1082 = !DILocalVariable(name: "their_packet", scope: !1083, file: !1049, line: 58, type: !214, align: 64)
!1083 = distinct !DILexicalBlock(scope: !1081, file: !1049, line: 58, column: 5)
!1084 = !DILocalVariable(name: "f", scope: !1085, file: !1049, line: 83, type: !38, align: 64)
!1085 = distinct !DILexicalBlock(scope: !1083, file: !1049, line: 83, column: 5)
!1086 = !DILocalVariable(name: "rust_start", scope: !1087, file: !1049, line: 87, type: !32, align: 64)
!1087 = distinct !DILexicalBlock(scope: !1085, file: !1049, line: 87, column: 5)
!1088 = !DILocalVariable(name: "scope_data", scope: !1089, file: !1049, line: 106, type: !1090, align: 64)
!1089 = distinct !DILexicalBlock(scope: !1087, file: !1049, line: 106, column: 48)
!1090 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !237, size: 64, align: 64, dwarfAddressSpace: 0)
!1091 = !DILocalVariable(name: "rust_start", scope: !1092, file: !1049, line: 112, type: !201, align: 64)
!1092 = distinct !DILexicalBlock(scope: !1087, file: !1049, line: 112, column: 5)
!1093 = !DILocalVariable(name: "ptr", scope: !1094, file: !1049, line: 113, type: !1095, align: 64)
!1094 = distinct !DILexicalBlock(scope: !1087, file: !1049, line: 113, column: 9)
!1095 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()>", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!1096 = !DILocalVariable(name: "ptr", scope: !1097, file: !1049, line: 114, type: !1098, align: 64)
!1097 = distinct !DILexicalBlock(scope: !1094, file: !1049, line: 114, column: 9)
!1098 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut (dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, size: 128, align: 64, elements: !1099, templateParams: !23, identifier: "3407113f7913f60060dac8ccf115095")
!1099 = !{!1100, !1101}
!1100 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1098, file: !2, baseType: !204, size: 64, align: 64)
!1101 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !1098, file: !2, baseType: !207, size: 64, align: 64, offset: 64)
!1102 = !DILocalVariable(name: "init", scope: !1103, file: !1049, line: 121, type: !1104, align: 64)
!1103 = distinct !DILexicalBlock(scope: !1092, file: !1049, line: 121, column: 5)
!1104 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::thread::lifecycle::ThreadInit, alloc::alloc::Global>", baseType: !1105, size: 64, align: 64, dwarfAddressSpace: 0)
!1105 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadInit", scope: !34, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !1106, templateParams: !23, identifier: "772389f7cf07027866fbdbdfe7ae307a")
!1106 = !{!1107, !1108}
!1107 = !DIDerivedType(tag: DW_TAG_member, name: "handle", scope: !1105, file: !2, baseType: !261, size: 64, align: 64, flags: DIFlagPublic)
!1108 = !DIDerivedType(tag: DW_TAG_member, name: "rust_start", scope: !1105, file: !2, baseType: !201, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!1109 = !DILocalVariable(name: "residual", scope: !1110, file: !1049, line: 137, type: !787, align: 64)
!1110 = distinct !DILexicalBlock(scope: !1103, file: !1049, line: 137, column: 60)
!1111 = !DILocalVariable(name: "val", scope: !1112, file: !1049, line: 137, type: !705, align: 64)
!1112 = distinct !DILexicalBlock(scope: !1103, file: !1049, line: 137, column: 60)
!1113 = !DILocation(line: 0, scope: !1048, inlinedAt: !1114)
!1114 = distinct !DILocation(line: 261, column: 32, scope: !782, inlinedAt: !808)
!1115 = !DILocalVariable(name: "self", arg: 1, scope: !1116, file: !1117, line: 1061, type: !746)
!1116 = distinct !DISubprogram(name: "unwrap_or_else<usize, std::thread::lifecycle::spawn_unchecked::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h3353e4b5a77c478dE", scope: !746, file: !1117, line: 1061, type: !1118, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1141, declaration: !1140, retainedNodes: !1143)
!1117 = !DIFile(filename: "library/core/src/option.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3f12dd837a95e960b90752f70f5ddc0e")
!1118 = !DISubroutineType(types: !1119)
!1119 = !{!9, !746, !1120, !1121}
!1120 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>", scope: !33, file: !2, align: 8, elements: !23, identifier: "de2ed735578b838392e90c238c2255ba")
!1121 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !1122, size: 64, align: 64, dwarfAddressSpace: 0)
!1122 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !1123, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1125, templateParams: !23, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!1123 = !DINamespace(name: "location", scope: !1124)
!1124 = !DINamespace(name: "panic", scope: !44)
!1125 = !{!1126, !1134, !1135, !1136}
!1126 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !1122, file: !2, baseType: !1127, size: 128, align: 64, flags: DIFlagPrivate)
!1127 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1128, templateParams: !185, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!1128 = !{!1129}
!1129 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1127, file: !2, baseType: !1130, size: 128, align: 64, flags: DIFlagPrivate)
!1130 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !2, size: 128, align: 64, elements: !1131, templateParams: !23, identifier: "238a44609877474087c05adf26cd41fa")
!1131 = !{!1132, !1133}
!1132 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1130, file: !2, baseType: !304, size: 64, align: 64)
!1133 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1130, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1134 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !1122, file: !2, baseType: !339, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!1135 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !1122, file: !2, baseType: !339, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!1136 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !1122, file: !2, baseType: !1137, align: 8, offset: 192, flags: DIFlagPrivate)
!1137 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !1138, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!1138 = !{!1139}
!1139 = !DITemplateTypeParameter(name: "T", type: !544)
!1140 = !DISubprogram(name: "unwrap_or_else<usize, std::thread::lifecycle::spawn_unchecked::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h3353e4b5a77c478dE", scope: !746, file: !1117, line: 1061, type: !1118, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1141)
!1141 = !{!85, !1142}
!1142 = !DITemplateTypeParameter(name: "F", type: !1120)
!1143 = !{!1115, !1144, !1145}
!1144 = !DILocalVariable(name: "f", scope: !1116, file: !1117, line: 1061, type: !1120, align: 8)
!1145 = !DILocalVariable(name: "x", scope: !1146, file: !1117, line: 1066, type: !9, align: 64)
!1146 = distinct !DILexicalBlock(scope: !1116, file: !1117, line: 1066, column: 13)
!1147 = !DILocation(line: 0, scope: !1116, inlinedAt: !1148)
!1148 = distinct !DILocation(line: 29, column: 33, scope: !1048, inlinedAt: !1114)
!1149 = !{!1150, !1152, !1042, !1046}
!1150 = distinct !{!1150, !1151, !"_ZN3std6thread9lifecycle15spawn_unchecked17h4478b0287e417e1aE: %_0"}
!1151 = distinct !{!1151, !"_ZN3std6thread9lifecycle15spawn_unchecked17h4478b0287e417e1aE"}
!1152 = distinct !{!1152, !1151, !"_ZN3std6thread9lifecycle15spawn_unchecked17h4478b0287e417e1aE: %name"}
!1153 = !DILocation(line: 18, column: 5, scope: !1048, inlinedAt: !1114)
!1154 = !DILocation(line: 22, column: 5, scope: !1048, inlinedAt: !1114)
!1155 = !DILocation(line: 48, column: 9, scope: !1077, inlinedAt: !1114)
!1156 = !DILocation(line: 50, column: 9, scope: !1079, inlinedAt: !1114)
!1157 = !DILocation(line: 56, column: 9, scope: !1081, inlinedAt: !1114)
!1158 = !DILocation(line: 87, column: 9, scope: !1087, inlinedAt: !1114)
!1159 = !DILocation(line: 1061, column: 42, scope: !1116, inlinedAt: !1148)
!1160 = !DILocalVariable(name: "val", scope: !1161, file: !849, line: 3134, type: !9, align: 64)
!1161 = distinct !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !849, line: 3134, type: !850, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !853, retainedNodes: !1162)
!1162 = !{!1163, !1160, !1164, !1160, !1164}
!1163 = !DILocalVariable(name: "self", arg: 1, scope: !1161, file: !849, line: 3134, type: !852)
!1164 = !DILocalVariable(name: "order", scope: !1161, file: !849, line: 3134, type: !645, align: 8)
!1165 = !DILocation(line: 0, scope: !1161, inlinedAt: !1166)
!1166 = distinct !DILocation(line: 2388, column: 44, scope: !1167, inlinedAt: !1175)
!1167 = distinct !DISubprogram(name: "clone<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h73df833bce966e9dE", scope: !860, file: !837, line: 2376, type: !1168, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, retainedNodes: !1171)
!1168 = !DISubroutineType(types: !1169)
!1169 = !{!214, !1170}
!1170 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !214, size: 64, align: 64, dwarfAddressSpace: 0)
!1171 = !{!1172, !1173}
!1172 = !DILocalVariable(name: "self", arg: 1, scope: !1167, file: !837, line: 2376, type: !1170)
!1173 = !DILocalVariable(name: "old_size", scope: !1174, file: !837, line: 2388, type: !9, align: 64)
!1174 = distinct !DILexicalBlock(scope: !1167, file: !837, line: 2388, column: 9)
!1175 = distinct !DILocation(line: 58, column: 34, scope: !1081, inlinedAt: !1114)
!1176 = !DILocalVariable(name: "val", scope: !1177, file: !849, line: 3919, type: !9, align: 64)
!1177 = distinct !DISubprogram(name: "atomic_add<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_add17h7f2e614c798fbd0aE", scope: !76, file: !849, line: 3919, type: !871, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !1178)
!1178 = !{!1179, !1176, !1180, !1176, !1180}
!1179 = !DILocalVariable(name: "dst", arg: 1, scope: !1177, file: !849, line: 3919, type: !873)
!1180 = !DILocalVariable(name: "order", scope: !1177, file: !849, line: 3919, type: !645, align: 8)
!1181 = !DILocation(line: 0, scope: !1177, inlinedAt: !1182)
!1182 = distinct !DILocation(line: 3136, column: 26, scope: !1161, inlinedAt: !1166)
!1183 = !DILocalVariable(name: "alloc", scope: !1184, file: !837, line: 309, type: !99, align: 8)
!1184 = distinct !DISubprogram(name: "from_inner_in<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hf6a7316868cad796E", scope: !214, file: !837, line: 309, type: !1185, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !1187, retainedNodes: !1188)
!1185 = !DISubroutineType(types: !1186)
!1186 = !{!214, !217, !99}
!1187 = !DISubprogram(name: "from_inner_in<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hf6a7316868cad796E", scope: !214, file: !837, line: 309, type: !1185, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !436)
!1188 = !{!1189, !1183}
!1189 = !DILocalVariable(name: "ptr", arg: 1, scope: !1184, file: !837, line: 309, type: !217)
!1190 = !DILocation(line: 309, column: 56, scope: !1184, inlinedAt: !1191)
!1191 = distinct !DILocation(line: 2409, column: 18, scope: !1174, inlinedAt: !1175)
!1192 = !DILocation(line: 0, scope: !1161, inlinedAt: !1193)
!1193 = distinct !DILocation(line: 2388, column: 44, scope: !1194, inlinedAt: !1203)
!1194 = !DILexicalBlockFile(scope: !1195, file: !837, discriminator: 2)
!1195 = distinct !DISubprogram(name: "clone<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17hf3b3e19730b0d94cE", scope: !860, file: !837, line: 2376, type: !1196, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !351, retainedNodes: !1199)
!1196 = !DISubroutineType(types: !1197)
!1197 = !{!269, !1198}
!1198 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !269, size: 64, align: 64, dwarfAddressSpace: 0)
!1199 = !{!1200, !1201}
!1200 = !DILocalVariable(name: "self", arg: 1, scope: !1195, file: !837, line: 2376, type: !1198)
!1201 = !DILocalVariable(name: "old_size", scope: !1202, file: !837, line: 2388, type: !9, align: 64)
!1202 = distinct !DILexicalBlock(scope: !1195, file: !837, line: 2388, column: 9)
!1203 = distinct !DILocation(line: 1091, column: 16, scope: !1204, inlinedAt: !1212)
!1204 = distinct !DISubprogram(name: "clone<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", linkageName: "_ZN64_$LT$core..pin..Pin$LT$Ptr$GT$$u20$as$u20$core..clone..Clone$GT$5clone17hf4465575a20c86a5E", scope: !1206, file: !1205, line: 1091, type: !1207, scopeLine: 1091, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !353, retainedNodes: !1210)
!1205 = !DIFile(filename: "library/core/src/pin.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "a7e518e7fd98a383ffad20f21e00e5b3")
!1206 = !DINamespace(name: "{impl#28}", scope: !266)
!1207 = !DISubroutineType(types: !1208)
!1208 = !{!265, !1209}
!1209 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", baseType: !265, size: 64, align: 64, dwarfAddressSpace: 0)
!1210 = !{!1211}
!1211 = !DILocalVariable(name: "self", arg: 1, scope: !1204, file: !1205, line: 1091, type: !1209)
!1212 = distinct !DILocation(line: 61, column: 10, scope: !1213, inlinedAt: !1221)
!1213 = distinct !DISubprogram(name: "clone", linkageName: "_RNvXs1_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB5_6ThreadNtNtCsgEmfK2I1SDS_4core5clone5Clone5clone", scope: !1215, file: !1214, line: 61, type: !1216, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1219)
!1214 = !DIFile(filename: "library/std/src/thread/thread.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3005680e1504410ed32e1506758665e5")
!1215 = !DINamespace(name: "{impl#3}", scope: !262)
!1216 = !DISubroutineType(types: !1217)
!1217 = !{!261, !1218}
!1218 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::thread::Thread", baseType: !261, size: 64, align: 64, dwarfAddressSpace: 0)
!1219 = !{!1220}
!1220 = !DILocalVariable(name: "self", arg: 1, scope: !1213, file: !1214, line: 61, type: !1218)
!1221 = distinct !DILocation(line: 121, column: 53, scope: !1092, inlinedAt: !1114)
!1222 = !DILocation(line: 0, scope: !1177, inlinedAt: !1223)
!1223 = distinct !DILocation(line: 3136, column: 26, scope: !1224, inlinedAt: !1193)
!1224 = !DILexicalBlockFile(scope: !1161, file: !849, discriminator: 2)
!1225 = !DILocalVariable(arg: 1, scope: !1226, file: !1049, line: 29, type: !1120)
!1226 = distinct !DISubprogram(name: "{closure#0}<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17hc05f120c80a14d25E", scope: !33, file: !1049, line: 29, type: !1227, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !1229)
!1227 = !DISubroutineType(types: !1228)
!1228 = !{!9, !1120}
!1229 = !{!1230, !1232, !1225}
!1230 = !DILocalVariable(name: "n", scope: !1231, file: !1049, line: 34, type: !9, align: 64)
!1231 = distinct !DILexicalBlock(scope: !1226, file: !1049, line: 34, column: 13)
!1232 = !DILocalVariable(name: "amt", scope: !1233, file: !1049, line: 37, type: !9, align: 64)
!1233 = distinct !DILexicalBlock(scope: !1226, file: !1049, line: 37, column: 9)
!1234 = !DILocation(line: 29, column: 48, scope: !1226, inlinedAt: !1235)
!1235 = distinct !DILocation(line: 1067, column: 21, scope: !1116, inlinedAt: !1148)
!1236 = !DILocalVariable(name: "self", arg: 1, scope: !1237, file: !1117, line: 1541, type: !1238)
!1237 = distinct !DISubprogram(name: "and_then<std::ffi::os_str::OsString, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17ha0dffe173429e53eE", scope: !1238, file: !1117, line: 1541, type: !1261, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1266, declaration: !1265, retainedNodes: !1268)
!1238 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::ffi::os_str::OsString>", scope: !116, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1239, templateParams: !23, identifier: "45fe4a459e6da64dc342cf01dae1121a")
!1239 = !{!1240}
!1240 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1238, file: !2, size: 192, align: 64, elements: !1241, templateParams: !23, identifier: "6db36bd6e9fa950033843b36d828bf98", discriminator: !1260)
!1241 = !{!1242, !1256}
!1242 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1240, file: !2, baseType: !1243, size: 192, align: 64, extraData: i64 -9223372036854775808)
!1243 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1238, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !1244, identifier: "ab9ba039511e7f24837f764d69d1ee67")
!1244 = !{!1245}
!1245 = !DITemplateTypeParameter(name: "T", type: !1246)
!1246 = !DICompositeType(tag: DW_TAG_structure_type, name: "OsString", scope: !1247, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1249, templateParams: !23, identifier: "199623efef18463058824be4a9382ca2")
!1247 = !DINamespace(name: "os_str", scope: !1248)
!1248 = !DINamespace(name: "ffi", scope: !17)
!1249 = !{!1250}
!1250 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1246, file: !2, baseType: !1251, size: 192, align: 64, flags: DIFlagPrivate)
!1251 = !DICompositeType(tag: DW_TAG_structure_type, name: "Buf", scope: !1252, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1254, templateParams: !23, identifier: "eb793ea8c69a73daa307a3862c2a53a")
!1252 = !DINamespace(name: "bytes", scope: !1253)
!1253 = !DINamespace(name: "os_str", scope: !330)
!1254 = !{!1255}
!1255 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1251, file: !2, baseType: !731, size: 192, align: 64, flags: DIFlagPublic)
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1240, file: !2, baseType: !1257, size: 192, align: 64)
!1257 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1238, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1258, templateParams: !1244, identifier: "37c87ca8fd8ab2e5462c35cffaf4433b")
!1258 = !{!1259}
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1257, file: !2, baseType: !1246, size: 192, align: 64, flags: DIFlagPublic)
!1260 = !DIDerivedType(tag: DW_TAG_member, scope: !1238, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!1261 = !DISubroutineType(types: !1262)
!1262 = !{!746, !1238, !1263}
!1263 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>", scope: !1264, file: !2, align: 8, elements: !23, identifier: "48ad85a19a1f3ff57939829568b58641")
!1264 = !DINamespace(name: "{closure#0}", scope: !33)
!1265 = !DISubprogram(name: "and_then<std::ffi::os_str::OsString, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17ha0dffe173429e53eE", scope: !1238, file: !1117, line: 1541, type: !1261, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1266)
!1266 = !{!1245, !878, !1267}
!1267 = !DITemplateTypeParameter(name: "F", type: !1263)
!1268 = !{!1236, !1269, !1270}
!1269 = !DILocalVariable(name: "f", scope: !1237, file: !1117, line: 1541, type: !1263, align: 8)
!1270 = !DILocalVariable(name: "x", scope: !1271, file: !1117, line: 1546, type: !1246, align: 64)
!1271 = distinct !DILexicalBlock(scope: !1237, file: !1117, line: 1546, column: 13)
!1272 = !DILocation(line: 1541, column: 33, scope: !1237, inlinedAt: !1273)
!1273 = distinct !DILocation(line: 38, column: 14, scope: !1226, inlinedAt: !1235)
!1274 = !DILocalVariable(name: "order", scope: !1275, file: !849, line: 2842, type: !645, align: 8)
!1275 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !849, line: 2842, type: !1276, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1278, retainedNodes: !1279)
!1276 = !DISubroutineType(types: !1277)
!1277 = !{!9, !852, !645}
!1278 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !849, line: 2842, type: !1276, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1279 = !{!1280, !1274}
!1280 = !DILocalVariable(name: "self", arg: 1, scope: !1275, file: !849, line: 2842, type: !852)
!1281 = !DILocation(line: 0, scope: !1275, inlinedAt: !1282)
!1282 = distinct !DILocation(line: 32, column: 19, scope: !1226, inlinedAt: !1235)
!1283 = !DILocation(line: 1541, column: 39, scope: !1237, inlinedAt: !1273)
!1284 = !DILocalVariable(name: "default", scope: !1285, file: !1117, line: 1038, type: !9, align: 64)
!1285 = distinct !DISubprogram(name: "unwrap_or<usize>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17hb6f1b74c065824dfE", scope: !746, file: !1117, line: 1038, type: !1286, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !84, declaration: !1288, retainedNodes: !1289)
!1286 = !DISubroutineType(types: !1287)
!1287 = !{!9, !746, !9}
!1288 = !DISubprogram(name: "unwrap_or<usize>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17hb6f1b74c065824dfE", scope: !746, file: !1117, line: 1038, type: !1286, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!1289 = !{!1290, !1284, !1291}
!1290 = !DILocalVariable(name: "self", arg: 1, scope: !1285, file: !1117, line: 1038, type: !746)
!1291 = !DILocalVariable(name: "x", scope: !1292, file: !1117, line: 1043, type: !9, align: 64)
!1292 = distinct !DILexicalBlock(scope: !1285, file: !1117, line: 1043, column: 13)
!1293 = !DILocation(line: 0, scope: !1285, inlinedAt: !1294)
!1294 = distinct !DILocation(line: 39, column: 14, scope: !1226, inlinedAt: !1235)
!1295 = !DILocalVariable(name: "self", scope: !1296, file: !849, line: 2870, type: !852, align: 64)
!1296 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !849, line: 2870, type: !1297, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1299, retainedNodes: !1300)
!1297 = !DISubroutineType(types: !1298)
!1298 = !{null, !852, !9, !645}
!1299 = !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !849, line: 2870, type: !1297, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1300 = !{!1295, !1301, !1302}
!1301 = !DILocalVariable(name: "val", arg: 2, scope: !1296, file: !849, line: 2870, type: !9)
!1302 = !DILocalVariable(name: "order", scope: !1296, file: !849, line: 2870, type: !645, align: 8)
!1303 = !DILocation(line: 0, scope: !1296, inlinedAt: !1304)
!1304 = distinct !DILocation(line: 43, column: 13, scope: !1233, inlinedAt: !1235)
!1305 = !DILocalVariable(name: "dst", arg: 1, scope: !1306, file: !849, line: 3886, type: !1309)
!1306 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17hbc49cef201e7714cE", scope: !76, file: !849, line: 3886, type: !1307, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !84, retainedNodes: !1310)
!1307 = !DISubroutineType(types: !1308)
!1308 = !{!9, !1309, !645}
!1309 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!1310 = !{!1305, !1311}
!1311 = !DILocalVariable(name: "order", arg: 2, scope: !1306, file: !849, line: 3886, type: !645)
!1312 = !DILocation(line: 0, scope: !1306, inlinedAt: !1313)
!1313 = distinct !DILocation(line: 2844, column: 26, scope: !1275, inlinedAt: !1282)
!1314 = !DILocation(line: 3890, column: 24, scope: !1306, inlinedAt: !1313)
!1315 = !DILocation(line: 0, scope: !1231, inlinedAt: !1235)
!1316 = !DILocation(line: 32, column: 9, scope: !1226, inlinedAt: !1235)
!1317 = !DILocation(line: 37, column: 19, scope: !1226, inlinedAt: !1235)
!1318 = !DILocalVariable(name: "key", arg: 1, scope: !1319, file: !1320, line: 259, type: !544)
!1319 = distinct !DISubprogram(name: "var_os<&str>", linkageName: "_ZN3std3env6var_os17hec35cec054a6deb7E", scope: !1321, file: !1320, line: 259, type: !1322, scopeLine: 259, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1325, retainedNodes: !1324)
!1320 = !DIFile(filename: "library/std/src/env.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ea222fa0ef0f8138bff3cc805406605d")
!1321 = !DINamespace(name: "env", scope: !17)
!1322 = !DISubroutineType(types: !1323)
!1323 = !{!1238, !544}
!1324 = !{!1318}
!1325 = !{!1326}
!1326 = !DITemplateTypeParameter(name: "K", type: !544)
!1327 = !DILocation(line: 0, scope: !1319, inlinedAt: !1328)
!1328 = distinct !DILocation(line: 37, column: 19, scope: !1226, inlinedAt: !1235)
!1329 = !DILocation(line: 260, column: 5, scope: !1319, inlinedAt: !1328)
!1330 = !DILocation(line: 1545, column: 15, scope: !1237, inlinedAt: !1273)
!1331 = !{i64 0, i64 -9223372036854775807}
!1332 = !DILocation(line: 1545, column: 9, scope: !1237, inlinedAt: !1273)
!1333 = !DILocation(line: 34, column: 25, scope: !1231, inlinedAt: !1235)
!1334 = !DILocation(line: 0, scope: !1233, inlinedAt: !1235)
!1335 = !DILocation(line: 45, column: 6, scope: !1226, inlinedAt: !1235)
!1336 = !DILocation(line: 0, scope: !1271, inlinedAt: !1273)
!1337 = !DILocation(line: 1546, column: 18, scope: !1237, inlinedAt: !1273)
!1338 = !DILocalVariable(name: "s", arg: 2, scope: !1339, file: !1049, line: 38, type: !1246)
!1339 = distinct !DISubprogram(name: "{closure#0}<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hb6e11de3e09c1426E", scope: !1264, file: !1049, line: 38, type: !1340, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !1342)
!1340 = !DISubroutineType(types: !1341)
!1341 = !{!746, !1263, !1246}
!1342 = !{!1338, !1343}
!1343 = !DILocalVariable(arg: 1, scope: !1339, file: !1049, line: 38, type: !1263)
!1344 = !DILocation(line: 0, scope: !1339, inlinedAt: !1345)
!1345 = distinct !DILocation(line: 1546, column: 24, scope: !1271, inlinedAt: !1273)
!1346 = !DILocation(line: 38, column: 23, scope: !1339, inlinedAt: !1345)
!1347 = !DILocalVariable(name: "self", arg: 1, scope: !1348, file: !1349, line: 708, type: !1350)
!1348 = distinct !DISubprogram(name: "ok<&str, core::str::error::Utf8Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$2ok17hb640d96ca74201ffE", scope: !1350, file: !1349, line: 708, type: !1382, scopeLine: 708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1358, declaration: !1395, retainedNodes: !1396)
!1349 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!1350 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<&str, core::str::error::Utf8Error>", scope: !381, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1351, templateParams: !23, identifier: "5582fb2b4f7836c2b89331cf171c5afa")
!1351 = !{!1352}
!1352 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1350, file: !2, size: 192, align: 64, elements: !1353, templateParams: !23, identifier: "6cf57bbe5981774bf4790e94b77f380", discriminator: !1381)
!1353 = !{!1354, !1377}
!1354 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1352, file: !2, baseType: !1355, size: 192, align: 64, extraData: i64 0)
!1355 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1350, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1356, templateParams: !1358, identifier: "6f375c847b087fd65c2efe46c2d601fc")
!1356 = !{!1357}
!1357 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1355, file: !2, baseType: !544, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!1358 = !{!1139, !1359}
!1359 = !DITemplateTypeParameter(name: "E", type: !1360)
!1360 = !DICompositeType(tag: DW_TAG_structure_type, name: "Utf8Error", scope: !1361, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1363, templateParams: !23, identifier: "a1b2917cf4ad01b98aaa8d55424ca90e")
!1361 = !DINamespace(name: "error", scope: !1362)
!1362 = !DINamespace(name: "str", scope: !44)
!1363 = !{!1364, !1365}
!1364 = !DIDerivedType(tag: DW_TAG_member, name: "valid_up_to", scope: !1360, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagProtected)
!1365 = !DIDerivedType(tag: DW_TAG_member, name: "error_len", scope: !1360, file: !2, baseType: !1366, size: 16, align: 8, offset: 64, flags: DIFlagProtected)
!1366 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u8>", scope: !116, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !1367, templateParams: !23, identifier: "6850a92a40c22a3fa30403901fda925d")
!1367 = !{!1368}
!1368 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1366, file: !2, size: 16, align: 8, elements: !1369, templateParams: !23, identifier: "6dc00fc24aa236d6513d9de8c7098b42", discriminator: !1376)
!1369 = !{!1370, !1372}
!1370 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1368, file: !2, baseType: !1371, size: 16, align: 8, extraData: i8 0)
!1371 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1366, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !185, identifier: "82686c0219b197b3634b19b380fb0074")
!1372 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1368, file: !2, baseType: !1373, size: 16, align: 8, extraData: i8 1)
!1373 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1366, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !1374, templateParams: !185, identifier: "da7c844113dbf375df5d296690266c32")
!1374 = !{!1375}
!1375 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1373, file: !2, baseType: !184, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!1376 = !DIDerivedType(tag: DW_TAG_member, scope: !1366, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagArtificial)
!1377 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1352, file: !2, baseType: !1378, size: 192, align: 64, extraData: i64 1)
!1378 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1350, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1379, templateParams: !1358, identifier: "2937e7ba81d49a1c39907cf4541f6c52")
!1379 = !{!1380}
!1380 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1378, file: !2, baseType: !1360, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!1381 = !DIDerivedType(tag: DW_TAG_member, scope: !1350, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!1382 = !DISubroutineType(types: !1383)
!1383 = !{!1384, !1350}
!1384 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&str>", scope: !116, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1385, templateParams: !23, identifier: "388f0724495c9979543236d6ae2d54c2")
!1385 = !{!1386}
!1386 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1384, file: !2, size: 128, align: 64, elements: !1387, templateParams: !23, identifier: "e6785e8f6e1e140eb9b4249e8ee16932", discriminator: !1394)
!1387 = !{!1388, !1390}
!1388 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1386, file: !2, baseType: !1389, size: 128, align: 64, extraData: i64 0)
!1389 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1384, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !1138, identifier: "d07e0299997611c95ecaaab3f1b5fcbf")
!1390 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1386, file: !2, baseType: !1391, size: 128, align: 64)
!1391 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1384, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1392, templateParams: !1138, identifier: "752c4aa88f8dc851ac37ea0fe4a1be3a")
!1392 = !{!1393}
!1393 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1391, file: !2, baseType: !544, size: 128, align: 64, flags: DIFlagPublic)
!1394 = !DIDerivedType(tag: DW_TAG_member, scope: !1384, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!1395 = !DISubprogram(name: "ok<&str, core::str::error::Utf8Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$2ok17hb640d96ca74201ffE", scope: !1350, file: !1349, line: 708, type: !1382, scopeLine: 708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1358)
!1396 = !{!1347, !1397}
!1397 = !DILocalVariable(name: "x", scope: !1398, file: !1349, line: 714, type: !544, align: 64)
!1398 = distinct !DILexicalBlock(scope: !1348, file: !1349, line: 714, column: 13)
!1399 = !DILocation(line: 708, column: 21, scope: !1348, inlinedAt: !1400)
!1400 = distinct !DILocation(line: 914, column: 29, scope: !1401, inlinedAt: !1423)
!1401 = distinct !DISubprogram(name: "to_str", linkageName: "_RNvMsl_NtNtCsjrHSEGnQ3l9_3std3ffi6os_strNtB5_5OsStr6to_str", scope: !1403, file: !1402, line: 913, type: !1409, scopeLine: 913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1416, retainedNodes: !1417)
!1402 = !DIFile(filename: "library/std/src/ffi/os_str.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6eec051f87d8cefa8b614e4b3d949fd0")
!1403 = !DICompositeType(tag: DW_TAG_structure_type, name: "OsStr", scope: !1247, file: !2, align: 8, flags: DIFlagPublic, elements: !1404, templateParams: !23, identifier: "9b2ff0e99145c91adaf994211d6efd2a")
!1404 = !{!1405}
!1405 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1403, file: !2, baseType: !1406, align: 8, flags: DIFlagPrivate)
!1406 = !DICompositeType(tag: DW_TAG_structure_type, name: "Slice", scope: !1252, file: !2, align: 8, flags: DIFlagPublic, elements: !1407, templateParams: !23, identifier: "4daaa6a3d6e2ac322e5faa02ad2f2c71")
!1407 = !{!1408}
!1408 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1406, file: !2, baseType: !184, align: 8, flags: DIFlagPublic)
!1409 = !DISubroutineType(types: !1410)
!1410 = !{!1384, !1411}
!1411 = !DICompositeType(tag: DW_TAG_structure_type, name: "&std::ffi::os_str::OsStr", file: !2, size: 128, align: 64, elements: !1412, templateParams: !23, identifier: "5ad606f5414a2d9527e9cd3c27c80654")
!1412 = !{!1413, !1415}
!1413 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1411, file: !2, baseType: !1414, size: 64, align: 64)
!1414 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1403, size: 64, align: 64, dwarfAddressSpace: 0)
!1415 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1411, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1416 = !DISubprogram(name: "to_str", linkageName: "_RNvMsl_NtNtCsjrHSEGnQ3l9_3std3ffi6os_strNtB5_5OsStr6to_str", scope: !1403, file: !1402, line: 913, type: !1409, scopeLine: 913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1417 = !{!1418}
!1418 = !DILocalVariable(name: "self", arg: 1, scope: !1401, file: !1402, line: 913, type: !1419)
!1419 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const std::ffi::os_str::OsStr", file: !2, size: 128, align: 64, elements: !1420, templateParams: !23, identifier: "fcdd8c6d8e8385321623bf8c6fbc98cc")
!1420 = !{!1421, !1422}
!1421 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1419, file: !2, baseType: !1414, size: 64, align: 64)
!1422 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1419, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1423 = distinct !DILocation(line: 38, column: 29, scope: !1339, inlinedAt: !1345)
!1424 = !DILocalVariable(name: "f", scope: !1425, file: !1117, line: 1541, type: !1428, align: 8)
!1425 = distinct !DISubprogram(name: "and_then<&str, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure#0}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h69c27fc501f47affE", scope: !1384, file: !1117, line: 1541, type: !1426, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1431, declaration: !1430, retainedNodes: !1433)
!1426 = !DISubroutineType(types: !1427)
!1427 = !{!746, !1384, !1428}
!1428 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>", scope: !1429, file: !2, align: 8, elements: !23, identifier: "464c8eec90f68f52157851f8bd63786e")
!1429 = !DINamespace(name: "{closure#0}", scope: !1264)
!1430 = !DISubprogram(name: "and_then<&str, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure#0}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h69c27fc501f47affE", scope: !1384, file: !1117, line: 1541, type: !1426, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1431)
!1431 = !{!1139, !878, !1432}
!1432 = !DITemplateTypeParameter(name: "F", type: !1428)
!1433 = !{!1434, !1424, !1435}
!1434 = !DILocalVariable(name: "self", arg: 1, scope: !1425, file: !1117, line: 1541, type: !1384)
!1435 = !DILocalVariable(name: "x", scope: !1436, file: !1117, line: 1546, type: !544, align: 64)
!1436 = distinct !DILexicalBlock(scope: !1425, file: !1117, line: 1546, column: 13)
!1437 = !DILocation(line: 1541, column: 39, scope: !1425, inlinedAt: !1438)
!1438 = distinct !DILocation(line: 38, column: 38, scope: !1339, inlinedAt: !1345)
!1439 = !DILocalVariable(name: "radix", scope: !1440, file: !1441, line: 1629, type: !339, align: 32)
!1440 = distinct !DISubprogram(name: "from_str_radix", linkageName: "_RNvMsv_NtCsgEmfK2I1SDS_4core3numj14from_str_radix", scope: !1442, file: !1441, line: 1629, type: !1443, scopeLine: 1629, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1463)
!1441 = !DIFile(filename: "library/core/src/num/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "1db7404d1c8f3f7800b5a2176e16a3e4")
!1442 = !DINamespace(name: "{impl#33}", scope: !192)
!1443 = !DISubroutineType(types: !1444)
!1444 = !{!1445, !544, !339}
!1445 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<usize, core::num::error::ParseIntError>", scope: !381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1446, templateParams: !23, identifier: "6d3af7ce428cd6cc82e757daf4ebf0c0")
!1446 = !{!1447}
!1447 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1445, file: !2, size: 128, align: 64, elements: !1448, templateParams: !23, identifier: "4327e9ab2957c403a5761f2393aced4", discriminator: !1462)
!1448 = !{!1449, !1458}
!1449 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1447, file: !2, baseType: !1450, size: 128, align: 64, extraData: i8 0)
!1450 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1445, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1451, templateParams: !1453, identifier: "49acdc61c11aed3184f953118eaa67c9")
!1451 = !{!1452}
!1452 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1450, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1453 = !{!85, !1454}
!1454 = !DITemplateTypeParameter(name: "E", type: !1455)
!1455 = !DICompositeType(tag: DW_TAG_structure_type, name: "ParseIntError", scope: !638, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !1456, templateParams: !23, identifier: "f413e33ccd4d99b7e5207af7dbc7958c")
!1456 = !{!1457}
!1457 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !1455, file: !2, baseType: !637, size: 8, align: 8, flags: DIFlagProtected)
!1458 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1447, file: !2, baseType: !1459, size: 128, align: 64, extraData: i8 1)
!1459 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1445, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1460, templateParams: !1453, identifier: "e95c5481c4f5dd586c38665176a42d88")
!1460 = !{!1461}
!1461 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1459, file: !2, baseType: !1455, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!1462 = !DIDerivedType(tag: DW_TAG_member, scope: !1445, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagArtificial)
!1463 = !{!1464, !1439}
!1464 = !DILocalVariable(name: "src", arg: 1, scope: !1440, file: !1441, line: 1629, type: !544)
!1465 = !DILocation(line: 0, scope: !1440, inlinedAt: !1466)
!1466 = distinct !DILocation(line: 1579, column: 17, scope: !1467, inlinedAt: !1473)
!1467 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvXsu_NtCsgEmfK2I1SDS_4core3numjNtNtNtB7_3str6traits7FromStr8from_str", scope: !1468, file: !1441, line: 1578, type: !1469, scopeLine: 1578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1471)
!1468 = !DINamespace(name: "{impl#32}", scope: !192)
!1469 = !DISubroutineType(types: !1470)
!1470 = !{!1445, !544}
!1471 = !{!1472}
!1472 = !DILocalVariable(name: "src", arg: 1, scope: !1467, file: !1441, line: 1578, type: !544)
!1473 = distinct !DILocation(line: 2766, column: 9, scope: !1474, inlinedAt: !1481)
!1474 = distinct !DISubprogram(name: "parse<usize>", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$5parse17ha36f0317ec9cdc28E", scope: !1476, file: !1475, line: 2765, type: !1469, scopeLine: 2765, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1479, retainedNodes: !1477)
!1475 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!1476 = !DINamespace(name: "{impl#0}", scope: !1362)
!1477 = !{!1478}
!1478 = !DILocalVariable(name: "self", arg: 1, scope: !1474, file: !1475, line: 2765, type: !544)
!1479 = !{!1480}
!1480 = !DITemplateTypeParameter(name: "F", type: !9)
!1481 = distinct !DILocation(line: 38, column: 53, scope: !1482, inlinedAt: !1487)
!1482 = distinct !DISubprogram(name: "{closure#0}<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h0e6af2228e989a21E", scope: !1429, file: !1049, line: 38, type: !1483, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !1485)
!1483 = !DISubroutineType(types: !1484)
!1484 = !{!746, !1428, !544}
!1485 = !{!1486}
!1486 = !DILocalVariable(name: "s", arg: 2, scope: !1482, file: !1049, line: 38, type: !544)
!1487 = distinct !DILocation(line: 1546, column: 24, scope: !1436, inlinedAt: !1438)
!1488 = !DILocation(line: 0, scope: !1401, inlinedAt: !1423)
!1489 = !DILocation(line: 914, column: 9, scope: !1401, inlinedAt: !1423)
!1490 = !{!1491, !1150, !1152, !1042, !1046}
!1491 = distinct !{!1491, !1492, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hb6e11de3e09c1426E: %s"}
!1492 = distinct !{!1492, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hb6e11de3e09c1426E"}
!1493 = !DILocalVariable(name: "self", arg: 1, scope: !1494, file: !1495, line: 287, type: !1498)
!1494 = distinct !DISubprogram(name: "to_str", linkageName: "_RNvMs7_NtNtNtCsjrHSEGnQ3l9_3std3sys6os_str5bytesNtB5_5Slice6to_str", scope: !1406, file: !1495, line: 287, type: !1496, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1503, retainedNodes: !1504)
!1495 = !DIFile(filename: "library/std/src/sys/os_str/bytes.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6c7f4a29e2f232ef89a4a80dadafd37f")
!1496 = !DISubroutineType(types: !1497)
!1497 = !{!1350, !1498}
!1498 = !DICompositeType(tag: DW_TAG_structure_type, name: "&std::sys::os_str::bytes::Slice", file: !2, size: 128, align: 64, elements: !1499, templateParams: !23, identifier: "330e638bb2ec503629394ffc278dbde1")
!1499 = !{!1500, !1502}
!1500 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1498, file: !2, baseType: !1501, size: 64, align: 64)
!1501 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1406, size: 64, align: 64, dwarfAddressSpace: 0)
!1502 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1498, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1503 = !DISubprogram(name: "to_str", linkageName: "_RNvMs7_NtNtNtCsjrHSEGnQ3l9_3std3sys6os_str5bytesNtB5_5Slice6to_str", scope: !1406, file: !1495, line: 287, type: !1496, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1504 = !{!1493}
!1505 = !DILocation(line: 287, column: 19, scope: !1494, inlinedAt: !1506)
!1506 = distinct !DILocation(line: 914, column: 20, scope: !1401, inlinedAt: !1423)
!1507 = !DILocation(line: 288, column: 9, scope: !1494, inlinedAt: !1506)
!1508 = !DILocalVariable(arg: 1, scope: !1509, file: !1510, line: 805, type: !1513)
!1509 = distinct !DISubprogram(name: "drop_in_place<std::ffi::os_str::OsString>", linkageName: "_ZN4core3ptr47drop_in_place$LT$std..ffi..os_str..OsString$GT$17ha24d7155a3e1b183E", scope: !68, file: !1510, line: 805, type: !1511, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1244, retainedNodes: !1514)
!1510 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!1511 = !DISubroutineType(types: !1512)
!1512 = !{null, !1513}
!1513 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::ffi::os_str::OsString", baseType: !1246, size: 64, align: 64, dwarfAddressSpace: 0)
!1514 = !{!1508}
!1515 = !DILocation(line: 0, scope: !1509, inlinedAt: !1516)
!1516 = distinct !DILocation(line: 38, column: 65, scope: !1339, inlinedAt: !1345)
!1517 = !DILocalVariable(arg: 1, scope: !1518, file: !1510, line: 805, type: !1521)
!1518 = distinct !DISubprogram(name: "drop_in_place<std::sys::os_str::bytes::Buf>", linkageName: "_ZN4core3ptr49drop_in_place$LT$std..sys..os_str..bytes..Buf$GT$17hf81d2d13d4989b83E", scope: !68, file: !1510, line: 805, type: !1519, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1523, retainedNodes: !1522)
!1519 = !DISubroutineType(types: !1520)
!1520 = !{null, !1521}
!1521 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sys::os_str::bytes::Buf", baseType: !1251, size: 64, align: 64, dwarfAddressSpace: 0)
!1522 = !{!1517}
!1523 = !{!1524}
!1524 = !DITemplateTypeParameter(name: "T", type: !1251)
!1525 = !DILocation(line: 0, scope: !1518, inlinedAt: !1526)
!1526 = distinct !DILocation(line: 805, column: 1, scope: !1509, inlinedAt: !1516)
!1527 = !DILocalVariable(arg: 1, scope: !1528, file: !1510, line: 805, type: !1531)
!1528 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17hfae83f02fde93794E", scope: !68, file: !1510, line: 805, type: !1529, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1533, retainedNodes: !1532)
!1529 = !DISubroutineType(types: !1530)
!1530 = !{null, !1531}
!1531 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !731, size: 64, align: 64, dwarfAddressSpace: 0)
!1532 = !{!1527}
!1533 = !{!1534}
!1534 = !DITemplateTypeParameter(name: "T", type: !731)
!1535 = !DILocation(line: 0, scope: !1528, inlinedAt: !1536)
!1536 = distinct !DILocation(line: 805, column: 1, scope: !1518, inlinedAt: !1526)
!1537 = !DILocalVariable(arg: 1, scope: !1538, file: !1510, line: 805, type: !1541)
!1538 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h4087bb63b293c4a9E", scope: !68, file: !1510, line: 805, type: !1539, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1543, retainedNodes: !1542)
!1539 = !DISubroutineType(types: !1540)
!1540 = !{null, !1541}
!1541 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !734, size: 64, align: 64, dwarfAddressSpace: 0)
!1542 = !{!1537}
!1543 = !{!1544}
!1544 = !DITemplateTypeParameter(name: "T", type: !734)
!1545 = !DILocation(line: 0, scope: !1538, inlinedAt: !1546)
!1546 = distinct !DILocation(line: 805, column: 1, scope: !1528, inlinedAt: !1536)
!1547 = !DILocalVariable(name: "self", arg: 1, scope: !1548, file: !1549, line: 421, type: !1553)
!1548 = distinct !DISubprogram(name: "drop<u8, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h474f91c3314fd411E", scope: !1550, file: !1549, line: 421, type: !1551, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !738, retainedNodes: !1554)
!1549 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!1550 = !DINamespace(name: "{impl#3}", scope: !170)
!1551 = !DISubroutineType(types: !1552)
!1552 = !{null, !1553}
!1553 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !734, size: 64, align: 64, dwarfAddressSpace: 0)
!1554 = !{!1547}
!1555 = !DILocation(line: 0, scope: !1548, inlinedAt: !1556)
!1556 = distinct !DILocation(line: 805, column: 1, scope: !1538, inlinedAt: !1546)
!1557 = !DILocalVariable(name: "self", arg: 1, scope: !1558, file: !1549, line: 870, type: !1561)
!1558 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3c053aca02369bbfE", scope: !173, file: !1549, line: 870, type: !1559, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !196, declaration: !1562, retainedNodes: !1563)
!1559 = !DISubroutineType(types: !1560)
!1560 = !{null, !1561, !909}
!1561 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !173, size: 64, align: 64, dwarfAddressSpace: 0)
!1562 = !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3c053aca02369bbfE", scope: !173, file: !1549, line: 870, type: !1559, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !196)
!1563 = !{!1557, !1564, !1565, !1567}
!1564 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !1558, file: !1549, line: 870, type: !909)
!1565 = !DILocalVariable(name: "ptr", scope: !1566, file: !1549, line: 872, type: !180, align: 64)
!1566 = distinct !DILexicalBlock(scope: !1558, file: !1549, line: 872, column: 82)
!1567 = !DILocalVariable(name: "layout", scope: !1566, file: !1549, line: 872, type: !909, align: 64)
!1568 = !DILocation(line: 0, scope: !1558, inlinedAt: !1569)
!1569 = distinct !DILocation(line: 423, column: 29, scope: !1548, inlinedAt: !1556)
!1570 = !DILocalVariable(name: "self", arg: 1, scope: !1571, file: !1549, line: 631, type: !1591)
!1571 = distinct !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h11d999d0f7911daaE", scope: !173, file: !1549, line: 631, type: !1572, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !196, declaration: !1592, retainedNodes: !1593)
!1572 = !DISubroutineType(types: !1573)
!1573 = !{!1574, !1591, !909}
!1574 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)>", scope: !116, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1575, templateParams: !23, identifier: "ee7541504661f874c2915c0073b72bc1")
!1575 = !{!1576}
!1576 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1574, file: !2, size: 192, align: 64, elements: !1577, templateParams: !23, identifier: "6bc21688c309cf3b1c2f684d384a593e", discriminator: !1590)
!1577 = !{!1578, !1586}
!1578 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1576, file: !2, baseType: !1579, size: 192, align: 64, extraData: i64 0)
!1579 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1574, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !1580, identifier: "9f716f1b8d4e611e4821e2e1a8274497")
!1580 = !{!1581}
!1581 = !DITemplateTypeParameter(name: "T", type: !1582)
!1582 = !DICompositeType(tag: DW_TAG_structure_type, name: "(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)", file: !2, size: 192, align: 64, elements: !1583, templateParams: !23, identifier: "9addff87e8e60bcd1d6fc027e7ae79a6")
!1583 = !{!1584, !1585}
!1584 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1582, file: !2, baseType: !180, size: 64, align: 64)
!1585 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1582, file: !2, baseType: !909, size: 128, align: 64, offset: 64)
!1586 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1576, file: !2, baseType: !1587, size: 192, align: 64)
!1587 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1574, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1588, templateParams: !1580, identifier: "16f684b7aa3449289eb3efb4d54b2d14")
!1588 = !{!1589}
!1589 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1587, file: !2, baseType: !1582, size: 192, align: 64, flags: DIFlagPublic)
!1590 = !DIDerivedType(tag: DW_TAG_member, scope: !1574, file: !2, baseType: !163, size: 64, align: 64, offset: 64, flags: DIFlagArtificial)
!1591 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !173, size: 64, align: 64, dwarfAddressSpace: 0)
!1592 = !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h11d999d0f7911daaE", scope: !173, file: !1549, line: 631, type: !1572, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !196)
!1593 = !{!1570, !1594, !1595, !1597}
!1594 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !1571, file: !1549, line: 631, type: !909)
!1595 = !DILocalVariable(name: "alloc_size", scope: !1596, file: !1549, line: 640, type: !9, align: 64)
!1596 = distinct !DILexicalBlock(scope: !1571, file: !1549, line: 640, column: 17)
!1597 = !DILocalVariable(name: "layout", scope: !1598, file: !1549, line: 641, type: !909, align: 64)
!1598 = distinct !DILexicalBlock(scope: !1596, file: !1549, line: 641, column: 17)
!1599 = !DILocation(line: 0, scope: !1571, inlinedAt: !1600)
!1600 = distinct !DILocation(line: 872, column: 52, scope: !1566, inlinedAt: !1569)
!1601 = !DILocation(line: 632, column: 39, scope: !1571, inlinedAt: !1600)
!1602 = !DILocation(line: 0, scope: !1566, inlinedAt: !1569)
!1603 = !DILocalVariable(name: "self", arg: 1, scope: !1604, file: !932, line: 440, type: !953)
!1604 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !933, file: !932, line: 440, type: !1605, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1607)
!1605 = !DISubroutineType(types: !1606)
!1606 = !{null, !953, !180, !909}
!1607 = !{!1603, !1608, !1609}
!1608 = !DILocalVariable(name: "ptr", arg: 2, scope: !1604, file: !932, line: 440, type: !180)
!1609 = !DILocalVariable(name: "layout", arg: 3, scope: !1604, file: !932, line: 440, type: !909)
!1610 = !DILocation(line: 0, scope: !1604, inlinedAt: !1611)
!1611 = distinct !DILocation(line: 874, column: 28, scope: !1566, inlinedAt: !1569)
!1612 = !DILocalVariable(name: "self", arg: 1, scope: !1613, file: !932, line: 323, type: !953)
!1613 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !99, file: !932, line: 323, type: !1605, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1614, retainedNodes: !1615)
!1614 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !99, file: !932, line: 323, type: !1605, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1615 = !{!1612, !1616, !1617}
!1616 = !DILocalVariable(name: "ptr", arg: 2, scope: !1613, file: !932, line: 323, type: !180)
!1617 = !DILocalVariable(name: "layout", arg: 3, scope: !1613, file: !932, line: 323, type: !909)
!1618 = !DILocation(line: 0, scope: !1613, inlinedAt: !1619)
!1619 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !1611)
!1620 = !DILocalVariable(name: "ptr", arg: 1, scope: !1621, file: !932, line: 199, type: !180)
!1621 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !99, file: !932, line: 199, type: !1622, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1624, retainedNodes: !1625)
!1622 = !DISubroutineType(types: !1623)
!1623 = !{null, !180, !909}
!1624 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !99, file: !932, line: 199, type: !1622, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1625 = !{!1620, !1626}
!1626 = !DILocalVariable(name: "layout", arg: 2, scope: !1621, file: !932, line: 199, type: !909)
!1627 = !DILocation(line: 0, scope: !1621, inlinedAt: !1628)
!1628 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !1619)
!1629 = !DILocalVariable(name: "layout", arg: 2, scope: !1630, file: !932, line: 114, type: !909)
!1630 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !100, file: !932, line: 114, type: !1631, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1633)
!1631 = !DISubroutineType(types: !1632)
!1632 = !{null, !908, !909}
!1633 = !{!1634, !1629}
!1634 = !DILocalVariable(name: "ptr", arg: 1, scope: !1630, file: !932, line: 114, type: !908)
!1635 = !DILocation(line: 0, scope: !1630, inlinedAt: !1636)
!1636 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !1628)
!1637 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !1636)
!1638 = !DILocation(line: 200, column: 9, scope: !1621, inlinedAt: !1628)
!1639 = !DILocation(line: 713, column: 15, scope: !1348, inlinedAt: !1400)
!1640 = !{i64 0, i64 2}
!1641 = !DILocation(line: 713, column: 9, scope: !1348, inlinedAt: !1400)
!1642 = !DILocation(line: 0, scope: !1425, inlinedAt: !1438)
!1643 = !DILocation(line: 914, column: 32, scope: !1401, inlinedAt: !1423)
!1644 = !DILocation(line: 1549, column: 5, scope: !1425, inlinedAt: !1438)
!1645 = !DILocation(line: 714, column: 16, scope: !1348, inlinedAt: !1400)
!1646 = !{i64 1}
!1647 = !DILocation(line: 0, scope: !1436, inlinedAt: !1438)
!1648 = !DILocation(line: 0, scope: !1482, inlinedAt: !1487)
!1649 = !DILocation(line: 0, scope: !1474, inlinedAt: !1481)
!1650 = !DILocation(line: 0, scope: !1467, inlinedAt: !1473)
!1651 = !DILocalVariable(name: "src", arg: 1, scope: !1652, file: !1441, line: 1708, type: !1655)
!1652 = distinct !DISubprogram(name: "from_ascii_radix", linkageName: "_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix", scope: !1442, file: !1441, line: 1708, type: !1653, scopeLine: 1708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1659)
!1653 = !DISubroutineType(types: !1654)
!1654 = !{!1445, !1655, !339}
!1655 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !2, size: 128, align: 64, elements: !1656, templateParams: !23, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!1656 = !{!1657, !1658}
!1657 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1655, file: !2, baseType: !304, size: 64, align: 64)
!1658 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1655, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1659 = !{!1651, !1660, !1661, !1663, !1665, !1666, !1668, !1670, !1672, !1674, !1677, !1678, !1680, !1682, !1684, !1685, !1687, !1689, !1691, !1692, !1694, !1696, !1698, !1700, !1702, !1704, !1705, !1707, !1709, !1711, !1713}
!1660 = !DILocalVariable(name: "radix", arg: 2, scope: !1652, file: !1441, line: 1708, type: !339)
!1661 = !DILocalVariable(name: "is_signed_ty", scope: !1662, file: !1441, line: 1721, type: !758, align: 8)
!1662 = distinct !DILexicalBlock(scope: !1652, file: !1441, line: 1721, column: 17)
!1663 = !DILocalVariable(name: "is_positive", scope: !1664, file: !1441, line: 1723, type: !758, align: 8)
!1664 = distinct !DILexicalBlock(scope: !1662, file: !1441, line: 1723, column: 17)
!1665 = !DILocalVariable(name: "digits", scope: !1664, file: !1441, line: 1723, type: !1655, align: 64)
!1666 = !DILocalVariable(name: "rest", scope: !1667, file: !1441, line: 1727, type: !1655, align: 64)
!1667 = distinct !DILexicalBlock(scope: !1662, file: !1441, line: 1727, column: 21)
!1668 = !DILocalVariable(name: "rest", scope: !1669, file: !1441, line: 1728, type: !1655, align: 64)
!1669 = distinct !DILexicalBlock(scope: !1662, file: !1441, line: 1728, column: 21)
!1670 = !DILocalVariable(name: "rest", scope: !1669, file: !1441, line: 1728, type: !1671, align: 64)
!1671 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&[u8]", baseType: !1655, size: 64, align: 64, dwarfAddressSpace: 0)
!1672 = !DILocalVariable(name: "result", scope: !1673, file: !1441, line: 1732, type: !9, align: 64)
!1673 = distinct !DILexicalBlock(scope: !1664, file: !1441, line: 1732, column: 17)
!1674 = !DILocalVariable(name: "c", scope: !1675, file: !1441, line: 1754, type: !1676, align: 64)
!1675 = distinct !DILexicalBlock(scope: !1673, file: !1441, line: 1754, column: 63)
!1676 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u8", baseType: !184, size: 64, align: 64, dwarfAddressSpace: 0)
!1677 = !DILocalVariable(name: "rest", scope: !1675, file: !1441, line: 1754, type: !1655, align: 64)
!1678 = !DILocalVariable(name: "x", scope: !1679, file: !1441, line: 1756, type: !339, align: 32)
!1679 = distinct !DILexicalBlock(scope: !1675, file: !1441, line: 1756, column: 33)
!1680 = !DILocalVariable(name: "value", scope: !1681, file: !1441, line: 1737, type: !339, align: 32)
!1681 = distinct !DILexicalBlock(scope: !1675, file: !1441, line: 1737, column: 29)
!1682 = !DILocalVariable(name: "c", scope: !1683, file: !1441, line: 1754, type: !1676, align: 64)
!1683 = distinct !DILexicalBlock(scope: !1673, file: !1441, line: 1754, column: 63)
!1684 = !DILocalVariable(name: "rest", scope: !1683, file: !1441, line: 1754, type: !1655, align: 64)
!1685 = !DILocalVariable(name: "x", scope: !1686, file: !1441, line: 1756, type: !339, align: 32)
!1686 = distinct !DILexicalBlock(scope: !1683, file: !1441, line: 1756, column: 33)
!1687 = !DILocalVariable(name: "value", scope: !1688, file: !1441, line: 1737, type: !339, align: 32)
!1688 = distinct !DILexicalBlock(scope: !1683, file: !1441, line: 1737, column: 29)
!1689 = !DILocalVariable(name: "c", scope: !1690, file: !1441, line: 1770, type: !1676, align: 64)
!1690 = distinct !DILexicalBlock(scope: !1673, file: !1441, line: 1770, column: 63)
!1691 = !DILocalVariable(name: "rest", scope: !1690, file: !1441, line: 1770, type: !1655, align: 64)
!1692 = !DILocalVariable(name: "mul", scope: !1693, file: !1441, line: 1781, type: !746, align: 64)
!1693 = distinct !DILexicalBlock(scope: !1690, file: !1441, line: 1781, column: 33)
!1694 = !DILocalVariable(name: "x", scope: !1695, file: !1441, line: 1782, type: !9, align: 64)
!1695 = distinct !DILexicalBlock(scope: !1693, file: !1441, line: 1782, column: 33)
!1696 = !DILocalVariable(name: "value", scope: !1697, file: !1441, line: 1737, type: !339, align: 32)
!1697 = distinct !DILexicalBlock(scope: !1693, file: !1441, line: 1737, column: 29)
!1698 = !DILocalVariable(name: "value", scope: !1699, file: !1441, line: 1737, type: !9, align: 64)
!1699 = distinct !DILexicalBlock(scope: !1695, file: !1441, line: 1737, column: 29)
!1700 = !DILocalVariable(name: "value", scope: !1701, file: !1441, line: 1737, type: !9, align: 64)
!1701 = distinct !DILexicalBlock(scope: !1695, file: !1441, line: 1737, column: 29)
!1702 = !DILocalVariable(name: "c", scope: !1703, file: !1441, line: 1770, type: !1676, align: 64)
!1703 = distinct !DILexicalBlock(scope: !1673, file: !1441, line: 1770, column: 63)
!1704 = !DILocalVariable(name: "rest", scope: !1703, file: !1441, line: 1770, type: !1655, align: 64)
!1705 = !DILocalVariable(name: "mul", scope: !1706, file: !1441, line: 1781, type: !746, align: 64)
!1706 = distinct !DILexicalBlock(scope: !1703, file: !1441, line: 1781, column: 33)
!1707 = !DILocalVariable(name: "x", scope: !1708, file: !1441, line: 1782, type: !9, align: 64)
!1708 = distinct !DILexicalBlock(scope: !1706, file: !1441, line: 1782, column: 33)
!1709 = !DILocalVariable(name: "value", scope: !1710, file: !1441, line: 1737, type: !339, align: 32)
!1710 = distinct !DILexicalBlock(scope: !1706, file: !1441, line: 1737, column: 29)
!1711 = !DILocalVariable(name: "value", scope: !1712, file: !1441, line: 1737, type: !9, align: 64)
!1712 = distinct !DILexicalBlock(scope: !1708, file: !1441, line: 1737, column: 29)
!1713 = !DILocalVariable(name: "value", scope: !1714, file: !1441, line: 1737, type: !9, align: 64)
!1714 = distinct !DILexicalBlock(scope: !1708, file: !1441, line: 1737, column: 29)
!1715 = !DILocation(line: 0, scope: !1652, inlinedAt: !1716)
!1716 = distinct !DILocation(line: 1630, column: 17, scope: !1440, inlinedAt: !1466)
!1717 = !DILocation(line: 0, scope: !1664, inlinedAt: !1716)
!1718 = !DILocalVariable(name: "radix", arg: 1, scope: !1719, file: !1441, line: 1521, type: !339)
!1719 = distinct !DISubprogram(name: "can_not_overflow<usize>", linkageName: "_ZN4core3num16can_not_overflow17hfb10be07329ca4eeE", scope: !192, file: !1441, line: 1521, type: !1720, scopeLine: 1521, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !84, retainedNodes: !1722)
!1720 = !DISubroutineType(types: !1721)
!1721 = !{!758, !339, !758, !1655}
!1722 = !{!1718, !1723, !1724}
!1723 = !DILocalVariable(name: "is_signed_ty", scope: !1719, file: !1441, line: 1521, type: !758, align: 8)
!1724 = !DILocalVariable(name: "digits", arg: 3, scope: !1719, file: !1441, line: 1521, type: !1655)
!1725 = !DILocation(line: 0, scope: !1719, inlinedAt: !1726)
!1726 = distinct !DILocation(line: 1743, column: 20, scope: !1673, inlinedAt: !1716)
!1727 = !DILocation(line: 0, scope: !1662, inlinedAt: !1716)
!1728 = !DILocation(line: 1716, column: 20, scope: !1652, inlinedAt: !1716)
!1729 = !DILocation(line: 1723, column: 49, scope: !1662, inlinedAt: !1716)
!1730 = !{!1731}
!1731 = distinct !{!1731, !1732, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix: argument 1"}
!1732 = distinct !{!1732, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix"}
!1733 = !{!1734, !1491, !1150, !1152, !1042, !1046}
!1734 = distinct !{!1734, !1732, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix: %_0"}
!1735 = !DILocation(line: 0, scope: !1673, inlinedAt: !1716)
!1736 = !DILocalVariable(name: "self", arg: 1, scope: !1737, file: !1738, line: 1160, type: !9)
!1737 = distinct !DISubprogram(name: "checked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11checked_mul", scope: !1739, file: !1738, line: 1160, type: !1740, scopeLine: 1160, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1742)
!1738 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!1739 = !DINamespace(name: "{impl#11}", scope: !192)
!1740 = !DISubroutineType(types: !1741)
!1741 = !{!746, !9, !9}
!1742 = !{!1736, !1743, !1744, !1746, !1747, !1749}
!1743 = !DILocalVariable(name: "rhs", arg: 2, scope: !1737, file: !1738, line: 1160, type: !9)
!1744 = !DILocalVariable(name: "a", scope: !1745, file: !1738, line: 1161, type: !9, align: 64)
!1745 = distinct !DILexicalBlock(scope: !1737, file: !1738, line: 1161, column: 13)
!1746 = !DILocalVariable(name: "b", scope: !1745, file: !1738, line: 1161, type: !758, align: 8)
!1747 = !DILocalVariable(name: "a", scope: !1748, file: !1738, line: 1161, type: !9, align: 64)
!1748 = distinct !DILexicalBlock(scope: !1737, file: !1738, line: 1161, column: 13)
!1749 = !DILocalVariable(name: "b", scope: !1748, file: !1738, line: 1161, type: !758, align: 8)
!1750 = !DILocation(line: 0, scope: !1737, inlinedAt: !1751)
!1751 = distinct !DILocation(line: 1781, column: 50, scope: !1690, inlinedAt: !1716)
!1752 = !DILocalVariable(name: "self", arg: 1, scope: !1753, file: !1738, line: 3050, type: !9)
!1753 = distinct !DISubprogram(name: "overflowing_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_mul", scope: !1739, file: !1738, line: 3050, type: !1754, scopeLine: 3050, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1760)
!1754 = !DISubroutineType(types: !1755)
!1755 = !{!1756, !9, !9}
!1756 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !2, size: 128, align: 64, elements: !1757, templateParams: !23, identifier: "d571287e27d8be874e95a2f698798cc6")
!1757 = !{!1758, !1759}
!1758 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1756, file: !2, baseType: !9, size: 64, align: 64)
!1759 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1756, file: !2, baseType: !758, size: 8, align: 8, offset: 64)
!1760 = !{!1752, !1761}
!1761 = !DILocalVariable(name: "rhs", arg: 2, scope: !1753, file: !1738, line: 3050, type: !9)
!1762 = !DILocation(line: 0, scope: !1753, inlinedAt: !1763)
!1763 = distinct !DILocation(line: 1161, column: 31, scope: !1737, inlinedAt: !1751)
!1764 = !DILocation(line: 1522, column: 5, scope: !1719, inlinedAt: !1726)
!1765 = !DILocation(line: 1754, column: 39, scope: !1675, inlinedAt: !1716)
!1766 = !DILocation(line: 1770, column: 39, scope: !1690, inlinedAt: !1716)
!1767 = !DILocation(line: 0, scope: !1690, inlinedAt: !1716)
!1768 = !DILocation(line: 3051, column: 26, scope: !1753, inlinedAt: !1763)
!1769 = !DILocation(line: 0, scope: !1745, inlinedAt: !1751)
!1770 = !DILocalVariable(name: "b", arg: 1, scope: !1771, file: !1772, line: 456, type: !758)
!1771 = distinct !DISubprogram(name: "unlikely", linkageName: "_RNvNtCsgEmfK2I1SDS_4core10intrinsics8unlikely", scope: !1773, file: !1772, line: 456, type: !1774, scopeLine: 456, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1776)
!1772 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!1773 = !DINamespace(name: "intrinsics", scope: !44)
!1774 = !DISubroutineType(types: !1775)
!1775 = !{!758, !758}
!1776 = !{!1770}
!1777 = !DILocation(line: 0, scope: !1771, inlinedAt: !1778)
!1778 = distinct !DILocation(line: 1162, column: 16, scope: !1745, inlinedAt: !1751)
!1779 = !DILocation(line: 457, column: 8, scope: !1771, inlinedAt: !1778)
!1780 = !DILocation(line: 1770, column: 43, scope: !1690, inlinedAt: !1716)
!1781 = !DILocation(line: 0, scope: !1693, inlinedAt: !1716)
!1782 = !DILocation(line: 1782, column: 57, scope: !1693, inlinedAt: !1716)
!1783 = !DILocation(line: 1782, column: 56, scope: !1693, inlinedAt: !1716)
!1784 = !DILocalVariable(name: "self", arg: 1, scope: !1785, file: !1786, line: 402, type: !1803)
!1785 = distinct !DISubprogram(name: "to_digit", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit", scope: !1787, file: !1786, line: 402, type: !1790, scopeLine: 402, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1804)
!1786 = !DIFile(filename: "library/core/src/char/methods.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5d684acd75bd81500f3b16def5f1380a")
!1787 = !DINamespace(name: "{impl#0}", scope: !1788)
!1788 = !DINamespace(name: "methods", scope: !1789)
!1789 = !DINamespace(name: "char", scope: !44)
!1790 = !DISubroutineType(types: !1791)
!1791 = !{!1792, !1803, !339}
!1792 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u32>", scope: !116, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !1793, templateParams: !23, identifier: "6f9cf68b0721c153842fac1aca06aca0")
!1793 = !{!1794}
!1794 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1792, file: !2, size: 64, align: 32, elements: !1795, templateParams: !23, identifier: "52547bc7e29ba4c3a424c45f3b6ad9d5", discriminator: !1802)
!1795 = !{!1796, !1798}
!1796 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1794, file: !2, baseType: !1797, size: 64, align: 32, extraData: i32 0)
!1797 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1792, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !23, templateParams: !340, identifier: "2d35c67b0b954dbe72d9ec7c545db516")
!1798 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1794, file: !2, baseType: !1799, size: 64, align: 32, extraData: i32 1)
!1799 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1792, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !1800, templateParams: !340, identifier: "8398ebe1588ef464fb4c1616d021a5e8")
!1800 = !{!1801}
!1801 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1799, file: !2, baseType: !339, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!1802 = !DIDerivedType(tag: DW_TAG_member, scope: !1792, file: !2, baseType: !339, size: 32, align: 32, flags: DIFlagArtificial)
!1803 = !DIBasicType(name: "char", size: 32, encoding: DW_ATE_UTF)
!1804 = !{!1784, !1805, !1806}
!1805 = !DILocalVariable(name: "radix", arg: 2, scope: !1785, file: !1786, line: 402, type: !339)
!1806 = !DILocalVariable(name: "value", scope: !1807, file: !1786, line: 408, type: !339, align: 32)
!1807 = distinct !DILexicalBlock(scope: !1785, file: !1786, line: 408, column: 9)
!1808 = !DILocation(line: 0, scope: !1785, inlinedAt: !1809)
!1809 = distinct !DILocation(line: 1782, column: 69, scope: !1693, inlinedAt: !1716)
!1810 = !DILocalVariable(name: "rhs", scope: !1811, file: !1738, line: 2493, type: !339, align: 32)
!1811 = distinct !DISubprogram(name: "wrapping_sub", linkageName: "_RNvMs6_NtCsgEmfK2I1SDS_4core3numm12wrapping_sub", scope: !1812, file: !1738, line: 2493, type: !1813, scopeLine: 2493, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1815)
!1812 = !DINamespace(name: "{impl#8}", scope: !192)
!1813 = !DISubroutineType(types: !1814)
!1814 = !{!339, !339, !339}
!1815 = !{!1816, !1810, !1810}
!1816 = !DILocalVariable(name: "self", arg: 1, scope: !1811, file: !1738, line: 2493, type: !339)
!1817 = !DILocation(line: 0, scope: !1811, inlinedAt: !1818)
!1818 = distinct !DILocation(line: 417, column: 28, scope: !1785, inlinedAt: !1809)
!1819 = !DILocation(line: 0, scope: !1811, inlinedAt: !1820)
!1820 = distinct !DILocation(line: 420, column: 27, scope: !1785, inlinedAt: !1809)
!1821 = !DILocation(line: 2494, column: 13, scope: !1811, inlinedAt: !1820)
!1822 = !DILocation(line: 0, scope: !1807, inlinedAt: !1809)
!1823 = !DILocation(line: 423, column: 12, scope: !1807, inlinedAt: !1809)
!1824 = !DILocation(line: 0, scope: !1771, inlinedAt: !1825)
!1825 = distinct !DILocation(line: 769, column: 16, scope: !1826, inlinedAt: !1830)
!1826 = distinct !DISubprogram(name: "checked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11checked_add", scope: !1739, file: !1738, line: 761, type: !1740, scopeLine: 761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1827)
!1827 = !{!1828, !1829}
!1828 = !DILocalVariable(name: "self", arg: 1, scope: !1826, file: !1738, line: 761, type: !9)
!1829 = !DILocalVariable(name: "rhs", arg: 2, scope: !1826, file: !1738, line: 761, type: !9)
!1830 = distinct !DILocation(line: 1784, column: 68, scope: !1695, inlinedAt: !1716)
!1831 = !DILocation(line: 1736, column: 25, scope: !1693, inlinedAt: !1716)
!1832 = !{!"branch_weights", i32 2002, i32 2000}
!1833 = !DILocation(line: 0, scope: !1675, inlinedAt: !1716)
!1834 = !DILocation(line: 1756, column: 57, scope: !1675, inlinedAt: !1716)
!1835 = !DILocation(line: 1756, column: 56, scope: !1675, inlinedAt: !1716)
!1836 = !DILocation(line: 0, scope: !1785, inlinedAt: !1837)
!1837 = distinct !DILocation(line: 1756, column: 69, scope: !1675, inlinedAt: !1716)
!1838 = !DILocation(line: 0, scope: !1811, inlinedAt: !1839)
!1839 = distinct !DILocation(line: 417, column: 28, scope: !1785, inlinedAt: !1837)
!1840 = !DILocation(line: 0, scope: !1811, inlinedAt: !1841)
!1841 = distinct !DILocation(line: 420, column: 27, scope: !1785, inlinedAt: !1837)
!1842 = !DILocation(line: 2494, column: 13, scope: !1811, inlinedAt: !1841)
!1843 = !DILocation(line: 0, scope: !1807, inlinedAt: !1837)
!1844 = !DILocation(line: 423, column: 12, scope: !1807, inlinedAt: !1837)
!1845 = !DILocation(line: 1736, column: 25, scope: !1675, inlinedAt: !1716)
!1846 = !DILocation(line: 1755, column: 33, scope: !1675, inlinedAt: !1716)
!1847 = !DILocation(line: 1754, column: 43, scope: !1675, inlinedAt: !1716)
!1848 = !DILocation(line: 0, scope: !1679, inlinedAt: !1716)
!1849 = !DILocation(line: 1757, column: 72, scope: !1679, inlinedAt: !1716)
!1850 = !DILocation(line: 1757, column: 33, scope: !1679, inlinedAt: !1716)
!1851 = !DILocation(line: 0, scope: !1509, inlinedAt: !1852)
!1852 = distinct !DILocation(line: 38, column: 65, scope: !1339, inlinedAt: !1345)
!1853 = !DILocation(line: 0, scope: !1518, inlinedAt: !1854)
!1854 = distinct !DILocation(line: 805, column: 1, scope: !1509, inlinedAt: !1852)
!1855 = !DILocation(line: 0, scope: !1528, inlinedAt: !1856)
!1856 = distinct !DILocation(line: 805, column: 1, scope: !1518, inlinedAt: !1854)
!1857 = !DILocation(line: 0, scope: !1538, inlinedAt: !1858)
!1858 = distinct !DILocation(line: 805, column: 1, scope: !1528, inlinedAt: !1856)
!1859 = !DILocation(line: 0, scope: !1548, inlinedAt: !1860)
!1860 = distinct !DILocation(line: 805, column: 1, scope: !1538, inlinedAt: !1858)
!1861 = !DILocation(line: 0, scope: !1558, inlinedAt: !1862)
!1862 = distinct !DILocation(line: 423, column: 29, scope: !1548, inlinedAt: !1860)
!1863 = !DILocation(line: 0, scope: !1571, inlinedAt: !1864)
!1864 = distinct !DILocation(line: 872, column: 52, scope: !1566, inlinedAt: !1862)
!1865 = !DILocation(line: 632, column: 39, scope: !1571, inlinedAt: !1864)
!1866 = !DILocation(line: 0, scope: !1566, inlinedAt: !1862)
!1867 = !DILocation(line: 0, scope: !1604, inlinedAt: !1868)
!1868 = distinct !DILocation(line: 874, column: 28, scope: !1566, inlinedAt: !1862)
!1869 = !DILocation(line: 0, scope: !1613, inlinedAt: !1870)
!1870 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !1868)
!1871 = !DILocation(line: 0, scope: !1621, inlinedAt: !1872)
!1872 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !1870)
!1873 = !DILocation(line: 0, scope: !1630, inlinedAt: !1874)
!1874 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !1872)
!1875 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !1874)
!1876 = !DILocation(line: 200, column: 9, scope: !1621, inlinedAt: !1872)
!1877 = !DILocation(line: 38, column: 66, scope: !1226, inlinedAt: !1235)
!1878 = !DILocation(line: 43, column: 19, scope: !1233, inlinedAt: !1235)
!1879 = !DILocalVariable(name: "dst", arg: 1, scope: !1880, file: !849, line: 3871, type: !873)
!1880 = distinct !DISubprogram(name: "atomic_store<usize>", linkageName: "_ZN4core4sync6atomic12atomic_store17h448e5d7b2be27dc7E", scope: !76, file: !849, line: 3871, type: !1881, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !84, retainedNodes: !1883)
!1881 = !DISubroutineType(types: !1882)
!1882 = !{null, !873, !9, !645}
!1883 = !{!1879, !1884, !1885}
!1884 = !DILocalVariable(name: "val", arg: 2, scope: !1880, file: !849, line: 3871, type: !9)
!1885 = !DILocalVariable(name: "order", arg: 3, scope: !1880, file: !849, line: 3871, type: !645)
!1886 = !DILocation(line: 0, scope: !1880, inlinedAt: !1887)
!1887 = distinct !DILocation(line: 2872, column: 26, scope: !1296, inlinedAt: !1304)
!1888 = !DILocation(line: 3875, column: 24, scope: !1880, inlinedAt: !1887)
!1889 = !DILocation(line: 141, column: 1, scope: !1048, inlinedAt: !1114)
!1890 = !DILocation(line: 0, scope: !1073, inlinedAt: !1114)
!1891 = !DILocation(line: 47, column: 14, scope: !1073, inlinedAt: !1114)
!1892 = !DILocation(line: 0, scope: !1075, inlinedAt: !1114)
!1893 = !DILocation(line: 48, column: 9, scope: !1075, inlinedAt: !1114)
!1894 = !DILocation(line: 48, column: 18, scope: !1075, inlinedAt: !1114)
!1895 = !{!1150, !1042, !1046}
!1896 = !DILocation(line: 50, column: 9, scope: !1077, inlinedAt: !1114)
!1897 = !DILocation(line: 53, column: 9, scope: !1077, inlinedAt: !1114)
!1898 = !{!1899}
!1899 = distinct !{!1899, !1900, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!1900 = distinct !{!1900, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!1901 = !DILocation(line: 141, column: 1, scope: !1075, inlinedAt: !1114)
!1902 = !DILocalVariable(arg: 1, scope: !1903, file: !1510, line: 805, type: !1906)
!1903 = distinct !DISubprogram(name: "drop_in_place<std::thread::thread::Thread>", linkageName: "_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E", scope: !68, file: !1510, line: 805, type: !1904, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1908, retainedNodes: !1907)
!1904 = !DISubroutineType(types: !1905)
!1905 = !{null, !1906}
!1906 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::thread::Thread", baseType: !261, size: 64, align: 64, dwarfAddressSpace: 0)
!1907 = !{!1902}
!1908 = !{!1909}
!1909 = !DITemplateTypeParameter(name: "T", type: !261)
!1910 = !DILocation(line: 0, scope: !1903, inlinedAt: !1911)
!1911 = distinct !DILocation(line: 141, column: 1, scope: !1075, inlinedAt: !1114)
!1912 = !{!1913}
!1913 = distinct !{!1913, !1914, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!1914 = distinct !{!1914, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!1915 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !1911)
!1916 = !DILocalVariable(arg: 1, scope: !1917, file: !1510, line: 805, type: !1920)
!1917 = distinct !DISubprogram(name: "drop_in_place<core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>>", linkageName: "_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E", scope: !68, file: !1510, line: 805, type: !1918, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1922, retainedNodes: !1921)
!1918 = !DISubroutineType(types: !1919)
!1919 = !{null, !1920}
!1920 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", baseType: !265, size: 64, align: 64, dwarfAddressSpace: 0)
!1921 = !{!1916}
!1922 = !{!1923}
!1923 = !DITemplateTypeParameter(name: "T", type: !265)
!1924 = !DILocation(line: 0, scope: !1917, inlinedAt: !1925)
!1925 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !1911)
!1926 = !{!1927}
!1927 = distinct !{!1927, !1928, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!1928 = distinct !{!1928, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!1929 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !1925)
!1930 = !DILocalVariable(arg: 1, scope: !1931, file: !1510, line: 805, type: !1934)
!1931 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", linkageName: "_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE", scope: !68, file: !1510, line: 805, type: !1932, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !1936, retainedNodes: !1935)
!1932 = !DISubroutineType(types: !1933)
!1933 = !{null, !1934}
!1934 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !269, size: 64, align: 64, dwarfAddressSpace: 0)
!1935 = !{!1930}
!1936 = !{!1937}
!1937 = !DITemplateTypeParameter(name: "T", type: !269)
!1938 = !DILocation(line: 0, scope: !1931, inlinedAt: !1939)
!1939 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !1925)
!1940 = !{!1941}
!1941 = distinct !{!1941, !1942, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!1942 = distinct !{!1942, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!1943 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !1939)
!1944 = !DILocalVariable(name: "self", arg: 1, scope: !1945, file: !837, line: 2807, type: !1949)
!1945 = distinct !DISubprogram(name: "drop<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E", scope: !1946, file: !837, line: 2807, type: !1947, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !351, retainedNodes: !1950)
!1946 = !DINamespace(name: "{impl#42}", scope: !62)
!1947 = !DISubroutineType(types: !1948)
!1948 = !{null, !1949}
!1949 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !269, size: 64, align: 64, dwarfAddressSpace: 0)
!1950 = !{!1944}
!1951 = !DILocation(line: 0, scope: !1945, inlinedAt: !1952)
!1952 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !1939)
!1953 = !DILocalVariable(name: "self", arg: 1, scope: !1954, file: !837, line: 2098, type: !1949)
!1954 = distinct !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h9a91993de1a5e4b9E", scope: !269, file: !837, line: 2098, type: !1955, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !351, declaration: !1958, retainedNodes: !1959)
!1955 = !DISubroutineType(types: !1956)
!1956 = !{!1957, !1198}
!1957 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::thread::thread::Inner>", baseType: !276, size: 64, align: 64, dwarfAddressSpace: 0)
!1958 = !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h9a91993de1a5e4b9E", scope: !269, file: !837, line: 2098, type: !1955, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !351)
!1959 = !{!1953}
!1960 = !DILocation(line: 0, scope: !1954, inlinedAt: !1961)
!1961 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !1952)
!1962 = !DILocalVariable(name: "val", scope: !1963, file: !849, line: 3165, type: !9, align: 64)
!1963 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !1965)
!1964 = !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1965 = !{!1966, !1962, !1967}
!1966 = !DILocalVariable(name: "self", arg: 1, scope: !1963, file: !849, line: 3165, type: !852)
!1967 = !DILocalVariable(name: "order", scope: !1963, file: !849, line: 3165, type: !645, align: 8)
!1968 = !DILocation(line: 0, scope: !1963, inlinedAt: !1969)
!1969 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !1952)
!1970 = !DILocalVariable(name: "val", scope: !1971, file: !849, line: 3936, type: !9, align: 64)
!1971 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !1972)
!1972 = !{!1973, !1970, !1974}
!1973 = !DILocalVariable(name: "dst", arg: 1, scope: !1971, file: !849, line: 3936, type: !873)
!1974 = !DILocalVariable(name: "order", scope: !1971, file: !849, line: 3936, type: !645, align: 8)
!1975 = !DILocation(line: 0, scope: !1971, inlinedAt: !1976)
!1976 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !1969)
!1977 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !1984)
!1978 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hddd670bee3688a20E", scope: !272, file: !1979, line: 440, type: !1980, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !344, declaration: !1983)
!1979 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!1980 = !DISubroutineType(types: !1981)
!1981 = !{!1957, !1982}
!1982 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::thread::thread::Inner>>", baseType: !272, size: 64, align: 64, dwarfAddressSpace: 0)
!1983 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hddd670bee3688a20E", scope: !272, file: !1979, line: 440, type: !1980, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !344)
!1984 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !1961)
!1985 = !{!1941, !1927, !1913, !1899}
!1986 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !1969)
!1987 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !1976)
!1988 = !{!1941, !1927, !1913, !1899, !1150, !1152, !1042, !1046}
!1989 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !1952)
!1990 = !DILocalVariable(name: "order", arg: 1, scope: !1991, file: !849, line: 4369, type: !645)
!1991 = distinct !DISubprogram(name: "fence", linkageName: "_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence", scope: !76, file: !849, line: 4369, type: !1992, scopeLine: 4369, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !1994)
!1992 = !DISubroutineType(types: !1993)
!1993 = !{null, !645}
!1994 = !{!1990}
!1995 = !DILocation(line: 0, scope: !1991, inlinedAt: !1996)
!1996 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !1952)
!1997 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !1996)
!1998 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !1952)
!1999 = !DILocation(line: 56, column: 9, scope: !1079, inlinedAt: !1114)
!2000 = !DILocalVariable(name: "data", arg: 1, scope: !2001, file: !837, line: 419, type: !226)
!2001 = distinct !DISubprogram(name: "new<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h4e513c045d0684cbE", scope: !214, file: !837, line: 419, type: !2002, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !429, declaration: !2004, retainedNodes: !2005)
!2002 = !DISubroutineType(types: !2003)
!2003 = !{!214, !226}
!2004 = !DISubprogram(name: "new<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h4e513c045d0684cbE", scope: !214, file: !837, line: 419, type: !2002, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !429)
!2005 = !{!2000, !2006}
!2006 = !DILocalVariable(name: "x", scope: !2007, file: !837, line: 422, type: !2008, align: 64)
!2007 = distinct !DILexicalBlock(scope: !2001, file: !837, line: 422, column: 9)
!2008 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>, alloc::alloc::Global>", baseType: !221, size: 64, align: 64, dwarfAddressSpace: 0)
!2009 = !DILocation(line: 0, scope: !2001, inlinedAt: !2010)
!2010 = distinct !DILocation(line: 57, column: 9, scope: !1079, inlinedAt: !1114)
!2011 = !DILocation(line: 422, column: 34, scope: !2001, inlinedAt: !2010)
!2012 = !DILocalVariable(name: "x", arg: 1, scope: !2013, file: !893, line: 284, type: !221)
!2013 = distinct !DISubprogram(name: "new<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h9eca2117186f923fE", scope: !894, file: !893, line: 284, type: !2014, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !431, retainedNodes: !2016)
!2014 = !DISubroutineType(types: !2015)
!2015 = !{!2008, !221}
!2016 = !{!2012, !2017}
!2017 = !DILocalVariable(name: "ptr", scope: !2018, file: !893, line: 286, type: !2019, align: 64)
!2018 = distinct !DILexicalBlock(scope: !2013, file: !893, line: 286, column: 9)
!2019 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !221, size: 64, align: 64, dwarfAddressSpace: 0)
!2020 = !DILocation(line: 284, column: 16, scope: !2013, inlinedAt: !2021)
!2021 = distinct !DILocation(line: 422, column: 25, scope: !2001, inlinedAt: !2010)
!2022 = !DILocation(line: 0, scope: !905, inlinedAt: !2023)
!2023 = distinct !DILocation(line: 286, column: 19, scope: !2013, inlinedAt: !2021)
!2024 = !DILocation(line: 0, scope: !931, inlinedAt: !2025)
!2025 = distinct !DILocation(line: 248, column: 18, scope: !905, inlinedAt: !2023)
!2026 = !DILocation(line: 0, scope: !959, inlinedAt: !2027)
!2027 = distinct !DILocation(line: 429, column: 14, scope: !931, inlinedAt: !2025)
!2028 = !DILocation(line: 0, scope: !969, inlinedAt: !2029)
!2029 = distinct !DILocation(line: 312, column: 9, scope: !959, inlinedAt: !2027)
!2030 = !DILocation(line: 0, scope: !1001, inlinedAt: !2031)
!2031 = distinct !DILocation(line: 190, column: 73, scope: !976, inlinedAt: !2029)
!2032 = !DILocation(line: 0, scope: !976, inlinedAt: !2029)
!2033 = !DILocation(line: 93, column: 9, scope: !1001, inlinedAt: !2031)
!2034 = !{!2035, !1150, !1152, !1042, !1046}
!2035 = distinct !{!2035, !2036, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h9eca2117186f923fE: %x"}
!2036 = distinct !{!2036, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h9eca2117186f923fE"}
!2037 = !DILocation(line: 95, column: 9, scope: !1001, inlinedAt: !2031)
!2038 = !DILocation(line: 248, column: 11, scope: !905, inlinedAt: !2023)
!2039 = !DILocation(line: 248, column: 5, scope: !905, inlinedAt: !2023)
!2040 = !DILocation(line: 250, column: 19, scope: !905, inlinedAt: !2023)
!2041 = !DILocalVariable(arg: 1, scope: !2042, file: !1510, line: 805, type: !2019)
!2042 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr96drop_in_place$LT$alloc..sync..ArcInner$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h15315ff4048c4791E", scope: !68, file: !1510, line: 805, type: !2043, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !431, retainedNodes: !2045)
!2043 = !DISubroutineType(types: !2044)
!2044 = !{null, !2019}
!2045 = !{!2041}
!2046 = !DILocation(line: 0, scope: !2042, inlinedAt: !2047)
!2047 = distinct !DILocation(line: 292, column: 5, scope: !2013, inlinedAt: !2021)
!2048 = !DILocation(line: 805, column: 1, scope: !2042, inlinedAt: !2047)
!2049 = !DILocation(line: 284, column: 5, scope: !2013, inlinedAt: !2021)
!2050 = !DILocation(line: 141, column: 1, scope: !1077, inlinedAt: !1114)
!2051 = !DILocation(line: 0, scope: !2018, inlinedAt: !2021)
!2052 = !DILocation(line: 289, column: 56, scope: !2018, inlinedAt: !2021)
!2053 = !DILocation(line: 0, scope: !2007, inlinedAt: !2010)
!2054 = !DILocation(line: 426, column: 10, scope: !2001, inlinedAt: !2010)
!2055 = !DILocalVariable(name: "ptr", arg: 1, scope: !2056, file: !837, line: 292, type: !217)
!2056 = distinct !DISubprogram(name: "from_inner<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17hfccc40f8410e5bfbE", scope: !214, file: !837, line: 292, type: !2057, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !429, declaration: !2059, retainedNodes: !2060)
!2057 = !DISubroutineType(types: !2058)
!2058 = !{!214, !217}
!2059 = !DISubprogram(name: "from_inner<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17hfccc40f8410e5bfbE", scope: !214, file: !837, line: 292, type: !2057, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !429)
!2060 = !{!2055}
!2061 = !DILocation(line: 0, scope: !2056, inlinedAt: !2062)
!2062 = distinct !DILocation(line: 427, column: 18, scope: !2007, inlinedAt: !2010)
!2063 = !DILocation(line: 310, column: 9, scope: !1184, inlinedAt: !2064)
!2064 = distinct !DILocation(line: 293, column: 18, scope: !2056, inlinedAt: !2062)
!2065 = !DILocation(line: 2376, column: 14, scope: !1167, inlinedAt: !1175)
!2066 = !DILocation(line: 3134, column: 30, scope: !1161, inlinedAt: !1166)
!2067 = !DILocation(line: 3923, column: 24, scope: !1177, inlinedAt: !1182)
!2068 = !DILocation(line: 0, scope: !1174, inlinedAt: !1175)
!2069 = !DILocation(line: 2405, column: 12, scope: !1174, inlinedAt: !1175)
!2070 = !DILocation(line: 0, scope: !1184, inlinedAt: !1191)
!2071 = !DILocation(line: 0, scope: !1083, inlinedAt: !1114)
!2072 = !DILocation(line: 0, scope: !1085, inlinedAt: !1114)
!2073 = !DILocation(line: 87, column: 9, scope: !1085, inlinedAt: !1114)
!2074 = !DILocation(line: 87, column: 22, scope: !1085, inlinedAt: !1114)
!2075 = !DILocation(line: 106, column: 31, scope: !1089, inlinedAt: !1114)
!2076 = !DILocation(line: 106, column: 12, scope: !1089, inlinedAt: !1114)
!2077 = !DILocation(line: 2406, column: 13, scope: !1174, inlinedAt: !1175)
!2078 = !DILocation(line: 106, column: 17, scope: !1089, inlinedAt: !1114)
!2079 = !DILocalVariable(name: "self", arg: 1, scope: !2080, file: !837, line: 2421, type: !1090)
!2080 = distinct !DISubprogram(name: "deref<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h7905824f035fe5a1E", scope: !2081, file: !837, line: 2421, type: !2082, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !362, retainedNodes: !2084)
!2081 = !DINamespace(name: "{impl#34}", scope: !62)
!2082 = !DISubroutineType(types: !2083)
!2083 = !{!422, !1090}
!2084 = !{!2079}
!2085 = !DILocation(line: 2421, column: 14, scope: !2080, inlinedAt: !2086)
!2086 = distinct !DILocation(line: 107, column: 9, scope: !1089, inlinedAt: !1114)
!2087 = !DILocation(line: 2422, column: 9, scope: !2080, inlinedAt: !2086)
!2088 = !DILocation(line: 107, column: 20, scope: !1089, inlinedAt: !1114)
!2089 = !DILocation(line: 113, column: 42, scope: !1087, inlinedAt: !1114)
!2090 = !DILocalVariable(name: "x", arg: 1, scope: !2091, file: !893, line: 284, type: !32)
!2091 = distinct !DISubprogram(name: "new<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h9a791569f9b1f1b0E", scope: !894, file: !893, line: 284, type: !2092, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2098, retainedNodes: !2095)
!2092 = !DISubroutineType(types: !2093)
!2093 = !{!2094, !32}
!2094 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()>, alloc::alloc::Global>", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!2095 = !{!2090, !2096}
!2096 = !DILocalVariable(name: "ptr", scope: !2097, file: !893, line: 286, type: !1095, align: 64)
!2097 = distinct !DILexicalBlock(scope: !2091, file: !893, line: 286, column: 9)
!2098 = !{!2099}
!2099 = !DITemplateTypeParameter(name: "T", type: !32)
!2100 = !DILocation(line: 284, column: 16, scope: !2091, inlinedAt: !2101)
!2101 = distinct !DILocation(line: 113, column: 33, scope: !1087, inlinedAt: !1114)
!2102 = !DILocation(line: 0, scope: !905, inlinedAt: !2103)
!2103 = distinct !DILocation(line: 286, column: 19, scope: !2091, inlinedAt: !2101)
!2104 = !DILocation(line: 0, scope: !931, inlinedAt: !2105)
!2105 = distinct !DILocation(line: 248, column: 18, scope: !905, inlinedAt: !2103)
!2106 = !DILocation(line: 0, scope: !959, inlinedAt: !2107)
!2107 = distinct !DILocation(line: 429, column: 14, scope: !931, inlinedAt: !2105)
!2108 = !DILocation(line: 0, scope: !969, inlinedAt: !2109)
!2109 = distinct !DILocation(line: 312, column: 9, scope: !959, inlinedAt: !2107)
!2110 = !DILocation(line: 0, scope: !1001, inlinedAt: !2111)
!2111 = distinct !DILocation(line: 190, column: 73, scope: !976, inlinedAt: !2109)
!2112 = !DILocation(line: 0, scope: !976, inlinedAt: !2109)
!2113 = !DILocation(line: 93, column: 9, scope: !1001, inlinedAt: !2111)
!2114 = !{!2115, !1150, !1152, !1042, !1046}
!2115 = distinct !{!2115, !2116, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h9a791569f9b1f1b0E: %x"}
!2116 = distinct !{!2116, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h9a791569f9b1f1b0E"}
!2117 = !DILocation(line: 95, column: 9, scope: !1001, inlinedAt: !2111)
!2118 = !DILocation(line: 248, column: 11, scope: !905, inlinedAt: !2103)
!2119 = !DILocation(line: 248, column: 5, scope: !905, inlinedAt: !2103)
!2120 = !DILocation(line: 250, column: 19, scope: !905, inlinedAt: !2103)
!2121 = !DILocation(line: 292, column: 5, scope: !2091, inlinedAt: !2101)
!2122 = !DILocation(line: 284, column: 5, scope: !2091, inlinedAt: !2101)
!2123 = !DILocation(line: 141, column: 1, scope: !1085, inlinedAt: !1114)
!2124 = !DILocation(line: 0, scope: !2097, inlinedAt: !2101)
!2125 = !DILocation(line: 289, column: 56, scope: !2097, inlinedAt: !2101)
!2126 = !DILocation(line: 113, column: 52, scope: !1087, inlinedAt: !1114)
!2127 = !DILocation(line: 0, scope: !1092, inlinedAt: !1114)
!2128 = !DILocation(line: 121, column: 25, scope: !1092, inlinedAt: !1114)
!2129 = !DILocation(line: 61, column: 10, scope: !1213, inlinedAt: !1221)
!2130 = !DILocation(line: 1091, column: 16, scope: !1204, inlinedAt: !1212)
!2131 = !DILocation(line: 2376, column: 14, scope: !1195, inlinedAt: !1203)
!2132 = !DILocalVariable(name: "self", arg: 1, scope: !2133, file: !837, line: 2098, type: !1198)
!2133 = distinct !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h9a91993de1a5e4b9E", scope: !269, file: !837, line: 2098, type: !1955, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !351, declaration: !1958, retainedNodes: !2134)
!2134 = !{!2132}
!2135 = !DILocation(line: 2098, column: 14, scope: !2133, inlinedAt: !2136)
!2136 = distinct !DILocation(line: 2388, column: 29, scope: !1194, inlinedAt: !1203)
!2137 = !DILocation(line: 444, column: 20, scope: !2138, inlinedAt: !2139)
!2138 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hddd670bee3688a20E", scope: !272, file: !1979, line: 440, type: !1980, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !344, declaration: !1983)
!2139 = distinct !DILocation(line: 2104, column: 27, scope: !2140, inlinedAt: !2136)
!2140 = !DILexicalBlockFile(scope: !2133, file: !837, discriminator: 6)
!2141 = !DILocation(line: 3134, column: 30, scope: !1161, inlinedAt: !1193)
!2142 = !DILocation(line: 3923, column: 24, scope: !1177, inlinedAt: !1223)
!2143 = !DILocation(line: 0, scope: !1202, inlinedAt: !1203)
!2144 = !DILocation(line: 2405, column: 12, scope: !1202, inlinedAt: !1203)
!2145 = !DILocation(line: 2409, column: 38, scope: !1202, inlinedAt: !1203)
!2146 = !DILocalVariable(name: "x", arg: 1, scope: !2147, file: !893, line: 284, type: !1105)
!2147 = distinct !DISubprogram(name: "new<std::thread::lifecycle::ThreadInit>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h2e1c70004a6a626aE", scope: !894, file: !893, line: 284, type: !2148, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2154, retainedNodes: !2150)
!2148 = !DISubroutineType(types: !2149)
!2149 = !{!1104, !1105}
!2150 = !{!2146, !2151}
!2151 = !DILocalVariable(name: "ptr", scope: !2152, file: !893, line: 286, type: !2153, align: 64)
!2152 = distinct !DILexicalBlock(scope: !2147, file: !893, line: 286, column: 9)
!2153 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::ThreadInit", baseType: !1105, size: 64, align: 64, dwarfAddressSpace: 0)
!2154 = !{!2155}
!2155 = !DITemplateTypeParameter(name: "T", type: !1105)
!2156 = !DILocation(line: 284, column: 16, scope: !2147, inlinedAt: !2157)
!2157 = distinct !DILocation(line: 121, column: 16, scope: !1092, inlinedAt: !1114)
!2158 = !DILocation(line: 0, scope: !905, inlinedAt: !2159)
!2159 = distinct !DILocation(line: 286, column: 19, scope: !2147, inlinedAt: !2157)
!2160 = !DILocation(line: 0, scope: !931, inlinedAt: !2161)
!2161 = distinct !DILocation(line: 248, column: 18, scope: !905, inlinedAt: !2159)
!2162 = !DILocation(line: 0, scope: !959, inlinedAt: !2163)
!2163 = distinct !DILocation(line: 429, column: 14, scope: !931, inlinedAt: !2161)
!2164 = !DILocation(line: 0, scope: !969, inlinedAt: !2165)
!2165 = distinct !DILocation(line: 312, column: 9, scope: !959, inlinedAt: !2163)
!2166 = !DILocation(line: 0, scope: !1001, inlinedAt: !2167)
!2167 = distinct !DILocation(line: 190, column: 73, scope: !976, inlinedAt: !2165)
!2168 = !DILocation(line: 0, scope: !976, inlinedAt: !2165)
!2169 = !DILocation(line: 93, column: 9, scope: !1001, inlinedAt: !2167)
!2170 = !{!2171, !1150, !1152, !1042, !1046}
!2171 = distinct !{!2171, !2172, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h2e1c70004a6a626aE: %x"}
!2172 = distinct !{!2172, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h2e1c70004a6a626aE"}
!2173 = !DILocation(line: 95, column: 9, scope: !1001, inlinedAt: !2167)
!2174 = !DILocation(line: 248, column: 11, scope: !905, inlinedAt: !2159)
!2175 = !DILocation(line: 248, column: 5, scope: !905, inlinedAt: !2159)
!2176 = !DILocation(line: 250, column: 19, scope: !905, inlinedAt: !2159)
!2177 = !DILocation(line: 292, column: 5, scope: !2147, inlinedAt: !2157)
!2178 = !DILocation(line: 284, column: 5, scope: !2147, inlinedAt: !2157)
!2179 = !DILocation(line: 2406, column: 13, scope: !1202, inlinedAt: !1203)
!2180 = !DILocation(line: 0, scope: !2152, inlinedAt: !2157)
!2181 = !DILocation(line: 289, column: 56, scope: !2152, inlinedAt: !2157)
!2182 = !DILocation(line: 0, scope: !1103, inlinedAt: !1114)
!2183 = !DILocation(line: 121, column: 74, scope: !1092, inlinedAt: !1114)
!2184 = !DILocation(line: 137, column: 26, scope: !1103, inlinedAt: !1114)
!2185 = !DILocalVariable(name: "self", arg: 1, scope: !2186, file: !1349, line: 2172, type: !2208)
!2186 = distinct !DISubprogram(name: "branch<std::sys::thread::unix::Thread, std::io::error::Error>", linkageName: "_ZN79_$LT$core..result..Result$LT$T$C$E$GT$$u20$as$u20$core..ops..try_trait..Try$GT$6branch17h36bd7369f2357358E", scope: !2187, file: !1349, line: 2172, type: !2188, scopeLine: 2172, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2216, retainedNodes: !2223)
!2187 = !DINamespace(name: "{impl#27}", scope: !381)
!2188 = !DISubroutineType(types: !2189)
!2189 = !{!2190, !2208}
!2190 = !DICompositeType(tag: DW_TAG_structure_type, name: "ControlFlow<core::result::Result<core::convert::Infallible, std::io::error::Error>, std::sys::thread::unix::Thread>", scope: !2191, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2193, templateParams: !23, identifier: "9f40bd299e57006e2c11e5328601f2be")
!2191 = !DINamespace(name: "control_flow", scope: !2192)
!2192 = !DINamespace(name: "ops", scope: !44)
!2193 = !{!2194}
!2194 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2190, file: !2, size: 128, align: 64, elements: !2195, templateParams: !23, identifier: "a1a0c57e66007b3f61911bed39e5469", discriminator: !2207)
!2195 = !{!2196, !2203}
!2196 = !DIDerivedType(tag: DW_TAG_member, name: "Continue", scope: !2194, file: !2, baseType: !2197, size: 128, align: 64, extraData: i64 0)
!2197 = !DICompositeType(tag: DW_TAG_structure_type, name: "Continue", scope: !2190, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2198, templateParams: !2200, identifier: "cbc0ee69620fe53b521101256abcdadc")
!2198 = !{!2199}
!2199 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2197, file: !2, baseType: !705, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2200 = !{!2201, !2202}
!2201 = !DITemplateTypeParameter(name: "B", type: !787)
!2202 = !DITemplateTypeParameter(name: "C", type: !705)
!2203 = !DIDerivedType(tag: DW_TAG_member, name: "Break", scope: !2194, file: !2, baseType: !2204, size: 128, align: 64, extraData: i64 1)
!2204 = !DICompositeType(tag: DW_TAG_structure_type, name: "Break", scope: !2190, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2205, templateParams: !2200, identifier: "11dd97ab9c18393584050373e8577609")
!2205 = !{!2206}
!2206 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2204, file: !2, baseType: !787, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2207 = !DIDerivedType(tag: DW_TAG_member, scope: !2190, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!2208 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sys::thread::unix::Thread, std::io::error::Error>", scope: !381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2209, templateParams: !23, identifier: "eb920c4d88992f9d8afc15402b1b22d")
!2209 = !{!2210}
!2210 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2208, file: !2, size: 128, align: 64, elements: !2211, templateParams: !23, identifier: "937643c5d21f0e3c9c6c88e1e3ceb29", discriminator: !2222)
!2211 = !{!2212, !2218}
!2212 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !2210, file: !2, baseType: !2213, size: 128, align: 64, extraData: i64 0)
!2213 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !2208, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2214, templateParams: !2216, identifier: "c198d641ef775ad8da3f0aff714df36b")
!2214 = !{!2215}
!2215 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2213, file: !2, baseType: !705, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2216 = !{!2217, !681}
!2217 = !DITemplateTypeParameter(name: "T", type: !705)
!2218 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !2210, file: !2, baseType: !2219, size: 128, align: 64, extraData: i64 1)
!2219 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !2208, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2220, templateParams: !2216, identifier: "6196d3da5b631f65c351c4f1a3762991")
!2220 = !{!2221}
!2221 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2219, file: !2, baseType: !445, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2222 = !DIDerivedType(tag: DW_TAG_member, scope: !2208, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!2223 = !{!2185, !2224, !2226}
!2224 = !DILocalVariable(name: "v", scope: !2225, file: !1349, line: 2174, type: !705, align: 64)
!2225 = distinct !DILexicalBlock(scope: !2186, file: !1349, line: 2174, column: 13)
!2226 = !DILocalVariable(name: "e", scope: !2227, file: !1349, line: 2175, type: !445, align: 64)
!2227 = distinct !DILexicalBlock(scope: !2186, file: !1349, line: 2175, column: 13)
!2228 = !DILocation(line: 0, scope: !2186, inlinedAt: !2229)
!2229 = distinct !DILocation(line: 137, column: 26, scope: !1103, inlinedAt: !1114)
!2230 = !DILocation(line: 2173, column: 9, scope: !2186, inlinedAt: !2229)
!2231 = !DILocalVariable(arg: 1, scope: !2232, file: !1510, line: 805, type: !2235)
!2232 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E", scope: !68, file: !1510, line: 805, type: !2233, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2237, retainedNodes: !2236)
!2233 = !DISubroutineType(types: !2234)
!2234 = !{null, !2235}
!2235 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !214, size: 64, align: 64, dwarfAddressSpace: 0)
!2236 = !{!2231}
!2237 = !{!2238}
!2238 = !DITemplateTypeParameter(name: "T", type: !214)
!2239 = !DILocation(line: 0, scope: !2232, inlinedAt: !2240)
!2240 = distinct !DILocation(line: 141, column: 1, scope: !1079, inlinedAt: !1114)
!2241 = !DILocalVariable(name: "self", arg: 1, scope: !2242, file: !837, line: 2807, type: !2245)
!2242 = distinct !DISubprogram(name: "drop<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E", scope: !1946, file: !837, line: 2807, type: !2243, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, retainedNodes: !2246)
!2243 = !DISubroutineType(types: !2244)
!2244 = !{null, !2245}
!2245 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !214, size: 64, align: 64, dwarfAddressSpace: 0)
!2246 = !{!2241}
!2247 = !DILocation(line: 0, scope: !2242, inlinedAt: !2248)
!2248 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2240)
!2249 = !DILocalVariable(name: "val", scope: !2250, file: !849, line: 3165, type: !9, align: 64)
!2250 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !2251)
!2251 = !{!2252, !2249, !2253}
!2252 = !DILocalVariable(name: "self", arg: 1, scope: !2250, file: !849, line: 3165, type: !852)
!2253 = !DILocalVariable(name: "order", scope: !2250, file: !849, line: 3165, type: !645, align: 8)
!2254 = !DILocation(line: 0, scope: !2250, inlinedAt: !2255)
!2255 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !2248)
!2256 = !DILocalVariable(name: "val", scope: !2257, file: !849, line: 3936, type: !9, align: 64)
!2257 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !2258)
!2258 = !{!2259, !2256, !2260}
!2259 = !DILocalVariable(name: "dst", arg: 1, scope: !2257, file: !849, line: 3936, type: !873)
!2260 = !DILocalVariable(name: "order", scope: !2257, file: !849, line: 3936, type: !645, align: 8)
!2261 = !DILocation(line: 0, scope: !2257, inlinedAt: !2262)
!2262 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !2255)
!2263 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !2255)
!2264 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !2262)
!2265 = !{!2266, !2268, !1150, !1152, !1042, !1046}
!2266 = distinct !{!2266, !2267, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!2267 = distinct !{!2267, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!2268 = distinct !{!2268, !2269, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!2269 = distinct !{!2269, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!2270 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !2248)
!2271 = !DILocation(line: 0, scope: !1991, inlinedAt: !2272)
!2272 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !2248)
!2273 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2272)
!2274 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !2248)
!2275 = !DILocation(line: 141, column: 1, scope: !1079, inlinedAt: !1114)
!2276 = !{!2277}
!2277 = distinct !{!2277, !2278, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!2278 = distinct !{!2278, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!2279 = !DILocation(line: 0, scope: !1903, inlinedAt: !2280)
!2280 = distinct !DILocation(line: 141, column: 1, scope: !1075, inlinedAt: !1114)
!2281 = !{!2282}
!2282 = distinct !{!2282, !2283, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!2283 = distinct !{!2283, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!2284 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !2280)
!2285 = !DILocation(line: 0, scope: !1917, inlinedAt: !2286)
!2286 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !2280)
!2287 = !{!2288}
!2288 = distinct !{!2288, !2289, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!2289 = distinct !{!2289, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!2290 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !2286)
!2291 = !DILocation(line: 0, scope: !1931, inlinedAt: !2292)
!2292 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !2286)
!2293 = !{!2294}
!2294 = distinct !{!2294, !2295, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!2295 = distinct !{!2295, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!2296 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !2292)
!2297 = !DILocation(line: 0, scope: !1945, inlinedAt: !2298)
!2298 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !2292)
!2299 = !DILocation(line: 0, scope: !1954, inlinedAt: !2300)
!2300 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !2298)
!2301 = !DILocation(line: 0, scope: !1963, inlinedAt: !2302)
!2302 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !2298)
!2303 = !DILocation(line: 0, scope: !1971, inlinedAt: !2304)
!2304 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !2302)
!2305 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !2306)
!2306 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !2300)
!2307 = !{!2294, !2288, !2282, !2277}
!2308 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !2302)
!2309 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !2304)
!2310 = !{!2294, !2288, !2282, !2277, !1150, !1152, !1042, !1046}
!2311 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !2298)
!2312 = !DILocation(line: 0, scope: !1991, inlinedAt: !2313)
!2313 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !2298)
!2314 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2313)
!2315 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !2298)
!2316 = !DILocation(line: 0, scope: !2232, inlinedAt: !2317)
!2317 = distinct !DILocation(line: 141, column: 1, scope: !1079, inlinedAt: !1114)
!2318 = !DILocation(line: 0, scope: !2242, inlinedAt: !2319)
!2319 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2317)
!2320 = !DILocation(line: 0, scope: !2250, inlinedAt: !2321)
!2321 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !2319)
!2322 = !DILocation(line: 0, scope: !2257, inlinedAt: !2323)
!2323 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !2321)
!2324 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !2321)
!2325 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !2323)
!2326 = !{!2327, !2329, !1150, !1152, !1042, !1046}
!2327 = distinct !{!2327, !2328, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!2328 = distinct !{!2328, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!2329 = distinct !{!2329, !2330, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!2330 = distinct !{!2330, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!2331 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !2319)
!2332 = !DILocation(line: 0, scope: !1991, inlinedAt: !2333)
!2333 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !2319)
!2334 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2333)
!2335 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !2319)
!2336 = !DILocation(line: 17, column: 1, scope: !1048, inlinedAt: !1114)
!2337 = !DILocalVariable(arg: 1, scope: !2338, file: !1510, line: 805, type: !2341)
!2338 = distinct !DISubprogram(name: "drop_in_place<unsafecell_atomic::main::{closure_env#0}>", linkageName: "_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE", scope: !68, file: !1510, line: 805, type: !2339, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !105, retainedNodes: !2342)
!2339 = !DISubroutineType(types: !2340)
!2340 = !{null, !2341}
!2341 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut unsafecell_atomic::main::{closure_env#0}", baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!2342 = !{!2337}
!2343 = !DILocation(line: 0, scope: !2338, inlinedAt: !2344)
!2344 = distinct !DILocation(line: 141, column: 1, scope: !1048, inlinedAt: !1114)
!2345 = !DILocalVariable(arg: 1, scope: !2346, file: !1510, line: 805, type: !2349)
!2346 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E", scope: !68, file: !1510, line: 805, type: !2347, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2351, retainedNodes: !2350)
!2347 = !DISubroutineType(types: !2348)
!2348 = !{null, !2349}
!2349 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!2350 = !{!2345}
!2351 = !{!2352}
!2352 = !DITemplateTypeParameter(name: "T", type: !61)
!2353 = !DILocation(line: 0, scope: !2346, inlinedAt: !2354)
!2354 = distinct !DILocation(line: 805, column: 1, scope: !2338, inlinedAt: !2344)
!2355 = !DILocalVariable(name: "self", arg: 1, scope: !2356, file: !837, line: 2807, type: !2359)
!2356 = distinct !DISubprogram(name: "drop<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E", scope: !1946, file: !837, line: 2807, type: !2357, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !101, retainedNodes: !2360)
!2357 = !DISubroutineType(types: !2358)
!2358 = !{null, !2359}
!2359 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!2360 = !{!2355}
!2361 = !DILocation(line: 0, scope: !2356, inlinedAt: !2362)
!2362 = distinct !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !2354)
!2363 = !DILocalVariable(name: "val", scope: !2364, file: !849, line: 3165, type: !9, align: 64)
!2364 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !2365)
!2365 = !{!2366, !2363, !2367}
!2366 = !DILocalVariable(name: "self", arg: 1, scope: !2364, file: !849, line: 3165, type: !852)
!2367 = !DILocalVariable(name: "order", scope: !2364, file: !849, line: 3165, type: !645, align: 8)
!2368 = !DILocation(line: 0, scope: !2364, inlinedAt: !2369)
!2369 = distinct !DILocation(line: 2811, column: 32, scope: !2356, inlinedAt: !2362)
!2370 = !DILocalVariable(name: "val", scope: !2371, file: !849, line: 3936, type: !9, align: 64)
!2371 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !2372)
!2372 = !{!2373, !2370, !2374}
!2373 = !DILocalVariable(name: "dst", arg: 1, scope: !2371, file: !849, line: 3936, type: !873)
!2374 = !DILocalVariable(name: "order", scope: !2371, file: !849, line: 3936, type: !645, align: 8)
!2375 = !DILocation(line: 0, scope: !2371, inlinedAt: !2376)
!2376 = distinct !DILocation(line: 3167, column: 26, scope: !2364, inlinedAt: !2369)
!2377 = !DILocation(line: 3165, column: 30, scope: !2364, inlinedAt: !2369)
!2378 = !DILocation(line: 3942, column: 24, scope: !2371, inlinedAt: !2376)
!2379 = !{!2380, !2382, !2384, !1150, !1152, !1042, !1046}
!2380 = distinct !{!2380, !2381, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E: %self"}
!2381 = distinct !{!2381, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E"}
!2382 = distinct !{!2382, !2383, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E: %_1"}
!2383 = distinct !{!2383, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E"}
!2384 = distinct !{!2384, !2385, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE: %_1"}
!2385 = distinct !{!2385, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE"}
!2386 = !DILocation(line: 2811, column: 12, scope: !2356, inlinedAt: !2362)
!2387 = !DILocation(line: 0, scope: !1991, inlinedAt: !2388)
!2388 = distinct !DILocation(line: 64, column: 9, scope: !2356, inlinedAt: !2362)
!2389 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2388)
!2390 = !DILocation(line: 2854, column: 18, scope: !2356, inlinedAt: !2362)
!2391 = !DILocation(line: 2406, column: 13, scope: !867, inlinedAt: !868)
!2392 = !DILocation(line: 0, scope: !2346, inlinedAt: !2393)
!2393 = distinct !DILocation(line: 63, column: 1, scope: !689)
!2394 = !DILocation(line: 0, scope: !2356, inlinedAt: !2395)
!2395 = distinct !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !2393)
!2396 = !DILocation(line: 0, scope: !2364, inlinedAt: !2397)
!2397 = distinct !DILocation(line: 2811, column: 32, scope: !2356, inlinedAt: !2395)
!2398 = !DILocation(line: 0, scope: !2371, inlinedAt: !2399)
!2399 = distinct !DILocation(line: 3167, column: 26, scope: !2364, inlinedAt: !2397)
!2400 = !DILocation(line: 3165, column: 30, scope: !2364, inlinedAt: !2397)
!2401 = !DILocation(line: 3942, column: 24, scope: !2371, inlinedAt: !2399)
!2402 = !{!2403, !2405}
!2403 = distinct !{!2403, !2404, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E: %self"}
!2404 = distinct !{!2404, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E"}
!2405 = distinct !{!2405, !2406, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E: %_1"}
!2406 = distinct !{!2406, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E"}
!2407 = !DILocation(line: 2811, column: 12, scope: !2356, inlinedAt: !2395)
!2408 = !DILocation(line: 0, scope: !1991, inlinedAt: !2409)
!2409 = distinct !DILocation(line: 64, column: 9, scope: !2356, inlinedAt: !2395)
!2410 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2409)
!2411 = !DILocation(line: 2854, column: 18, scope: !2356, inlinedAt: !2395)
!2412 = !DILocation(line: 141, column: 2, scope: !1048, inlinedAt: !1114)
!2413 = !DILocalVariable(name: "self", arg: 1, scope: !2414, file: !1349, line: 1179, type: !761)
!2414 = distinct !DISubprogram(name: "expect<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6expect17h9d231aee3371266aE", scope: !761, file: !1349, line: 1179, type: !2415, scopeLine: 1179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !769, declaration: !2417, retainedNodes: !2418)
!2415 = !DISubroutineType(types: !2416)
!2416 = !{!698, !761, !544, !1121}
!2417 = !DISubprogram(name: "expect<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6expect17h9d231aee3371266aE", scope: !761, file: !1349, line: 1179, type: !2415, scopeLine: 1179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !769)
!2418 = !{!2413, !2419, !2420, !2422}
!2419 = !DILocalVariable(name: "msg", arg: 2, scope: !2414, file: !1349, line: 1179, type: !544)
!2420 = !DILocalVariable(name: "t", scope: !2421, file: !1349, line: 1184, type: !698, align: 64)
!2421 = distinct !DILexicalBlock(scope: !2414, file: !1349, line: 1184, column: 13)
!2422 = !DILocalVariable(name: "e", scope: !2423, file: !1349, line: 1185, type: !445, align: 64)
!2423 = distinct !DILexicalBlock(scope: !2414, file: !1349, line: 1185, column: 13)
!2424 = !DILocation(line: 0, scope: !2414, inlinedAt: !2425)
!2425 = distinct !DILocation(line: 131, column: 29, scope: !815, inlinedAt: !822)
!2426 = !DILocation(line: 262, column: 6, scope: !713, inlinedAt: !808)
!2427 = !DILocation(line: 1185, column: 17, scope: !2423, inlinedAt: !2425)
!2428 = !DILocation(line: 1185, column: 17, scope: !2414, inlinedAt: !2425)
!2429 = !{!2430, !2432}
!2430 = distinct !{!2430, !2431, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17h9d231aee3371266aE: %t"}
!2431 = distinct !{!2431, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17h9d231aee3371266aE"}
!2432 = distinct !{!2432, !2431, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17h9d231aee3371266aE: %self"}
!2433 = !DILocation(line: 1185, column: 23, scope: !2423, inlinedAt: !2425)
!2434 = !DILocation(line: 1185, column: 44, scope: !2414, inlinedAt: !2425)
!2435 = !DILocation(line: 1179, column: 5, scope: !2414, inlinedAt: !2425)
!2436 = !DILocation(line: 138, column: 9, scope: !1103, inlinedAt: !1114)
!2437 = !{!2430}
!2438 = !DILocation(line: 131, column: 29, scope: !815, inlinedAt: !822)
!2439 = !{!2432}
!2440 = !DILocation(line: 1184, column: 16, scope: !2414, inlinedAt: !2425)
!2441 = !DILocation(line: 56, column: 5, scope: !697)
!2442 = !DILocation(line: 63, column: 1, scope: !695)
!2443 = !DILocation(line: 59, column: 5, scope: !697)
!2444 = !DILocation(line: 62, column: 5, scope: !697)
!2445 = !{!2446}
!2446 = distinct !{!2446, !2447, !"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h055d2e0aaaea3163E: %self"}
!2447 = distinct !{!2447, !"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h055d2e0aaaea3163E"}
!2448 = !DILocation(line: 150, column: 16, scope: !827, inlinedAt: !834)
!2449 = !DILocalVariable(name: "self", arg: 1, scope: !2450, file: !1049, line: 240, type: !702)
!2450 = distinct !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h055d2e0aaaea3163E", scope: !702, file: !1049, line: 240, type: !2451, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, declaration: !2453, retainedNodes: !2454)
!2451 = !DISubroutineType(types: !2452)
!2452 = !{!380, !702}
!2453 = !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h055d2e0aaaea3163E", scope: !702, file: !1049, line: 240, type: !2451, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !428)
!2454 = !{!2449}
!2455 = !DILocation(line: 240, column: 24, scope: !2450, inlinedAt: !2456)
!2456 = distinct !DILocation(line: 150, column: 16, scope: !827, inlinedAt: !834)
!2457 = !DILocalVariable(name: "msg", scope: !2458, file: !1117, line: 968, type: !544, align: 64)
!2458 = distinct !DISubprogram(name: "expect<&mut std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6expect17he54536da20d96997E", scope: !2459, file: !1117, line: 968, type: !2473, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2465, declaration: !2475, retainedNodes: !2476)
!2459 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&mut std::thread::lifecycle::Packet<()>>", scope: !116, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2460, templateParams: !23, identifier: "d6b0a275d703338bad258c3682256e38")
!2460 = !{!2461}
!2461 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2459, file: !2, size: 64, align: 64, elements: !2462, templateParams: !23, identifier: "5312a08b397764f4db2b8e38b3c5c576", discriminator: !2472)
!2462 = !{!2463, !2468}
!2463 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !2461, file: !2, baseType: !2464, size: 64, align: 64, extraData: i64 0)
!2464 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !2459, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !2465, identifier: "aa2b680e37cfea2a43507f1aa4f84f7a")
!2465 = !{!2466}
!2466 = !DITemplateTypeParameter(name: "T", type: !2467)
!2467 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::Packet<()>", baseType: !226, size: 64, align: 64, dwarfAddressSpace: 0)
!2468 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !2461, file: !2, baseType: !2469, size: 64, align: 64)
!2469 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !2459, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2470, templateParams: !2465, identifier: "b15142cc7b45fc0339b1658b80523642")
!2470 = !{!2471}
!2471 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2469, file: !2, baseType: !2467, size: 64, align: 64, flags: DIFlagPublic)
!2472 = !DIDerivedType(tag: DW_TAG_member, scope: !2459, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!2473 = !DISubroutineType(types: !2474)
!2474 = !{!2467, !2459, !544, !1121}
!2475 = !DISubprogram(name: "expect<&mut std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6expect17he54536da20d96997E", scope: !2459, file: !1117, line: 968, type: !2473, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2465)
!2476 = !{!2477, !2457, !2478}
!2477 = !DILocalVariable(name: "self", arg: 1, scope: !2458, file: !1117, line: 968, type: !2459)
!2478 = !DILocalVariable(name: "val", scope: !2479, file: !1117, line: 970, type: !2467, align: 64)
!2479 = distinct !DILexicalBlock(scope: !2458, file: !1117, line: 970, column: 13)
!2480 = !DILocation(line: 0, scope: !2458, inlinedAt: !2481)
!2481 = distinct !DILocation(line: 247, column: 14, scope: !2450, inlinedAt: !2456)
!2482 = !DILocation(line: 241, column: 9, scope: !2450, inlinedAt: !2456)
!2483 = !DILocation(line: 241, column: 21, scope: !2450, inlinedAt: !2456)
!2484 = !{!2485}
!2485 = distinct !{!2485, !2486, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!2486 = distinct !{!2486, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!2487 = !DILocation(line: 252, column: 5, scope: !2450, inlinedAt: !2456)
!2488 = !DILocation(line: 0, scope: !1903, inlinedAt: !2489)
!2489 = distinct !DILocation(line: 252, column: 5, scope: !2450, inlinedAt: !2456)
!2490 = !{!2491}
!2491 = distinct !{!2491, !2492, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!2492 = distinct !{!2492, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!2493 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !2489)
!2494 = !DILocation(line: 0, scope: !1917, inlinedAt: !2495)
!2495 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !2489)
!2496 = !{!2497}
!2497 = distinct !{!2497, !2498, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!2498 = distinct !{!2498, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!2499 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !2495)
!2500 = !DILocation(line: 0, scope: !1931, inlinedAt: !2501)
!2501 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !2495)
!2502 = !{!2503}
!2503 = distinct !{!2503, !2504, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!2504 = distinct !{!2504, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!2505 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !2501)
!2506 = !DILocation(line: 0, scope: !1945, inlinedAt: !2507)
!2507 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !2501)
!2508 = !DILocation(line: 0, scope: !1954, inlinedAt: !2509)
!2509 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !2507)
!2510 = !DILocation(line: 0, scope: !1963, inlinedAt: !2511)
!2511 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !2507)
!2512 = !DILocation(line: 0, scope: !1971, inlinedAt: !2513)
!2513 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !2511)
!2514 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !2515)
!2515 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !2509)
!2516 = !{!2503, !2497, !2491, !2485, !2446}
!2517 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !2511)
!2518 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !2513)
!2519 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !2507)
!2520 = !DILocation(line: 0, scope: !1991, inlinedAt: !2521)
!2521 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !2507)
!2522 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2521)
!2523 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !2507)
!2524 = !DILocalVariable(name: "this", arg: 1, scope: !2525, file: !837, line: 2616, type: !2245)
!2525 = distinct !DISubprogram(name: "get_mut<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$7get_mut17h48165da3756a3ebfE", scope: !214, file: !837, line: 2616, type: !2526, scopeLine: 2616, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !2528, retainedNodes: !2529)
!2526 = !DISubroutineType(types: !2527)
!2527 = !{!2459, !2245}
!2528 = !DISubprogram(name: "get_mut<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$7get_mut17h48165da3756a3ebfE", scope: !214, file: !837, line: 2616, type: !2526, scopeLine: 2616, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !436)
!2529 = !{!2524}
!2530 = !DILocation(line: 2616, column: 20, scope: !2525, inlinedAt: !2531)
!2531 = distinct !DILocation(line: 242, column: 9, scope: !2450, inlinedAt: !2456)
!2532 = !DILocalVariable(name: "this", arg: 1, scope: !2533, file: !837, line: 2691, type: !2245)
!2533 = distinct !DISubprogram(name: "get_mut_unchecked<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$17get_mut_unchecked17h05f2955f70f320a6E", scope: !214, file: !837, line: 2691, type: !2534, scopeLine: 2691, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !2536, retainedNodes: !2537)
!2534 = !DISubroutineType(types: !2535)
!2535 = !{!2467, !2245}
!2536 = !DISubprogram(name: "get_mut_unchecked<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$17get_mut_unchecked17h05f2955f70f320a6E", scope: !214, file: !837, line: 2691, type: !2534, scopeLine: 2691, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !436)
!2537 = !{!2532}
!2538 = !DILocation(line: 2691, column: 37, scope: !2533, inlinedAt: !2539)
!2539 = distinct !DILocation(line: 2623, column: 27, scope: !2525, inlinedAt: !2531)
!2540 = !DILocation(line: 2617, column: 28, scope: !2525, inlinedAt: !2531)
!2541 = !{!2542}
!2542 = distinct !{!2542, !2543, !"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hb782f5b6dfe56836E: %this"}
!2543 = distinct !{!2543, !"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hb782f5b6dfe56836E"}
!2544 = !DILocation(line: 2617, column: 12, scope: !2525, inlinedAt: !2531)
!2545 = !DILocalVariable(name: "this", arg: 1, scope: !2546, file: !837, line: 2754, type: !1170)
!2546 = distinct !DISubprogram(name: "is_unique<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hb782f5b6dfe56836E", scope: !214, file: !837, line: 2754, type: !2547, scopeLine: 2754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !2549, retainedNodes: !2550)
!2547 = !DISubroutineType(types: !2548)
!2548 = !{!758, !1170}
!2549 = !DISubprogram(name: "is_unique<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hb782f5b6dfe56836E", scope: !214, file: !837, line: 2754, type: !2547, scopeLine: 2754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !436)
!2550 = !{!2545, !2551}
!2551 = !DILocalVariable(name: "unique", scope: !2552, file: !837, line: 2766, type: !758, align: 8)
!2552 = distinct !DILexicalBlock(scope: !2546, file: !837, line: 2766, column: 13)
!2553 = !DILocation(line: 0, scope: !2546, inlinedAt: !2554)
!2554 = distinct !DILocation(line: 2617, column: 12, scope: !2525, inlinedAt: !2531)
!2555 = !DILocalVariable(name: "self", arg: 1, scope: !2556, file: !837, line: 2098, type: !1170)
!2556 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h87e10688b1b9e902E", scope: !214, file: !837, line: 2098, type: !2557, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !2560, retainedNodes: !2561)
!2557 = !DISubroutineType(types: !2558)
!2558 = !{!2559, !1170}
!2559 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !221, size: 64, align: 64, dwarfAddressSpace: 0)
!2560 = !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h87e10688b1b9e902E", scope: !214, file: !837, line: 2098, type: !2557, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !436)
!2561 = !{!2555}
!2562 = !DILocation(line: 0, scope: !2556, inlinedAt: !2563)
!2563 = distinct !DILocation(line: 2762, column: 17, scope: !2546, inlinedAt: !2554)
!2564 = !DILocation(line: 0, scope: !2556, inlinedAt: !2565)
!2565 = distinct !DILocation(line: 2766, column: 31, scope: !2546, inlinedAt: !2554)
!2566 = !DILocation(line: 0, scope: !2556, inlinedAt: !2567)
!2567 = distinct !DILocation(line: 2771, column: 18, scope: !2552, inlinedAt: !2554)
!2568 = !DILocalVariable(name: "current", scope: !2569, file: !849, line: 3034, type: !9, align: 64)
!2569 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize16compare_exchange", scope: !75, file: !849, line: 3033, type: !2570, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !2587, retainedNodes: !2588)
!2570 = !DISubroutineType(types: !2571)
!2571 = !{!2572, !852, !9, !9, !645, !645}
!2572 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<usize, usize>", scope: !381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2573, templateParams: !23, identifier: "7740407452115f2a77697ba7dab62951")
!2573 = !{!2574}
!2574 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2572, file: !2, size: 128, align: 64, elements: !2575, templateParams: !23, identifier: "27062f68c4e2d20f43160ddebe98a43b", discriminator: !2586)
!2575 = !{!2576, !2582}
!2576 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !2574, file: !2, baseType: !2577, size: 128, align: 64, extraData: i64 0)
!2577 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !2572, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2578, templateParams: !2580, identifier: "88dc1693b42440195577b011f0df268d")
!2578 = !{!2579}
!2579 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2577, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2580 = !{!85, !2581}
!2581 = !DITemplateTypeParameter(name: "E", type: !9)
!2582 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !2574, file: !2, baseType: !2583, size: 128, align: 64, extraData: i64 1)
!2583 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !2572, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2584, templateParams: !2580, identifier: "8c82a528c5d5f77a70ece44e29fb2ab3")
!2584 = !{!2585}
!2585 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2583, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2586 = !DIDerivedType(tag: DW_TAG_member, scope: !2572, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!2587 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize16compare_exchange", scope: !75, file: !849, line: 3033, type: !2570, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!2588 = !{!2589, !2568, !2590, !2591, !2592}
!2589 = !DILocalVariable(name: "self", arg: 1, scope: !2569, file: !849, line: 3033, type: !852)
!2590 = !DILocalVariable(name: "new", scope: !2569, file: !849, line: 3035, type: !9, align: 64)
!2591 = !DILocalVariable(name: "success", scope: !2569, file: !849, line: 3036, type: !645, align: 8)
!2592 = !DILocalVariable(name: "failure", scope: !2569, file: !849, line: 3037, type: !645, align: 8)
!2593 = !DILocation(line: 0, scope: !2569, inlinedAt: !2594)
!2594 = distinct !DILocation(line: 2762, column: 30, scope: !2546, inlinedAt: !2554)
!2595 = !DILocalVariable(name: "order", scope: !2596, file: !849, line: 2842, type: !645, align: 8)
!2596 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !849, line: 2842, type: !1276, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1278, retainedNodes: !2597)
!2597 = !{!2598, !2595}
!2598 = !DILocalVariable(name: "self", arg: 1, scope: !2596, file: !849, line: 2842, type: !852)
!2599 = !DILocation(line: 0, scope: !2596, inlinedAt: !2600)
!2600 = distinct !DILocation(line: 2766, column: 46, scope: !2546, inlinedAt: !2554)
!2601 = !DILocalVariable(name: "val", scope: !2602, file: !849, line: 2870, type: !9, align: 64)
!2602 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !849, line: 2870, type: !1297, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1299, retainedNodes: !2603)
!2603 = !{!2604, !2601, !2605}
!2604 = !DILocalVariable(name: "self", arg: 1, scope: !2602, file: !849, line: 2870, type: !852)
!2605 = !DILocalVariable(name: "order", scope: !2602, file: !849, line: 2870, type: !645, align: 8)
!2606 = !DILocation(line: 0, scope: !2602, inlinedAt: !2607)
!2607 = distinct !DILocation(line: 2771, column: 31, scope: !2552, inlinedAt: !2554)
!2608 = !DILocation(line: 444, column: 20, scope: !2609, inlinedAt: !2614)
!2609 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h15392c87d4c2170fE", scope: !217, file: !1979, line: 440, type: !2610, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !431, declaration: !2613)
!2610 = !DISubroutineType(types: !2611)
!2611 = !{!2559, !2612}
!2612 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", baseType: !217, size: 64, align: 64, dwarfAddressSpace: 0)
!2613 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h15392c87d4c2170fE", scope: !217, file: !1979, line: 440, type: !2610, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !431)
!2614 = distinct !DILocation(line: 2104, column: 27, scope: !2556, inlinedAt: !2563)
!2615 = !{!2542, !2446}
!2616 = !DILocation(line: 3033, column: 37, scope: !2569, inlinedAt: !2594)
!2617 = !DILocalVariable(name: "self", arg: 1, scope: !2618, file: !2619, line: 2443, type: !2622)
!2618 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hfe1e10d7d602b777E", scope: !80, file: !2619, line: 2443, type: !2620, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !84, declaration: !2623, retainedNodes: !2624)
!2619 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!2620 = !DISubroutineType(types: !2621)
!2621 = !{!873, !2622}
!2622 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!2623 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hfe1e10d7d602b777E", scope: !80, file: !2619, line: 2443, type: !2620, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!2624 = !{!2617}
!2625 = !DILocation(line: 2443, column: 22, scope: !2618, inlinedAt: !2626)
!2626 = distinct !DILocation(line: 3039, column: 57, scope: !2569, inlinedAt: !2594)
!2627 = !DILocation(line: 2447, column: 9, scope: !2618, inlinedAt: !2626)
!2628 = !DILocalVariable(name: "dst", arg: 1, scope: !2629, file: !849, line: 3956, type: !873)
!2629 = distinct !DISubprogram(name: "atomic_compare_exchange<usize>", linkageName: "_ZN4core4sync6atomic23atomic_compare_exchange17heb482309f413b42dE", scope: !76, file: !849, line: 3955, type: !2630, scopeLine: 3955, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !84, retainedNodes: !2632)
!2630 = !DISubroutineType(types: !2631)
!2631 = !{!2572, !873, !9, !9, !645, !645}
!2632 = !{!2628, !2633, !2634, !2635, !2636, !2637, !2639}
!2633 = !DILocalVariable(name: "old", arg: 2, scope: !2629, file: !849, line: 3957, type: !9)
!2634 = !DILocalVariable(name: "new", arg: 3, scope: !2629, file: !849, line: 3958, type: !9)
!2635 = !DILocalVariable(name: "success", arg: 4, scope: !2629, file: !849, line: 3959, type: !645)
!2636 = !DILocalVariable(name: "failure", arg: 5, scope: !2629, file: !849, line: 3960, type: !645)
!2637 = !DILocalVariable(name: "val", scope: !2638, file: !849, line: 3963, type: !9, align: 64)
!2638 = distinct !DILexicalBlock(scope: !2629, file: !849, line: 3963, column: 5)
!2639 = !DILocalVariable(name: "ok", scope: !2638, file: !849, line: 3963, type: !758, align: 8)
!2640 = !DILocation(line: 0, scope: !2629, inlinedAt: !2641)
!2641 = distinct !DILocation(line: 3039, column: 26, scope: !2569, inlinedAt: !2594)
!2642 = !DILocation(line: 3975, column: 17, scope: !2629, inlinedAt: !2641)
!2643 = !DILocation(line: 2762, column: 12, scope: !2546, inlinedAt: !2554)
!2644 = !{!"branch_weights", i32 2146410443, i32 1073205}
!2645 = !DILocation(line: 2842, column: 25, scope: !2596, inlinedAt: !2600)
!2646 = !DILocation(line: 2443, column: 22, scope: !2618, inlinedAt: !2647)
!2647 = distinct !DILocation(line: 2844, column: 45, scope: !2596, inlinedAt: !2600)
!2648 = !DILocation(line: 0, scope: !1306, inlinedAt: !2649)
!2649 = distinct !DILocation(line: 2844, column: 26, scope: !2596, inlinedAt: !2600)
!2650 = !DILocation(line: 3891, column: 24, scope: !1306, inlinedAt: !2649)
!2651 = !DILocation(line: 2766, column: 26, scope: !2546, inlinedAt: !2554)
!2652 = !DILocation(line: 0, scope: !2552, inlinedAt: !2554)
!2653 = !DILocation(line: 2870, column: 26, scope: !2602, inlinedAt: !2607)
!2654 = !DILocation(line: 2443, column: 22, scope: !2618, inlinedAt: !2655)
!2655 = distinct !DILocation(line: 2872, column: 46, scope: !2602, inlinedAt: !2607)
!2656 = !DILocation(line: 0, scope: !1880, inlinedAt: !2657)
!2657 = distinct !DILocation(line: 2872, column: 26, scope: !2602, inlinedAt: !2607)
!2658 = !DILocation(line: 3876, column: 24, scope: !1880, inlinedAt: !2657)
!2659 = !{!"branch_weights", !"expected", i32 -2147483648, i32 0}
!2660 = !DILocation(line: 971, column: 21, scope: !2458, inlinedAt: !2481)
!2661 = !DILocation(line: 2694, column: 25, scope: !2533, inlinedAt: !2539)
!2662 = !DILocalVariable(name: "self", arg: 1, scope: !2663, file: !1117, line: 1884, type: !2666)
!2663 = distinct !DISubprogram(name: "take<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$4take17h841ad0c1ca6beaafE", scope: !372, file: !1117, line: 1884, type: !2664, scopeLine: 1884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !378, declaration: !2667, retainedNodes: !2668)
!2664 = !DISubroutineType(types: !2665)
!2665 = !{!372, !2666}
!2666 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", baseType: !372, size: 64, align: 64, dwarfAddressSpace: 0)
!2667 = !DISubprogram(name: "take<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$4take17h841ad0c1ca6beaafE", scope: !372, file: !1117, line: 1884, type: !2664, scopeLine: 1884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !378)
!2668 = !{!2662}
!2669 = !DILocation(line: 1884, column: 23, scope: !2663, inlinedAt: !2670)
!2670 = distinct !DILocation(line: 250, column: 14, scope: !2450, inlinedAt: !2456)
!2671 = !DILocalVariable(name: "dest", arg: 1, scope: !2672, file: !2673, line: 887, type: !2666)
!2672 = distinct !DISubprogram(name: "replace<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core3mem7replace17h0943f0c37aa55279E", scope: !43, file: !2673, line: 887, type: !2674, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !408, retainedNodes: !2676)
!2673 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!2674 = !DISubroutineType(types: !2675)
!2675 = !{!372, !2666, !372}
!2676 = !{!2671}
!2677 = !DILocation(line: 887, column: 25, scope: !2672, inlinedAt: !2678)
!2678 = distinct !DILocation(line: 1886, column: 9, scope: !2663, inlinedAt: !2670)
!2679 = !DILocation(line: 901, column: 22, scope: !2672, inlinedAt: !2678)
!2680 = !DILocalVariable(name: "self", arg: 1, scope: !2681, file: !1117, line: 1013, type: !372)
!2681 = distinct !DISubprogram(name: "unwrap<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6unwrap17h8ba8f80ce8f5b8ddE", scope: !372, file: !1117, line: 1013, type: !2682, scopeLine: 1013, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !378, declaration: !2684, retainedNodes: !2685)
!2682 = !DISubroutineType(types: !2683)
!2683 = !{!380, !372, !1121}
!2684 = !DISubprogram(name: "unwrap<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6unwrap17h8ba8f80ce8f5b8ddE", scope: !372, file: !1117, line: 1013, type: !2682, scopeLine: 1013, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !378)
!2685 = !{!2680, !2686}
!2686 = !DILocalVariable(name: "val", scope: !2687, file: !1117, line: 1015, type: !380, align: 64)
!2687 = distinct !DILexicalBlock(scope: !2681, file: !1117, line: 1015, column: 13)
!2688 = !DILocation(line: 0, scope: !2681, inlinedAt: !2689)
!2689 = distinct !DILocation(line: 251, column: 14, scope: !2450, inlinedAt: !2456)
!2690 = !DILocation(line: 902, column: 49, scope: !2672, inlinedAt: !2678)
!2691 = !DILocation(line: 1014, column: 9, scope: !2681, inlinedAt: !2689)
!2692 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!2693 = !{!2694}
!2694 = distinct !{!2694, !2695, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!2695 = distinct !{!2695, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!2696 = !DILocation(line: 0, scope: !1903, inlinedAt: !2697)
!2697 = distinct !DILocation(line: 252, column: 5, scope: !2450, inlinedAt: !2456)
!2698 = !{!2699}
!2699 = distinct !{!2699, !2700, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!2700 = distinct !{!2700, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!2701 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !2697)
!2702 = !DILocation(line: 0, scope: !1917, inlinedAt: !2703)
!2703 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !2697)
!2704 = !{!2705}
!2705 = distinct !{!2705, !2706, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!2706 = distinct !{!2706, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!2707 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !2703)
!2708 = !DILocation(line: 0, scope: !1931, inlinedAt: !2709)
!2709 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !2703)
!2710 = !{!2711}
!2711 = distinct !{!2711, !2712, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!2712 = distinct !{!2712, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!2713 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !2709)
!2714 = !DILocation(line: 0, scope: !1945, inlinedAt: !2715)
!2715 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !2709)
!2716 = !DILocation(line: 0, scope: !1954, inlinedAt: !2717)
!2717 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !2715)
!2718 = !DILocation(line: 0, scope: !1963, inlinedAt: !2719)
!2719 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !2715)
!2720 = !DILocation(line: 0, scope: !1971, inlinedAt: !2721)
!2721 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !2719)
!2722 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !2723)
!2723 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !2717)
!2724 = !{!2711, !2705, !2699, !2694, !2446}
!2725 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !2719)
!2726 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !2721)
!2727 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !2715)
!2728 = !DILocation(line: 0, scope: !1991, inlinedAt: !2729)
!2729 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !2715)
!2730 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2729)
!2731 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !2715)
!2732 = !DILocation(line: 1016, column: 21, scope: !2681, inlinedAt: !2689)
!2733 = !{!2734}
!2734 = distinct !{!2734, !2735, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!2735 = distinct !{!2735, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!2736 = !DILocation(line: 0, scope: !2232, inlinedAt: !2737)
!2737 = distinct !DILocation(line: 252, column: 5, scope: !2450, inlinedAt: !2456)
!2738 = !{!2739}
!2739 = distinct !{!2739, !2740, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!2740 = distinct !{!2740, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!2741 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2737)
!2742 = !DILocation(line: 0, scope: !2242, inlinedAt: !2743)
!2743 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2737)
!2744 = !DILocalVariable(name: "self", arg: 1, scope: !2745, file: !837, line: 2098, type: !2245)
!2745 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h87e10688b1b9e902E", scope: !214, file: !837, line: 2098, type: !2557, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !2560, retainedNodes: !2746)
!2746 = !{!2744}
!2747 = !DILocation(line: 0, scope: !2745, inlinedAt: !2748)
!2748 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !2743)
!2749 = !DILocation(line: 0, scope: !2250, inlinedAt: !2750)
!2750 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !2743)
!2751 = !DILocation(line: 0, scope: !2257, inlinedAt: !2752)
!2752 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !2750)
!2753 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !2755)
!2754 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h15392c87d4c2170fE", scope: !217, file: !1979, line: 440, type: !2610, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !431, declaration: !2613)
!2755 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !2748)
!2756 = !{!2739, !2734, !2446}
!2757 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !2750)
!2758 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !2752)
!2759 = !{!2739, !2734}
!2760 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !2743)
!2761 = !DILocation(line: 0, scope: !1991, inlinedAt: !2762)
!2762 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !2743)
!2763 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2762)
!2764 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !2743)
!2765 = !{!2766}
!2766 = distinct !{!2766, !2767, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!2767 = distinct !{!2767, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!2768 = !DILocation(line: 0, scope: !2232, inlinedAt: !2769)
!2769 = distinct !DILocation(line: 252, column: 5, scope: !2450, inlinedAt: !2456)
!2770 = !{!2771}
!2771 = distinct !{!2771, !2772, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!2772 = distinct !{!2772, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!2773 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2769)
!2774 = !DILocation(line: 0, scope: !2242, inlinedAt: !2775)
!2775 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2769)
!2776 = !DILocation(line: 0, scope: !2745, inlinedAt: !2777)
!2777 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !2775)
!2778 = !DILocation(line: 0, scope: !2250, inlinedAt: !2779)
!2779 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !2775)
!2780 = !DILocation(line: 0, scope: !2257, inlinedAt: !2781)
!2781 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !2779)
!2782 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !2783)
!2783 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !2777)
!2784 = !{!2771, !2766, !2446}
!2785 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !2779)
!2786 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !2781)
!2787 = !{!2771, !2766}
!2788 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !2775)
!2789 = !DILocation(line: 0, scope: !1991, inlinedAt: !2790)
!2790 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !2775)
!2791 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2790)
!2792 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !2775)
!2793 = !DILocation(line: 240, column: 5, scope: !2450, inlinedAt: !2456)
!2794 = !{!2795}
!2795 = distinct !{!2795, !2796, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!2796 = distinct !{!2796, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!2797 = !DILocation(line: 0, scope: !2232, inlinedAt: !2798)
!2798 = distinct !DILocation(line: 252, column: 5, scope: !2450, inlinedAt: !2456)
!2799 = !{!2800}
!2800 = distinct !{!2800, !2801, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!2801 = distinct !{!2801, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!2802 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2798)
!2803 = !DILocation(line: 0, scope: !2242, inlinedAt: !2804)
!2804 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !2798)
!2805 = !DILocation(line: 0, scope: !2745, inlinedAt: !2806)
!2806 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !2804)
!2807 = !DILocation(line: 0, scope: !2250, inlinedAt: !2808)
!2808 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !2804)
!2809 = !DILocation(line: 0, scope: !2257, inlinedAt: !2810)
!2810 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !2808)
!2811 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !2812)
!2812 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !2806)
!2813 = !{!2800, !2795, !2446}
!2814 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !2808)
!2815 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !2810)
!2816 = !{!2800, !2795}
!2817 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !2804)
!2818 = !DILocation(line: 0, scope: !1991, inlinedAt: !2819)
!2819 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !2804)
!2820 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2819)
!2821 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !2804)
!2822 = !DILocalVariable(name: "self", arg: 1, scope: !2823, file: !1349, line: 1227, type: !380)
!2823 = distinct !DISubprogram(name: "unwrap<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17hd93a02e0537bced6E", scope: !380, file: !1349, line: 1227, type: !2824, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !389, declaration: !2826, retainedNodes: !2827)
!2824 = !DISubroutineType(types: !2825)
!2825 = !{null, !380, !1121}
!2826 = !DISubprogram(name: "unwrap<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17hd93a02e0537bced6E", scope: !380, file: !1349, line: 1227, type: !2824, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !389)
!2827 = !{!2822, !2828, !2830}
!2828 = !DILocalVariable(name: "t", scope: !2829, file: !1349, line: 1232, type: !7, align: 8)
!2829 = distinct !DILexicalBlock(scope: !2823, file: !1349, line: 1232, column: 13)
!2830 = !DILocalVariable(name: "e", scope: !2831, file: !1349, line: 1233, type: !392, align: 64)
!2831 = distinct !DILexicalBlock(scope: !2823, file: !1349, line: 1233, column: 13)
!2832 = !DILocation(line: 0, scope: !2823, inlinedAt: !2833)
!2833 = distinct !DILocation(line: 62, column: 24, scope: !697)
!2834 = !DILocation(line: 1233, column: 17, scope: !2831, inlinedAt: !2833)
!2835 = !DILocation(line: 1231, column: 15, scope: !2823, inlinedAt: !2833)
!2836 = !DILocation(line: 1231, column: 9, scope: !2823, inlinedAt: !2833)
!2837 = !DILocation(line: 1233, column: 17, scope: !2823, inlinedAt: !2833)
!2838 = !DILocation(line: 1233, column: 23, scope: !2831, inlinedAt: !2833)
!2839 = !DILocation(line: 1233, column: 86, scope: !2823, inlinedAt: !2833)
!2840 = !DILocation(line: 1227, column: 5, scope: !2823, inlinedAt: !2833)
!2841 = !DILocation(line: 0, scope: !2346, inlinedAt: !2842)
!2842 = distinct !DILocation(line: 63, column: 1, scope: !689)
!2843 = !DILocation(line: 0, scope: !2356, inlinedAt: !2844)
!2844 = distinct !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !2842)
!2845 = !DILocation(line: 0, scope: !2364, inlinedAt: !2846)
!2846 = distinct !DILocation(line: 2811, column: 32, scope: !2356, inlinedAt: !2844)
!2847 = !DILocation(line: 0, scope: !2371, inlinedAt: !2848)
!2848 = distinct !DILocation(line: 3167, column: 26, scope: !2364, inlinedAt: !2846)
!2849 = !DILocation(line: 3165, column: 30, scope: !2364, inlinedAt: !2846)
!2850 = !DILocation(line: 3942, column: 24, scope: !2371, inlinedAt: !2848)
!2851 = !{!2852, !2854}
!2852 = distinct !{!2852, !2853, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E: %self"}
!2853 = distinct !{!2853, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E"}
!2854 = distinct !{!2854, !2855, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E: %_1"}
!2855 = distinct !{!2855, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E"}
!2856 = !DILocation(line: 2811, column: 12, scope: !2356, inlinedAt: !2844)
!2857 = !DILocation(line: 0, scope: !1991, inlinedAt: !2858)
!2858 = distinct !DILocation(line: 64, column: 9, scope: !2356, inlinedAt: !2844)
!2859 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !2858)
!2860 = !DILocation(line: 2854, column: 18, scope: !2356, inlinedAt: !2844)
!2861 = !DILocation(line: 63, column: 1, scope: !689)
!2862 = !DILocation(line: 63, column: 2, scope: !689)
!2863 = !DILocation(line: 48, column: 1, scope: !689)
!2864 = distinct !DISubprogram(name: "reader", linkageName: "_ZN17unsafecell_atomic6reader17hfaad558393e220beE", scope: !58, file: !690, line: 37, type: !2865, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !2868)
!2865 = !DISubroutineType(types: !2866)
!2866 = !{null, !2867}
!2867 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&unsafecell_atomic::AtomicUsize", baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!2868 = !{!2869}
!2869 = !DILocalVariable(name: "a", arg: 1, scope: !2864, file: !690, line: 37, type: !2867)
!2870 = !DILocation(line: 0, scope: !2864)
!2871 = !DILocalVariable(name: "self", arg: 1, scope: !2872, file: !690, line: 21, type: !2867)
!2872 = distinct !DISubprogram(name: "load", linkageName: "_ZN17unsafecell_atomic11AtomicUsize4load17h887177d6c9472041E", scope: !88, file: !690, line: 21, type: !2873, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !2875, retainedNodes: !2876)
!2873 = !DISubroutineType(types: !2874)
!2874 = !{!9, !2867}
!2875 = !DISubprogram(name: "load", linkageName: "_ZN17unsafecell_atomic11AtomicUsize4load17h887177d6c9472041E", scope: !88, file: !690, line: 21, type: !2873, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!2876 = !{!2871}
!2877 = !DILocation(line: 0, scope: !2872, inlinedAt: !2878)
!2878 = !DILocation(line: 38, column: 13, scope: !2864)
!2879 = !DILocation(line: 22, column: 18, scope: !2872, inlinedAt: !2878)
!2880 = !DILocation(line: 38, column: 11, scope: !2864)
!2881 = !DILocation(line: 41, column: 2, scope: !2864)
!2882 = distinct !DISubprogram(name: "writer", linkageName: "_ZN17unsafecell_atomic6writer17h9518525063388484E", scope: !58, file: !690, line: 44, type: !2865, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !2883)
!2883 = !{!2884}
!2884 = !DILocalVariable(name: "a", arg: 1, scope: !2882, file: !690, line: 44, type: !2867)
!2885 = !DILocation(line: 0, scope: !2882)
!2886 = !DILocalVariable(name: "self", arg: 1, scope: !2887, file: !690, line: 25, type: !2867)
!2887 = distinct !DISubprogram(name: "store", linkageName: "_ZN17unsafecell_atomic11AtomicUsize5store17hea7021de571b36f3E", scope: !88, file: !690, line: 25, type: !2888, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !2890, retainedNodes: !2891)
!2888 = !DISubroutineType(types: !2889)
!2889 = !{null, !2867, !9}
!2890 = !DISubprogram(name: "store", linkageName: "_ZN17unsafecell_atomic11AtomicUsize5store17hea7021de571b36f3E", scope: !88, file: !690, line: 25, type: !2888, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!2891 = !{!2886, !2892}
!2892 = !DILocalVariable(name: "v", scope: !2887, file: !690, line: 25, type: !9, align: 64)
!2893 = !DILocation(line: 0, scope: !2887, inlinedAt: !2894)
!2894 = !DILocation(line: 45, column: 7, scope: !2882)
!2895 = !DILocation(line: 27, column: 13, scope: !2887, inlinedAt: !2894)
!2896 = !{i64 3315714753257}
!2897 = !DILocation(line: 46, column: 2, scope: !2882)
!2898 = distinct !DISubprogram(name: "write_all<std::sys::stdio::unix::Stderr>", linkageName: "_ZN3std2io5Write9write_all17he8dcf2ad4c7e1217E", scope: !2900, file: !2899, line: 1875, type: !2901, scopeLine: 1875, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2915, retainedNodes: !2903)
!2899 = !DIFile(filename: "library/std/src/io/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ad3b23eb2db88ec77831ebf778688811")
!2900 = !DINamespace(name: "Write", scope: !447)
!2901 = !DISubroutineType(types: !2902)
!2902 = !{!672, !667, !1655}
!2903 = !{!2904, !2905, !2906, !2908, !2911, !2913}
!2904 = !DILocalVariable(name: "self", arg: 1, scope: !2898, file: !2899, line: 1875, type: !667)
!2905 = !DILocalVariable(name: "buf", arg: 2, scope: !2898, file: !2899, line: 1875, type: !1655)
!2906 = !DILocalVariable(name: "n", scope: !2907, file: !2899, line: 1881, type: !9, align: 64)
!2907 = distinct !DILexicalBlock(scope: !2898, file: !2899, line: 1881, column: 17)
!2908 = !DILocalVariable(name: "e", scope: !2909, file: !2899, line: 1882, type: !2910, align: 64)
!2909 = distinct !DILexicalBlock(scope: !2898, file: !2899, line: 1882, column: 17)
!2910 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::Error", baseType: !445, size: 64, align: 64, dwarfAddressSpace: 0)
!2911 = !DILocalVariable(name: "e", scope: !2909, file: !2899, line: 1882, type: !2912, align: 64)
!2912 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&std::io::error::Error", baseType: !2910, size: 64, align: 64, dwarfAddressSpace: 0)
!2913 = !DILocalVariable(name: "e", scope: !2914, file: !2899, line: 1883, type: !445, align: 64)
!2914 = distinct !DILexicalBlock(scope: !2898, file: !2899, line: 1883, column: 17)
!2915 = !{!2916}
!2916 = !DITemplateTypeParameter(name: "Self", type: !668)
!2917 = !DILocation(line: 0, scope: !2898)
!2918 = !DILocalVariable(name: "self", arg: 1, scope: !2919, file: !2920, line: 18, type: !1655)
!2919 = distinct !DISubprogram(name: "index<u8, core::ops::range::RangeFrom<usize>>", linkageName: "_ZN4core5slice5index74_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u5d$$GT$5index17h628fc48e08d328b2E", scope: !2921, file: !2920, line: 18, type: !2924, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2934, retainedNodes: !2932)
!2920 = !DIFile(filename: "library/core/src/slice/index.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35f1d9855ef780cd44773269ad8900cd")
!2921 = !DINamespace(name: "{impl#0}", scope: !2922)
!2922 = !DINamespace(name: "index", scope: !2923)
!2923 = !DINamespace(name: "slice", scope: !44)
!2924 = !DISubroutineType(types: !2925)
!2925 = !{!1655, !1655, !2926, !1121}
!2926 = !DICompositeType(tag: DW_TAG_structure_type, name: "RangeFrom<usize>", scope: !2927, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2928, templateParams: !2930, identifier: "dae3ef637417c7c22fbe71130fe73be")
!2927 = !DINamespace(name: "range", scope: !2192)
!2928 = !{!2929}
!2929 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !2926, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!2930 = !{!2931}
!2931 = !DITemplateTypeParameter(name: "Idx", type: !9)
!2932 = !{!2918, !2933}
!2933 = !DILocalVariable(name: "index", scope: !2919, file: !2920, line: 18, type: !2926, align: 64)
!2934 = !{!186, !2935}
!2935 = !DITemplateTypeParameter(name: "I", type: !2926)
!2936 = !DILocation(line: 0, scope: !2919, inlinedAt: !2937)
!2937 = !DILocation(line: 1881, column: 36, scope: !2907)
!2938 = !DILocalVariable(name: "slice", arg: 2, scope: !2939, file: !2920, line: 567, type: !1655)
!2939 = distinct !DISubprogram(name: "index<u8>", linkageName: "_ZN110_$LT$core..ops..range..RangeFrom$LT$usize$GT$$u20$as$u20$core..slice..index..SliceIndex$LT$$u5b$T$u5d$$GT$$GT$5index17h2f428c912668b341E", scope: !2940, file: !2920, line: 567, type: !2941, scopeLine: 567, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !185, retainedNodes: !2943)
!2940 = !DINamespace(name: "{impl#7}", scope: !2922)
!2941 = !DISubroutineType(types: !2942)
!2942 = !{!1655, !2926, !1655, !1121}
!2943 = !{!2944, !2938, !2945}
!2944 = !DILocalVariable(name: "self", scope: !2939, file: !2920, line: 567, type: !2926, align: 64)
!2945 = !DILocalVariable(name: "new_len", scope: !2946, file: !2920, line: 573, type: !9, align: 64)
!2946 = distinct !DILexicalBlock(scope: !2939, file: !2920, line: 573, column: 13)
!2947 = !DILocation(line: 0, scope: !2939, inlinedAt: !2948)
!2948 = !DILocation(line: 19, column: 15, scope: !2919, inlinedAt: !2937)
!2949 = !DILocalVariable(name: "ptr", arg: 1, scope: !2950, file: !2920, line: 83, type: !1655)
!2950 = distinct !DISubprogram(name: "get_offset_len_noubcheck<u8>", linkageName: "_ZN4core5slice5index24get_offset_len_noubcheck17h67fb94a822569a2bE", scope: !2922, file: !2920, line: 82, type: !2951, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !185, retainedNodes: !2953)
!2951 = !DISubroutineType(types: !2952)
!2952 = !{!924, !924, !9, !9}
!2953 = !{!2949, !2954, !2955}
!2954 = !DILocalVariable(name: "offset", arg: 2, scope: !2950, file: !2920, line: 84, type: !9)
!2955 = !DILocalVariable(name: "len", arg: 3, scope: !2950, file: !2920, line: 85, type: !9)
!2956 = !DILocation(line: 0, scope: !2950, inlinedAt: !2957)
!2957 = !DILocation(line: 574, column: 15, scope: !2946, inlinedAt: !2948)
!2958 = !DILocalVariable(name: "other", scope: !2959, file: !2960, line: 230, type: !2964, align: 64)
!2959 = distinct !DISubprogram(name: "eq", linkageName: "_RNvXsj_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_9ErrorKindNtNtCsgEmfK2I1SDS_4core3cmp9PartialEq2eq", scope: !2961, file: !2960, line: 230, type: !2962, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !2965)
!2960 = !DIFile(filename: "library/std/src/io/error.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9c3d4b81a3b892756a4ccd809fd4fbd7")
!2961 = !DINamespace(name: "{impl#21}", scope: !446)
!2962 = !DISubroutineType(types: !2963)
!2963 = !{!758, !2964, !2964}
!2964 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::ErrorKind", baseType: !476, size: 64, align: 64, dwarfAddressSpace: 0)
!2965 = !{!2966, !2958, !2958, !2958}
!2966 = !DILocalVariable(name: "self", arg: 1, scope: !2959, file: !2960, line: 230, type: !2964)
!2967 = !DILocation(line: 0, scope: !2959, inlinedAt: !2968)
!2968 = !DILocation(line: 1020, column: 44, scope: !2969, inlinedAt: !2984)
!2969 = distinct !DILexicalBlock(scope: !2970, file: !2960, line: 1020, column: 13)
!2970 = distinct !DISubprogram(name: "is_interrupted", linkageName: "_RNvMs5_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_5Error14is_interrupted", scope: !445, file: !2960, line: 1015, type: !2971, scopeLine: 1015, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !2973, retainedNodes: !2974)
!2971 = !DISubroutineType(types: !2972)
!2972 = !{!758, !2910}
!2973 = !DISubprogram(name: "is_interrupted", linkageName: "_RNvMs5_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_5Error14is_interrupted", scope: !445, file: !2960, line: 1015, type: !2971, scopeLine: 1015, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!2974 = !{!2975, !2976, !2978, !2981, !2983}
!2975 = !DILocalVariable(name: "self", arg: 1, scope: !2970, file: !2960, line: 1015, type: !2910)
!2976 = !DILocalVariable(name: "code", scope: !2977, file: !2960, line: 1017, type: !469, align: 32)
!2977 = distinct !DILexicalBlock(scope: !2970, file: !2960, line: 1017, column: 13)
!2978 = !DILocalVariable(name: "c", scope: !2979, file: !2960, line: 1018, type: !2980, align: 64)
!2979 = distinct !DILexicalBlock(scope: !2970, file: !2960, line: 1018, column: 13)
!2980 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::Custom", baseType: !473, size: 64, align: 64, dwarfAddressSpace: 0)
!2981 = !DILocalVariable(name: "kind", scope: !2982, file: !2960, line: 1019, type: !476, align: 8)
!2982 = distinct !DILexicalBlock(scope: !2970, file: !2960, line: 1019, column: 13)
!2983 = !DILocalVariable(name: "m", scope: !2969, file: !2960, line: 1020, type: !539, align: 64)
!2984 = !DILocation(line: 1882, column: 33, scope: !2898)
!2985 = !DILocation(line: 0, scope: !2959, inlinedAt: !2986)
!2986 = !DILocation(line: 1019, column: 40, scope: !2982, inlinedAt: !2984)
!2987 = !DILocation(line: 0, scope: !2959, inlinedAt: !2988)
!2988 = !DILocation(line: 1018, column: 37, scope: !2979, inlinedAt: !2984)
!2989 = !DILocation(line: 1876, column: 16, scope: !2898)
!2990 = !DILocation(line: 1877, column: 19, scope: !2898)
!2991 = !DILocation(line: 1877, column: 24, scope: !2898)
!2992 = !DILocation(line: 1877, column: 13, scope: !2898)
!2993 = !DILocation(line: 1887, column: 6, scope: !2898)
!2994 = !DILocation(line: 1015, column: 34, scope: !2970, inlinedAt: !2984)
!2995 = !DILocalVariable(name: "self", arg: 1, scope: !2996, file: !2997, line: 208, type: !3023)
!2996 = distinct !DISubprogram(name: "data", linkageName: "_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4Repr4data", scope: !450, file: !2997, line: 208, type: !2998, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !3024, retainedNodes: !3025)
!2997 = !DIFile(filename: "library/std/src/io/error/repr_bitpacked.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5eb8b63e91ae5a0b67b803836fec054a")
!2998 = !DISubroutineType(types: !2999)
!2999 = !{!3000, !3023}
!3000 = !DICompositeType(tag: DW_TAG_structure_type, name: "ErrorData<&std::io::error::Custom>", scope: !446, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3001, templateParams: !23, identifier: "277c88d3e7baa229ff6065bf48b7e283")
!3001 = !{!3002}
!3002 = !DICompositeType(tag: DW_TAG_variant_part, scope: !3000, file: !2, size: 128, align: 64, elements: !3003, templateParams: !23, identifier: "3e32f2b759e09e4333544b92a07c3363", discriminator: !3022)
!3003 = !{!3004, !3010, !3014, !3018}
!3004 = !DIDerivedType(tag: DW_TAG_member, name: "Os", scope: !3002, file: !2, baseType: !3005, size: 128, align: 64, extraData: i8 0)
!3005 = !DICompositeType(tag: DW_TAG_structure_type, name: "Os", scope: !3000, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3006, templateParams: !3008, identifier: "f61428c58223401e5d97fc9531768ecb")
!3006 = !{!3007}
!3007 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3005, file: !2, baseType: !469, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!3008 = !{!3009}
!3009 = !DITemplateTypeParameter(name: "C", type: !2980)
!3010 = !DIDerivedType(tag: DW_TAG_member, name: "Simple", scope: !3002, file: !2, baseType: !3011, size: 128, align: 64, extraData: i8 1)
!3011 = !DICompositeType(tag: DW_TAG_structure_type, name: "Simple", scope: !3000, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3012, templateParams: !3008, identifier: "f2caf68640a319501c7cd8f18ad063f3")
!3012 = !{!3013}
!3013 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3011, file: !2, baseType: !476, size: 8, align: 8, offset: 8, flags: DIFlagPrivate)
!3014 = !DIDerivedType(tag: DW_TAG_member, name: "SimpleMessage", scope: !3002, file: !2, baseType: !3015, size: 128, align: 64, extraData: i8 2)
!3015 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !3000, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3016, templateParams: !3008, identifier: "a266d167b649a4c727507600a70d8599")
!3016 = !{!3017}
!3017 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3015, file: !2, baseType: !539, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3018 = !DIDerivedType(tag: DW_TAG_member, name: "Custom", scope: !3002, file: !2, baseType: !3019, size: 128, align: 64, extraData: i8 3)
!3019 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !3000, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3020, templateParams: !3008, identifier: "76948b0ce04cbb76d3b5277e397e915f")
!3020 = !{!3021}
!3021 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3019, file: !2, baseType: !2980, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3022 = !DIDerivedType(tag: DW_TAG_member, scope: !3000, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagArtificial)
!3023 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::repr_bitpacked::Repr", baseType: !450, size: 64, align: 64, dwarfAddressSpace: 0)
!3024 = !DISubprogram(name: "data", linkageName: "_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4Repr4data", scope: !450, file: !2997, line: 208, type: !2998, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!3025 = !{!2995}
!3026 = !DILocation(line: 208, column: 24, scope: !2996, inlinedAt: !3027)
!3027 = !DILocation(line: 1016, column: 25, scope: !2970, inlinedAt: !2984)
!3028 = !DILocalVariable(name: "ptr", arg: 1, scope: !3029, file: !2997, line: 244, type: !454)
!3029 = distinct !DISubprogram(name: "decode_repr<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>", linkageName: "_ZN3std2io5error14repr_bitpacked11decode_repr17hee14cb4851d0aa69E", scope: !451, file: !2997, line: 244, type: !3030, scopeLine: 244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3048, retainedNodes: !3035)
!3030 = !DISubroutineType(types: !3031)
!3031 = !{!3000, !454, !3032}
!3032 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !3033, file: !2, align: 8, elements: !23, identifier: "577d1678fe72d2523d69cdff0c09ddb4")
!3033 = !DINamespace(name: "data", scope: !3034)
!3034 = !DINamespace(name: "{impl#2}", scope: !451)
!3035 = !{!3028, !3036, !3037, !3039, !3041, !3043, !3045}
!3036 = !DILocalVariable(name: "make_custom", arg: 2, scope: !3029, file: !2997, line: 244, type: !3032)
!3037 = !DILocalVariable(name: "bits", scope: !3038, file: !2997, line: 248, type: !9, align: 64)
!3038 = distinct !DILexicalBlock(scope: !3029, file: !2997, line: 248, column: 5)
!3039 = !DILocalVariable(name: "code", scope: !3040, file: !2997, line: 251, type: !469, align: 32)
!3040 = distinct !DILexicalBlock(scope: !3038, file: !2997, line: 251, column: 13)
!3041 = !DILocalVariable(name: "kind_bits", scope: !3042, file: !2997, line: 255, type: !339, align: 32)
!3042 = distinct !DILexicalBlock(scope: !3038, file: !2997, line: 255, column: 13)
!3043 = !DILocalVariable(name: "kind", scope: !3044, file: !2997, line: 256, type: !476, align: 8)
!3044 = distinct !DILexicalBlock(scope: !3042, file: !2997, line: 256, column: 13)
!3045 = !DILocalVariable(name: "custom", scope: !3046, file: !2997, line: 276, type: !3047, align: 64)
!3046 = distinct !DILexicalBlock(scope: !3038, file: !2997, line: 276, column: 13)
!3047 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::Custom", baseType: !473, size: 64, align: 64, dwarfAddressSpace: 0)
!3048 = !{!3009, !3049}
!3049 = !DITemplateTypeParameter(name: "F", type: !3032)
!3050 = !DILocation(line: 0, scope: !3029, inlinedAt: !3051)
!3051 = distinct !DILocation(line: 210, column: 18, scope: !2996, inlinedAt: !3027)
!3052 = !DILocation(line: 244, column: 47, scope: !3029, inlinedAt: !3051)
!3053 = !DILocalVariable(name: "count", scope: !3054, file: !3055, line: 1244, type: !9, align: 64)
!3054 = distinct !DISubprogram(name: "wrapping_byte_sub<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$17wrapping_byte_sub17h21ab709e89bb9d27E", scope: !3056, file: !3055, line: 1244, type: !3058, scopeLine: 1244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !3061)
!3055 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!3056 = !DINamespace(name: "{impl#0}", scope: !3057)
!3057 = !DINamespace(name: "mut_ptr", scope: !68)
!3058 = !DISubroutineType(types: !3059)
!3059 = !{!3060, !3060, !9}
!3060 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!3061 = !{!3062, !3053}
!3062 = !DILocalVariable(name: "self", arg: 1, scope: !3054, file: !3055, line: 1244, type: !3060)
!3063 = !DILocation(line: 0, scope: !3054, inlinedAt: !3064)
!3064 = distinct !DILocation(line: 276, column: 39, scope: !3038, inlinedAt: !3051)
!3065 = !DILocalVariable(name: "count", scope: !3066, file: !3055, line: 1224, type: !9, align: 64)
!3066 = distinct !DISubprogram(name: "wrapping_sub<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$12wrapping_sub17h0f845f515e74052cE", scope: !3056, file: !3055, line: 1224, type: !3067, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !185, retainedNodes: !3069)
!3067 = !DISubroutineType(types: !3068)
!3068 = !{!908, !908, !9}
!3069 = !{!3070, !3065}
!3070 = !DILocalVariable(name: "self", arg: 1, scope: !3066, file: !3055, line: 1224, type: !908)
!3071 = !DILocation(line: 0, scope: !3066, inlinedAt: !3072)
!3072 = distinct !DILocation(line: 1245, column: 27, scope: !3054, inlinedAt: !3064)
!3073 = !DILocalVariable(name: "count", scope: !3074, file: !3055, line: 465, type: !3077, align: 64)
!3074 = distinct !DISubprogram(name: "wrapping_offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$15wrapping_offset17hbc8643bc820ff6e7E", scope: !3056, file: !3055, line: 465, type: !3075, scopeLine: 465, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !185, retainedNodes: !3078)
!3075 = !DISubroutineType(types: !3076)
!3076 = !{!908, !908, !3077}
!3077 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!3078 = !{!3079, !3073}
!3079 = !DILocalVariable(name: "self", arg: 1, scope: !3074, file: !3055, line: 465, type: !908)
!3080 = !DILocation(line: 0, scope: !3074, inlinedAt: !3081)
!3081 = distinct !DILocation(line: 1228, column: 14, scope: !3066, inlinedAt: !3072)
!3082 = !DILocation(line: 0, scope: !3038, inlinedAt: !3051)
!3083 = !DILocation(line: 249, column: 11, scope: !3038, inlinedAt: !3051)
!3084 = !DILocation(line: 249, column: 5, scope: !3038, inlinedAt: !3051)
!3085 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!3086 = !DILocation(line: 0, scope: !2907)
!3087 = !DILocation(line: 568, column: 12, scope: !2939, inlinedAt: !2948)
!3088 = !DILocation(line: 1884, column: 13, scope: !2898)
!3089 = !DILocation(line: 569, column: 13, scope: !2939, inlinedAt: !2948)
!3090 = !DILocation(line: 573, column: 27, scope: !2939, inlinedAt: !2948)
!3091 = !DILocation(line: 0, scope: !2946, inlinedAt: !2948)
!3092 = !DILocation(line: 89, column: 24, scope: !2950, inlinedAt: !2957)
!3093 = !DILocation(line: 0, scope: !2977, inlinedAt: !2984)
!3094 = !DILocalVariable(name: "errno", arg: 1, scope: !3095, file: !3096, line: 97, type: !469)
!3095 = distinct !DISubprogram(name: "is_interrupted", linkageName: "_RNvNtNtNtNtCsjrHSEGnQ3l9_3std3sys2io5error4unix14is_interrupted", scope: !3097, file: !3096, line: 97, type: !3100, scopeLine: 97, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !3102)
!3096 = !DIFile(filename: "library/std/src/sys/io/error/unix.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "625484a698dede5adf6f1dae3c0d32f9")
!3097 = !DINamespace(name: "unix", scope: !3098)
!3098 = !DINamespace(name: "error", scope: !3099)
!3099 = !DINamespace(name: "io", scope: !330)
!3100 = !DISubroutineType(types: !3101)
!3101 = !{!758, !469}
!3102 = !{!3094}
!3103 = !DILocation(line: 0, scope: !3095, inlinedAt: !3104)
!3104 = !DILocation(line: 1017, column: 36, scope: !2977, inlinedAt: !2984)
!3105 = !DILocation(line: 98, column: 5, scope: !3095, inlinedAt: !3104)
!3106 = !DILocation(line: 1882, column: 31, scope: !2898)
!3107 = !DILocation(line: 0, scope: !2969, inlinedAt: !2984)
!3108 = !DILocation(line: 230, column: 45, scope: !2959, inlinedAt: !2968)
!3109 = !{i8 0, i8 42}
!3110 = !DILocation(line: 0, scope: !2979, inlinedAt: !2984)
!3111 = !DILocation(line: 230, column: 45, scope: !2959, inlinedAt: !2988)
!3112 = !DILocation(line: 0, scope: !3042, inlinedAt: !3051)
!3113 = !DILocalVariable(name: "self", arg: 1, scope: !3114, file: !1117, line: 1061, type: !3115)
!3114 = distinct !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h065d151367772f4eE", scope: !3115, file: !1117, line: 1061, type: !3128, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3136, declaration: !3135, retainedNodes: !3138)
!3115 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::io::error::ErrorKind>", scope: !116, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3116, templateParams: !23, identifier: "32f0eafa52a75ad7b39ccbe26c83bfd")
!3116 = !{!3117}
!3117 = !DICompositeType(tag: DW_TAG_variant_part, scope: !3115, file: !2, size: 8, align: 8, elements: !3118, templateParams: !23, identifier: "48d4313e1e34c18418248c5ac945a0be", discriminator: !3127)
!3118 = !{!3119, !3123}
!3119 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !3117, file: !2, baseType: !3120, size: 8, align: 8, extraData: i8 42)
!3120 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !3115, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3121, identifier: "f566ecd97eb19b615cc32afb87464438")
!3121 = !{!3122}
!3122 = !DITemplateTypeParameter(name: "T", type: !476)
!3123 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !3117, file: !2, baseType: !3124, size: 8, align: 8)
!3124 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !3115, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3125, templateParams: !3121, identifier: "1fe3be376d27ab25b5e5345dffe629f7")
!3125 = !{!3126}
!3126 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3124, file: !2, baseType: !476, size: 8, align: 8, flags: DIFlagPublic)
!3127 = !DIDerivedType(tag: DW_TAG_member, scope: !3115, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagArtificial)
!3128 = !DISubroutineType(types: !3129)
!3129 = !{!476, !3115, !3130, !1121}
!3130 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>", scope: !3131, file: !2, size: 64, align: 64, elements: !3132, templateParams: !23, identifier: "91190dbf1855562ed48899a75345b674")
!3131 = !DINamespace(name: "decode_repr", scope: !451)
!3132 = !{!3133}
!3133 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__bits", scope: !3130, file: !2, baseType: !3134, size: 64, align: 64)
!3134 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!3135 = !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h065d151367772f4eE", scope: !3115, file: !1117, line: 1061, type: !3128, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3136)
!3136 = !{!3122, !3137}
!3137 = !DITemplateTypeParameter(name: "F", type: !3130)
!3138 = !{!3113, !3139, !3140}
!3139 = !DILocalVariable(name: "f", scope: !3114, file: !1117, line: 1061, type: !3130, align: 64)
!3140 = !DILocalVariable(name: "x", scope: !3141, file: !1117, line: 1066, type: !476, align: 8)
!3141 = distinct !DILexicalBlock(scope: !3114, file: !1117, line: 1066, column: 13)
!3142 = !DILocation(line: 0, scope: !3114, inlinedAt: !3143)
!3143 = distinct !DILocation(line: 256, column: 50, scope: !3042, inlinedAt: !3051)
!3144 = !DILocation(line: 1061, column: 42, scope: !3114, inlinedAt: !3143)
!3145 = !DILocation(line: 1065, column: 15, scope: !3114, inlinedAt: !3143)
!3146 = !DILocation(line: 1065, column: 9, scope: !3114, inlinedAt: !3143)
!3147 = !DILocation(line: 0, scope: !2982, inlinedAt: !2984)
!3148 = !DILocation(line: 230, column: 45, scope: !2959, inlinedAt: !2986)
!3149 = distinct !DISubprogram(name: "lang_start<()>", linkageName: "_ZN3std2rt10lang_start17h46e9c78990faf37bE", scope: !16, file: !3150, line: 199, type: !3151, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !3154)
!3150 = !DIFile(filename: "library/std/src/rt.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "83eadca7bec2ebce94abb46f51902baa")
!3151 = !DISubroutineType(types: !3152)
!3152 = !{!3077, !20, !3077, !3153, !184}
!3153 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const *const u8", baseType: !183, size: 64, align: 64, dwarfAddressSpace: 0)
!3154 = !{!3155, !3156, !3157, !3158}
!3155 = !DILocalVariable(name: "main", arg: 1, scope: !3149, file: !3150, line: 200, type: !20)
!3156 = !DILocalVariable(name: "argc", arg: 2, scope: !3149, file: !3150, line: 201, type: !3077)
!3157 = !DILocalVariable(name: "argv", arg: 3, scope: !3149, file: !3150, line: 202, type: !3153)
!3158 = !DILocalVariable(name: "sigpipe", arg: 4, scope: !3149, file: !3150, line: 203, type: !184)
!3159 = !DILocation(line: 0, scope: !3149)
!3160 = !DILocation(line: 206, column: 10, scope: !3149)
!3161 = !DILocation(line: 205, column: 5, scope: !3149)
!3162 = !DILocation(line: 210, column: 5, scope: !3149)
!3163 = !DILocation(line: 211, column: 2, scope: !3149)
!3164 = distinct !DISubprogram(name: "{closure#0}<()>", linkageName: "_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5717043c7ba856bbE", scope: !15, file: !3150, line: 206, type: !3165, scopeLine: 206, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !3168)
!3165 = !DISubroutineType(types: !3166)
!3166 = !{!469, !3167}
!3167 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::rt::lang_start::{closure_env#0}<()>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!3168 = !{!3169}
!3169 = !DILocalVariable(name: "main", scope: !3164, file: !3150, line: 200, type: !20, align: 64)
!3170 = !DILocation(line: 0, scope: !3164)
!3171 = !DILocation(line: 206, column: 70, scope: !3164)
!3172 = !DILocation(line: 206, column: 18, scope: !3164)
!3173 = !DILocation(line: 206, column: 93, scope: !3164)
!3174 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<fn(), ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h37c2d1ad10a9ae1aE", scope: !3176, file: !3175, line: 162, type: !3177, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3183, retainedNodes: !3179)
!3175 = !DIFile(filename: "library/std/src/sys/backtrace.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0469076862be40bd9e65965440a24fae")
!3176 = !DINamespace(name: "backtrace", scope: !330)
!3177 = !DISubroutineType(types: !3178)
!3178 = !{null, !20}
!3179 = !{!3180, !3181}
!3180 = !DILocalVariable(name: "f", arg: 1, scope: !3174, file: !3175, line: 162, type: !20)
!3181 = !DILocalVariable(name: "result", scope: !3182, file: !3175, line: 166, type: !7, align: 8)
!3182 = distinct !DILexicalBlock(scope: !3174, file: !3175, line: 166, column: 5)
!3183 = !{!3184, !390}
!3184 = !DITemplateTypeParameter(name: "F", type: !20)
!3185 = !DILocation(line: 166, column: 9, scope: !3182)
!3186 = !DILocation(line: 0, scope: !3174)
!3187 = !DILocalVariable(name: "dummy", scope: !3188, file: !3189, line: 490, type: !7, align: 8)
!3188 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h2535692124c10ca8E", scope: !3190, file: !3189, line: 490, type: !3191, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !3193)
!3189 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!3190 = !DINamespace(name: "hint", scope: !44)
!3191 = !DISubroutineType(types: !3192)
!3192 = !{null, !7}
!3193 = !{!3187}
!3194 = !DILocation(line: 490, column: 27, scope: !3188, inlinedAt: !3195)
!3195 = !DILocation(line: 169, column: 5, scope: !3182)
!3196 = !DILocalVariable(arg: 1, scope: !3197, file: !3198, line: 250, type: !20)
!3197 = distinct !DISubprogram(name: "call_once<fn(), ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17he8f1ffb5899a779cE", scope: !3199, file: !3198, line: 250, type: !3177, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3203, retainedNodes: !3201)
!3198 = !DIFile(filename: "library/core/src/ops/function.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7165aec212fc528edf645f7f5c1c91bb")
!3199 = !DINamespace(name: "FnOnce", scope: !3200)
!3200 = !DINamespace(name: "function", scope: !2192)
!3201 = !{!3196, !3202}
!3202 = !DILocalVariable(arg: 2, scope: !3197, file: !3198, line: 250, type: !7)
!3203 = !{!3204, !3205}
!3204 = !DITemplateTypeParameter(name: "Self", type: !20)
!3205 = !DITemplateTypeParameter(name: "Args", type: !7)
!3206 = !DILocation(line: 0, scope: !3197, inlinedAt: !3207)
!3207 = distinct !DILocation(line: 166, column: 18, scope: !3174)
!3208 = !DILocation(line: 250, column: 5, scope: !3197, inlinedAt: !3207)
!3209 = !DILocation(line: 491, column: 5, scope: !3188, inlinedAt: !3195)
!3210 = !{i64 20712114717562220}
!3211 = !DILocation(line: 172, column: 2, scope: !3174)
!3212 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h817caf6ba366739fE", scope: !3176, file: !3175, line: 162, type: !3213, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !3215)
!3213 = !DISubroutineType(types: !3214)
!3214 = !{null, !56}
!3215 = !{!3216, !3217}
!3216 = !DILocalVariable(name: "f", arg: 1, scope: !3212, file: !3175, line: 162, type: !56)
!3217 = !DILocalVariable(name: "result", scope: !3218, file: !3175, line: 166, type: !7, align: 8)
!3218 = distinct !DILexicalBlock(scope: !3212, file: !3175, line: 166, column: 5)
!3219 = !DILocation(line: 166, column: 9, scope: !3218)
!3220 = !DILocation(line: 0, scope: !3212)
!3221 = !DILocalVariable(name: "dummy", scope: !3222, file: !3189, line: 490, type: !7, align: 8)
!3222 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h2535692124c10ca8E", scope: !3190, file: !3189, line: 490, type: !3191, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !3223)
!3223 = !{!3221}
!3224 = !DILocation(line: 490, column: 27, scope: !3222, inlinedAt: !3225)
!3225 = !DILocation(line: 169, column: 5, scope: !3218)
!3226 = !DILocalVariable(name: "shared_atomic_clone", scope: !3227, file: !690, line: 52, type: !61, align: 64)
!3227 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN17unsafecell_atomic4main28_$u7b$$u7b$closure$u7d$$u7d$17hab695e333cf377ddE", scope: !57, file: !690, line: 53, type: !3213, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !3228)
!3228 = !{!3226}
!3229 = !DILocation(line: 52, column: 9, scope: !3227, inlinedAt: !3230)
!3230 = distinct !DILocation(line: 166, column: 18, scope: !3212)
!3231 = !DILocalVariable(name: "self", arg: 1, scope: !3232, file: !837, line: 2421, type: !863)
!3232 = distinct !DISubprogram(name: "deref<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h419e1041b4fed55aE", scope: !2081, file: !837, line: 2421, type: !3233, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !101, retainedNodes: !3235)
!3233 = !DISubroutineType(types: !3234)
!3234 = !{!2867, !863}
!3235 = !{!3231}
!3236 = !DILocation(line: 2421, column: 14, scope: !3232, inlinedAt: !3237)
!3237 = distinct !DILocation(line: 53, column: 57, scope: !3227, inlinedAt: !3230)
!3238 = !DILocation(line: 2422, column: 9, scope: !3232, inlinedAt: !3237)
!3239 = !DILocation(line: 53, column: 50, scope: !3227, inlinedAt: !3230)
!3240 = !DILocation(line: 0, scope: !2338, inlinedAt: !3241)
!3241 = distinct !DILocation(line: 53, column: 77, scope: !3227, inlinedAt: !3230)
!3242 = !DILocation(line: 0, scope: !2346, inlinedAt: !3243)
!3243 = distinct !DILocation(line: 805, column: 1, scope: !2338, inlinedAt: !3241)
!3244 = !DILocation(line: 0, scope: !2356, inlinedAt: !3245)
!3245 = distinct !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !3243)
!3246 = !DILocation(line: 0, scope: !2364, inlinedAt: !3247)
!3247 = distinct !DILocation(line: 2811, column: 32, scope: !2356, inlinedAt: !3245)
!3248 = !DILocation(line: 0, scope: !2371, inlinedAt: !3249)
!3249 = distinct !DILocation(line: 3167, column: 26, scope: !2364, inlinedAt: !3247)
!3250 = !DILocation(line: 3165, column: 30, scope: !2364, inlinedAt: !3247)
!3251 = !DILocation(line: 3942, column: 24, scope: !2371, inlinedAt: !3249)
!3252 = !{!3253, !3255, !3257}
!3253 = distinct !{!3253, !3254, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E: %self"}
!3254 = distinct !{!3254, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E"}
!3255 = distinct !{!3255, !3256, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E: %_1"}
!3256 = distinct !{!3256, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E"}
!3257 = distinct !{!3257, !3258, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE: %_1"}
!3258 = distinct !{!3258, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE"}
!3259 = !DILocation(line: 2811, column: 12, scope: !2356, inlinedAt: !3245)
!3260 = !DILocation(line: 0, scope: !1991, inlinedAt: !3261)
!3261 = distinct !DILocation(line: 64, column: 9, scope: !2356, inlinedAt: !3245)
!3262 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !3261)
!3263 = !DILocation(line: 2854, column: 18, scope: !2356, inlinedAt: !3245)
!3264 = !DILocation(line: 53, column: 78, scope: !3227, inlinedAt: !3230)
!3265 = !DILocation(line: 491, column: 5, scope: !3222, inlinedAt: !3225)
!3266 = !DILocation(line: 172, column: 2, scope: !3212)
!3267 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure#0}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>, ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17hfc24cc11b168000aE", scope: !3176, file: !3175, line: 162, type: !3268, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3279, retainedNodes: !3275)
!3268 = !DISubroutineType(types: !3269)
!3269 = !{null, !3270}
!3270 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>", scope: !3271, file: !2, size: 256, align: 64, elements: !3273, templateParams: !23, identifier: "6f864f0d6c58701ee43b88db6ce27d91")
!3271 = !DINamespace(name: "{closure#0}", scope: !3272)
!3272 = !DINamespace(name: "{closure#1}", scope: !33)
!3273 = !{!3274}
!3274 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !3270, file: !2, baseType: !108, size: 256, align: 64)
!3275 = !{!3276, !3277}
!3276 = !DILocalVariable(name: "f", arg: 1, scope: !3267, file: !3175, line: 162, type: !3270)
!3277 = !DILocalVariable(name: "result", scope: !3278, file: !3175, line: 166, type: !7, align: 8)
!3278 = distinct !DILexicalBlock(scope: !3267, file: !3175, line: 166, column: 5)
!3279 = !{!3280, !390}
!3280 = !DITemplateTypeParameter(name: "F", type: !3270)
!3281 = !DILocation(line: 166, column: 9, scope: !3278)
!3282 = !DILocation(line: 162, column: 43, scope: !3267)
!3283 = !DILocalVariable(name: "dummy", scope: !3284, file: !3189, line: 490, type: !7, align: 8)
!3284 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h2535692124c10ca8E", scope: !3190, file: !3189, line: 490, type: !3191, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !3285)
!3285 = !{!3283}
!3286 = !DILocation(line: 490, column: 27, scope: !3284, inlinedAt: !3287)
!3287 = !DILocation(line: 169, column: 5, scope: !3278)
!3288 = !DILocalVariable(name: "hooks", scope: !3289, file: !1049, line: 50, type: !108, align: 64)
!3289 = distinct !DISubprogram(name: "{closure#0}<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h85718dff7aab22fbE", scope: !3271, file: !1049, line: 90, type: !3268, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !3290)
!3290 = !{!3288}
!3291 = !DILocation(line: 50, column: 9, scope: !3289, inlinedAt: !3292)
!3292 = distinct !DILocation(line: 166, column: 18, scope: !3267)
!3293 = !DILocation(line: 90, column: 68, scope: !3289, inlinedAt: !3292)
!3294 = !{!3295}
!3295 = distinct !{!3295, !3296, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h85718dff7aab22fbE: %_1"}
!3296 = distinct !{!3296, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h85718dff7aab22fbE"}
!3297 = !DILocation(line: 90, column: 74, scope: !3289, inlinedAt: !3292)
!3298 = !DILocation(line: 90, column: 78, scope: !3289, inlinedAt: !3292)
!3299 = !DILocation(line: 491, column: 5, scope: !3284, inlinedAt: !3287)
!3300 = !DILocation(line: 172, column: 2, scope: !3267)
!3301 = distinct !DISubprogram(name: "call_once<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5ea2cfebfda75f06E", scope: !3199, file: !3198, line: 250, type: !3302, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3307, retainedNodes: !3304)
!3302 = !DISubroutineType(types: !3303)
!3303 = !{null, !1095}
!3304 = !{!3305, !3306}
!3305 = !DILocalVariable(arg: 1, scope: !3301, file: !3198, line: 250, type: !1095)
!3306 = !DILocalVariable(arg: 2, scope: !3301, file: !3198, line: 250, type: !7)
!3307 = !{!3308, !3205}
!3308 = !DITemplateTypeParameter(name: "Self", type: !32)
!3309 = !DILocalVariable(name: "data", scope: !3310, file: !3311, line: 531, type: !3333, align: 64)
!3310 = distinct !DILexicalBlock(scope: !3312, file: !3311, line: 531, column: 5)
!3311 = !DIFile(filename: "library/std/src/panicking.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0ac2307e599d52afa9e15b3337980dce")
!3312 = distinct !DISubprogram(name: "catch_unwind<(), core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", linkageName: "_ZN3std9panicking12catch_unwind17hf976d6baf9920a48E", scope: !3313, file: !3311, line: 500, type: !3314, scopeLine: 500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3330, retainedNodes: !3326)
!3313 = !DINamespace(name: "panicking", scope: !17)
!3314 = !DISubroutineType(types: !3315)
!3315 = !{!380, !3316}
!3316 = !DICompositeType(tag: DW_TAG_structure_type, name: "AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", scope: !3317, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !3318, templateParams: !3324, identifier: "9ef8dcb26299ce0ffe2a3e110f810b45")
!3317 = !DINamespace(name: "unwind_safe", scope: !1124)
!3318 = !{!3319}
!3319 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3316, file: !2, baseType: !3320, size: 320, align: 64, flags: DIFlagPublic)
!3320 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>", scope: !3272, file: !2, size: 320, align: 64, elements: !3321, templateParams: !23, identifier: "4ac5c41b42f0647f630ac12962084e7d")
!3321 = !{!3322, !3323}
!3322 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !3320, file: !2, baseType: !108, size: 256, align: 64)
!3323 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !3320, file: !2, baseType: !56, size: 64, align: 64, offset: 256)
!3324 = !{!3325}
!3325 = !DITemplateTypeParameter(name: "T", type: !3320)
!3326 = !{!3327, !3309, !3328}
!3327 = !DILocalVariable(name: "f", arg: 1, scope: !3312, file: !3311, line: 500, type: !3316)
!3328 = !DILocalVariable(name: "data_ptr", scope: !3329, file: !3311, line: 533, type: !908, align: 64)
!3329 = distinct !DILexicalBlock(scope: !3310, file: !3311, line: 533, column: 5)
!3330 = !{!3331, !3332}
!3331 = !DITemplateTypeParameter(name: "R", type: !7)
!3332 = !DITemplateTypeParameter(name: "F", type: !3316)
!3333 = !DICompositeType(tag: DW_TAG_union_type, name: "Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>, ()>", scope: !3334, file: !2, size: 320, align: 64, elements: !3335, templateParams: !3367, identifier: "ca61f64c152c2eebd32c7c960a692b9d")
!3334 = !DINamespace(name: "catch_unwind", scope: !3313)
!3335 = !{!3336, !3347, !3356}
!3336 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !3333, file: !2, baseType: !3337, size: 320, align: 64)
!3337 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", scope: !49, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !3338, templateParams: !3345, identifier: "766e136e3dbe2717a739e856ce60ec0")
!3338 = !{!3339}
!3339 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3337, file: !2, baseType: !3340, size: 320, align: 64, flags: DIFlagPrivate)
!3340 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", scope: !53, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !3341, templateParams: !3343, identifier: "ad7df8c7a14fbb05f22daee9110c1121")
!3341 = !{!3342}
!3342 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3340, file: !2, baseType: !3316, size: 320, align: 64, flags: DIFlagPrivate)
!3343 = !{!3344}
!3344 = !DITemplateTypeParameter(name: "P", type: !3316)
!3345 = !{!3346}
!3346 = !DITemplateTypeParameter(name: "T", type: !3316)
!3347 = !DIDerivedType(tag: DW_TAG_member, name: "r", scope: !3333, file: !2, baseType: !3348, align: 8)
!3348 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<()>", scope: !49, file: !2, align: 8, flags: DIFlagPublic, elements: !3349, templateParams: !428, identifier: "3e63e7dd7f618c219da066e61e98fe53")
!3349 = !{!3350}
!3350 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3348, file: !2, baseType: !3351, align: 8, flags: DIFlagPrivate)
!3351 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<()>", scope: !53, file: !2, align: 8, flags: DIFlagPublic, elements: !3352, templateParams: !3354, identifier: "bac63eaffd1059d5a86ebd59ec3e9223")
!3352 = !{!3353}
!3353 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3351, file: !2, baseType: !7, align: 8, flags: DIFlagPrivate)
!3354 = !{!3355}
!3355 = !DITemplateTypeParameter(name: "P", type: !7)
!3356 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !3333, file: !2, baseType: !3357, size: 128, align: 64)
!3357 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !49, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3358, templateParams: !3365, identifier: "a2caa241518a3d6bf727ff2793e69225")
!3358 = !{!3359}
!3359 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3357, file: !2, baseType: !3360, size: 128, align: 64, flags: DIFlagPrivate)
!3360 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !53, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3361, templateParams: !3363, identifier: "d8c44cbad3f35b202e5ee99b06658d6a")
!3361 = !{!3362}
!3362 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3360, file: !2, baseType: !392, size: 128, align: 64, flags: DIFlagPrivate)
!3363 = !{!3364}
!3364 = !DITemplateTypeParameter(name: "P", type: !392)
!3365 = !{!3366}
!3366 = !DITemplateTypeParameter(name: "T", type: !392)
!3367 = !{!3332, !3331}
!3368 = !DILocation(line: 531, column: 9, scope: !3310, inlinedAt: !3369)
!3369 = distinct !DILocation(line: 359, column: 14, scope: !3370, inlinedAt: !3375)
!3370 = distinct !DISubprogram(name: "catch_unwind<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std5panic12catch_unwind17hec00fe1cdf59112aE", scope: !3372, file: !3371, line: 358, type: !3314, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3367, retainedNodes: !3373)
!3371 = !DIFile(filename: "library/std/src/panic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "eabcde3e1826d674cab677562404074c")
!3372 = !DINamespace(name: "panic", scope: !17)
!3373 = !{!3374}
!3374 = !DILocalVariable(name: "f", arg: 1, scope: !3370, file: !3371, line: 358, type: !3316)
!3375 = distinct !DILocation(line: 89, column: 26, scope: !3376, inlinedAt: !3387)
!3376 = distinct !DILexicalBlock(scope: !3377, file: !1049, line: 88, column: 9)
!3377 = distinct !DISubprogram(name: "{closure#1}<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h0319e7a73091dfc9E", scope: !33, file: !1049, line: 87, type: !3378, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !3380)
!3378 = !DISubroutineType(types: !3379)
!3379 = !{null, !32}
!3380 = !{!3381, !3382, !3383, !3384, !3385}
!3381 = !DILocalVariable(name: "f", scope: !3377, file: !1049, line: 83, type: !38, align: 64)
!3382 = !DILocalVariable(name: "hooks", scope: !3377, file: !1049, line: 50, type: !108, align: 64)
!3383 = !DILocalVariable(name: "their_packet", scope: !3377, file: !1049, line: 58, type: !214, align: 64)
!3384 = !DILocalVariable(name: "f", scope: !3376, file: !1049, line: 88, type: !56, align: 64)
!3385 = !DILocalVariable(name: "try_result", scope: !3386, file: !1049, line: 89, type: !380, align: 64)
!3386 = distinct !DILexicalBlock(scope: !3376, file: !1049, line: 89, column: 9)
!3387 = distinct !DILocation(line: 250, column: 5, scope: !3301)
!3388 = !DILocalVariable(name: "slot", arg: 1, scope: !3389, file: !3390, line: 227, type: !3393)
!3389 = distinct !DISubprogram(name: "take<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$4take17hc5ee4023e71f7bbcE", scope: !3337, file: !3390, line: 227, type: !3391, scopeLine: 227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3345, declaration: !3394, retainedNodes: !3395)
!3390 = !DIFile(filename: "library/core/src/mem/manually_drop.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f2d905afd131cce616527f096419d1e9")
!3391 = !DISubroutineType(types: !3392)
!3392 = !{!3316, !3393}
!3393 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::manually_drop::ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", baseType: !3337, size: 64, align: 64, dwarfAddressSpace: 0)
!3394 = !DISubprogram(name: "take<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$4take17hc5ee4023e71f7bbcE", scope: !3337, file: !3390, line: 227, type: !3391, scopeLine: 227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3345)
!3395 = !{!3388}
!3396 = !DILocation(line: 227, column: 30, scope: !3389, inlinedAt: !3397)
!3397 = distinct !DILocation(line: 580, column: 21, scope: !3398, inlinedAt: !3410)
!3398 = distinct !DILexicalBlock(scope: !3399, file: !3311, line: 579, column: 13)
!3399 = distinct !DILexicalBlock(scope: !3400, file: !3311, line: 578, column: 13)
!3400 = distinct !DISubprogram(name: "do_call<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind7do_call17h910b798f80621b3bE", scope: !3334, file: !3311, line: 575, type: !3401, scopeLine: 575, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3367, retainedNodes: !3403)
!3401 = !DISubroutineType(types: !3402)
!3402 = !{null, !908}
!3403 = !{!3404, !3405, !3407, !3408}
!3404 = !DILocalVariable(name: "data", arg: 1, scope: !3400, file: !3311, line: 575, type: !908)
!3405 = !DILocalVariable(name: "data", scope: !3399, file: !3311, line: 578, type: !3406, align: 64)
!3406 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::panicking::catch_unwind::Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>, ()>", baseType: !3333, size: 64, align: 64, dwarfAddressSpace: 0)
!3407 = !DILocalVariable(name: "data", scope: !3398, file: !3311, line: 579, type: !3406, align: 64)
!3408 = !DILocalVariable(name: "f", scope: !3409, file: !3311, line: 580, type: !3316, align: 64)
!3409 = distinct !DILexicalBlock(scope: !3398, file: !3311, line: 580, column: 13)
!3410 = distinct !DILocation(line: 544, column: 19, scope: !3329, inlinedAt: !3369)
!3411 = !DILocation(line: 0, scope: !3398, inlinedAt: !3410)
!3412 = !DILocation(line: 0, scope: !3399, inlinedAt: !3410)
!3413 = !DILocation(line: 0, scope: !3400, inlinedAt: !3410)
!3414 = !DILocalVariable(name: "data", scope: !3415, file: !3311, line: 606, type: !3406, align: 64)
!3415 = distinct !DILexicalBlock(scope: !3416, file: !3311, line: 606, column: 13)
!3416 = distinct !DILexicalBlock(scope: !3417, file: !3311, line: 605, column: 13)
!3417 = distinct !DISubprogram(name: "do_catch<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind8do_catch17h287fa6147fbfe9f7E", scope: !3334, file: !3311, line: 598, type: !3418, scopeLine: 598, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3367, retainedNodes: !3420)
!3418 = !DISubroutineType(types: !3419)
!3419 = !{null, !908, !908}
!3420 = !{!3421, !3422, !3423, !3414, !3424}
!3421 = !DILocalVariable(name: "data", arg: 1, scope: !3417, file: !3311, line: 598, type: !908)
!3422 = !DILocalVariable(name: "payload", arg: 2, scope: !3417, file: !3311, line: 598, type: !908)
!3423 = !DILocalVariable(name: "data", scope: !3416, file: !3311, line: 605, type: !3406, align: 64)
!3424 = !DILocalVariable(name: "obj", scope: !3425, file: !3311, line: 607, type: !392, align: 64)
!3425 = distinct !DILexicalBlock(scope: !3415, file: !3311, line: 607, column: 13)
!3426 = !DILocation(line: 0, scope: !3415, inlinedAt: !3427)
!3427 = distinct !DILocation(line: 544, column: 19, scope: !3329, inlinedAt: !3369)
!3428 = !DILocation(line: 0, scope: !3416, inlinedAt: !3427)
!3429 = !DILocation(line: 0, scope: !3417, inlinedAt: !3427)
!3430 = !DILocation(line: 0, scope: !3329, inlinedAt: !3369)
!3431 = !DILocation(line: 0, scope: !3301)
!3432 = !DILocation(line: 250, column: 5, scope: !3301)
!3433 = !{!3434}
!3434 = distinct !{!3434, !3435, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h0319e7a73091dfc9E: %_1"}
!3435 = distinct !{!3435, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h0319e7a73091dfc9E"}
!3436 = !DILocation(line: 358, column: 55, scope: !3370, inlinedAt: !3375)
!3437 = !DILocation(line: 500, column: 49, scope: !3312, inlinedAt: !3369)
!3438 = !DILocation(line: 83, column: 9, scope: !3377, inlinedAt: !3387)
!3439 = !DILocation(line: 50, column: 9, scope: !3377, inlinedAt: !3387)
!3440 = !DILocation(line: 58, column: 9, scope: !3377, inlinedAt: !3387)
!3441 = !DILocalVariable(name: "_x", arg: 1, scope: !3442, file: !2673, line: 971, type: !214)
!3442 = distinct !DISubprogram(name: "drop<alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>>", linkageName: "_ZN4core3mem4drop17h99138d42f764ff07E", scope: !43, file: !2673, line: 971, type: !3443, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2237, retainedNodes: !3445)
!3443 = !DISubroutineType(types: !3444)
!3444 = !{null, !214}
!3445 = !{!3441}
!3446 = !DILocation(line: 971, column: 22, scope: !3442, inlinedAt: !3447)
!3447 = distinct !DILocation(line: 101, column: 9, scope: !3386, inlinedAt: !3387)
!3448 = !DILocation(line: 88, column: 17, scope: !3377, inlinedAt: !3387)
!3449 = !DILocation(line: 0, scope: !3376, inlinedAt: !3387)
!3450 = !DILocation(line: 89, column: 70, scope: !3376, inlinedAt: !3387)
!3451 = !DILocation(line: 1717, column: 9, scope: !3452, inlinedAt: !3456)
!3452 = distinct !DISubprogram(name: "read<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3ptr4read17hc108780d19ae5d1eE", scope: !68, file: !1510, line: 1678, type: !3453, scopeLine: 1678, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3345)
!3453 = !DISubroutineType(types: !3454)
!3454 = !{!3316, !3455, !1121}
!3455 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", baseType: !3316, size: 64, align: 64, dwarfAddressSpace: 0)
!3456 = distinct !DILocation(line: 230, column: 18, scope: !3389, inlinedAt: !3397)
!3457 = !DILocation(line: 0, scope: !3312, inlinedAt: !3369)
!3458 = !DILocation(line: 0, scope: !3370, inlinedAt: !3375)
!3459 = !DILocation(line: 0, scope: !3310, inlinedAt: !3369)
!3460 = !DILocation(line: 580, column: 17, scope: !3409, inlinedAt: !3410)
!3461 = !DILocalVariable(name: "self", arg: 1, scope: !3462, file: !3463, line: 273, type: !3316)
!3462 = distinct !DISubprogram(name: "call_once<(), std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h72ebb023f680fc8dE", scope: !3464, file: !3463, line: 273, type: !3465, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3470, retainedNodes: !3467)
!3463 = !DIFile(filename: "library/core/src/panic/unwind_safe.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "df145b948c9ea7be347c4d10b5fddfbe")
!3464 = !DINamespace(name: "{impl#23}", scope: !3317)
!3465 = !DISubroutineType(types: !3466)
!3466 = !{null, !3316}
!3467 = !{!3461, !3468, !3469}
!3468 = !DILocalVariable(name: "_args", scope: !3462, file: !3463, line: 273, type: !7, align: 8)
!3469 = !DILocalVariable(arg: 2, scope: !3462, file: !3463, line: 273, type: !7)
!3470 = !{!3331, !3471}
!3471 = !DITemplateTypeParameter(name: "F", type: !3320)
!3472 = !DILocation(line: 273, column: 37, scope: !3462, inlinedAt: !3473)
!3473 = distinct !DILocation(line: 581, column: 40, scope: !3409, inlinedAt: !3410)
!3474 = !DILocation(line: 273, column: 43, scope: !3462, inlinedAt: !3473)
!3475 = !DILocalVariable(name: "hooks", scope: !3476, file: !1049, line: 50, type: !108, align: 64)
!3476 = distinct !DISubprogram(name: "{closure#0}<unsafecell_atomic::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h002b4ddc6a3fc986E", scope: !3272, file: !1049, line: 89, type: !3477, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !777, retainedNodes: !3479)
!3477 = !DISubroutineType(types: !3478)
!3478 = !{null, !3320}
!3479 = !{!3475, !3480}
!3480 = !DILocalVariable(name: "f", scope: !3476, file: !1049, line: 88, type: !56, align: 64)
!3481 = !DILocation(line: 50, column: 9, scope: !3476, inlinedAt: !3482)
!3482 = distinct !DILocation(line: 274, column: 9, scope: !3462, inlinedAt: !3473)
!3483 = !DILocation(line: 88, column: 13, scope: !3476, inlinedAt: !3482)
!3484 = !DILocation(line: 90, column: 13, scope: !3476, inlinedAt: !3482)
!3485 = !DILocation(line: 0, scope: !2338, inlinedAt: !3486)
!3486 = distinct !DILocation(line: 92, column: 9, scope: !3476, inlinedAt: !3482)
!3487 = !DILocation(line: 0, scope: !2346, inlinedAt: !3488)
!3488 = distinct !DILocation(line: 805, column: 1, scope: !2338, inlinedAt: !3486)
!3489 = !DILocation(line: 0, scope: !2356, inlinedAt: !3490)
!3490 = distinct !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !3488)
!3491 = !DILocation(line: 0, scope: !2364, inlinedAt: !3492)
!3492 = distinct !DILocation(line: 2811, column: 32, scope: !2356, inlinedAt: !3490)
!3493 = !DILocation(line: 0, scope: !2371, inlinedAt: !3494)
!3494 = distinct !DILocation(line: 3167, column: 26, scope: !2364, inlinedAt: !3492)
!3495 = !DILocation(line: 3165, column: 30, scope: !2364, inlinedAt: !3492)
!3496 = !DILocation(line: 3942, column: 24, scope: !2371, inlinedAt: !3494)
!3497 = !{!3498, !3500, !3502, !3504, !3506, !3434}
!3498 = distinct !{!3498, !3499, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E: %self"}
!3499 = distinct !{!3499, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E"}
!3500 = distinct !{!3500, !3501, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E: %_1"}
!3501 = distinct !{!3501, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E"}
!3502 = distinct !{!3502, !3503, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE: %_1"}
!3503 = distinct !{!3503, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE"}
!3504 = distinct !{!3504, !3505, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h002b4ddc6a3fc986E: %_1"}
!3505 = distinct !{!3505, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h002b4ddc6a3fc986E"}
!3506 = distinct !{!3506, !3507, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h72ebb023f680fc8dE: %self"}
!3507 = distinct !{!3507, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h72ebb023f680fc8dE"}
!3508 = !DILocation(line: 2811, column: 12, scope: !2356, inlinedAt: !3490)
!3509 = !DILocation(line: 0, scope: !1991, inlinedAt: !3510)
!3510 = distinct !DILocation(line: 64, column: 9, scope: !2356, inlinedAt: !3490)
!3511 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !3510)
!3512 = !DILocation(line: 2854, column: 18, scope: !2356, inlinedAt: !3490)
!3513 = !DILocation(line: 544, column: 19, scope: !3329, inlinedAt: !3369)
!3514 = !DILocation(line: 607, column: 23, scope: !3415, inlinedAt: !3427)
!3515 = !DILocation(line: 598, column: 5, scope: !3417, inlinedAt: !3427)
!3516 = !DILocation(line: 91, column: 13, scope: !3476, inlinedAt: !3482)
!3517 = !{!3504, !3506, !3434}
!3518 = !DILocation(line: 583, column: 6, scope: !3400, inlinedAt: !3410)
!3519 = !DILocation(line: 0, scope: !3386, inlinedAt: !3387)
!3520 = !DILocalVariable(name: "self", arg: 1, scope: !3521, file: !837, line: 2421, type: !1170)
!3521 = distinct !DISubprogram(name: "deref<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h980a63f453086816E", scope: !2081, file: !837, line: 2421, type: !3522, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, retainedNodes: !3525)
!3522 = !DISubroutineType(types: !3523)
!3523 = !{!3524, !1170}
!3524 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::lifecycle::Packet<()>", baseType: !226, size: 64, align: 64, dwarfAddressSpace: 0)
!3525 = !{!3520}
!3526 = !DILocation(line: 2421, column: 14, scope: !3521, inlinedAt: !3527)
!3527 = distinct !DILocation(line: 97, column: 19, scope: !3386, inlinedAt: !3387)
!3528 = !DILocalVariable(name: "self", arg: 1, scope: !3529, file: !837, line: 2098, type: !1170)
!3529 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h87e10688b1b9e902E", scope: !214, file: !837, line: 2098, type: !2557, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !2560, retainedNodes: !3530)
!3530 = !{!3528}
!3531 = !DILocation(line: 2098, column: 14, scope: !3529, inlinedAt: !3532)
!3532 = distinct !DILocation(line: 2422, column: 15, scope: !3521, inlinedAt: !3527)
!3533 = !DILocation(line: 444, column: 20, scope: !3534, inlinedAt: !3535)
!3534 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h15392c87d4c2170fE", scope: !217, file: !1979, line: 440, type: !2610, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !431, declaration: !2613)
!3535 = distinct !DILocation(line: 2104, column: 27, scope: !3529, inlinedAt: !3532)
!3536 = !DILocalVariable(name: "self", arg: 1, scope: !3537, file: !2619, line: 2443, type: !3541)
!3537 = distinct !DISubprogram(name: "get<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h74143c488573bd09E", scope: !369, file: !2619, line: 2443, type: !3538, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !408, declaration: !3542, retainedNodes: !3543)
!3538 = !DISubroutineType(types: !3539)
!3539 = !{!3540, !3541}
!3540 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", baseType: !372, size: 64, align: 64, dwarfAddressSpace: 0)
!3541 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !369, size: 64, align: 64, dwarfAddressSpace: 0)
!3542 = !DISubprogram(name: "get<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h74143c488573bd09E", scope: !369, file: !2619, line: 2443, type: !3538, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !408)
!3543 = !{!3536}
!3544 = !DILocation(line: 2443, column: 22, scope: !3537, inlinedAt: !3545)
!3545 = distinct !DILocation(line: 97, column: 39, scope: !3386, inlinedAt: !3387)
!3546 = !DILocation(line: 2447, column: 9, scope: !3537, inlinedAt: !3545)
!3547 = !{!3548}
!3548 = distinct !{!3548, !3549, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E: %_1"}
!3549 = distinct !{!3549, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E"}
!3550 = !DILocation(line: 97, column: 18, scope: !3386, inlinedAt: !3387)
!3551 = !DILocalVariable(arg: 1, scope: !3552, file: !1510, line: 805, type: !3540)
!3552 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E", scope: !68, file: !1510, line: 805, type: !3553, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !408, retainedNodes: !3555)
!3553 = !DISubroutineType(types: !3554)
!3554 = !{null, !3540}
!3555 = !{!3551}
!3556 = !DILocation(line: 0, scope: !3552, inlinedAt: !3557)
!3557 = distinct !DILocation(line: 97, column: 18, scope: !3386, inlinedAt: !3387)
!3558 = !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !3557)
!3559 = !DILocalVariable(arg: 1, scope: !3560, file: !1510, line: 805, type: !3563)
!3560 = distinct !DISubprogram(name: "drop_in_place<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17h05297db2aa0adfb8E", scope: !68, file: !1510, line: 805, type: !3561, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !378, retainedNodes: !3564)
!3561 = !DISubroutineType(types: !3562)
!3562 = !{null, !3563}
!3563 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", baseType: !380, size: 64, align: 64, dwarfAddressSpace: 0)
!3564 = !{!3559}
!3565 = !DILocation(line: 0, scope: !3560, inlinedAt: !3566)
!3566 = distinct !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !3557)
!3567 = !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !3566)
!3568 = !DILocalVariable(arg: 1, scope: !3569, file: !1510, line: 805, type: !3572)
!3569 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E", scope: !68, file: !1510, line: 805, type: !3570, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3365, retainedNodes: !3573)
!3570 = !DISubroutineType(types: !3571)
!3571 = !{null, !3572}
!3572 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !392, size: 64, align: 64, dwarfAddressSpace: 0)
!3573 = !{!3568}
!3574 = !DILocation(line: 0, scope: !3569, inlinedAt: !3575)
!3575 = distinct !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !3566)
!3576 = !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !3575)
!3577 = !{!3578, !3548, !3434}
!3578 = distinct !{!3578, !3579, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E: %_1"}
!3579 = distinct !{!3579, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"}
!3580 = !DILocalVariable(name: "self", arg: 1, scope: !3581, file: !893, line: 1913, type: !3585)
!3581 = distinct !DISubprogram(name: "drop<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17had1931c3dd372facE", scope: !3582, file: !893, line: 1913, type: !3583, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3605, retainedNodes: !3586)
!3582 = !DINamespace(name: "{impl#10}", scope: !895)
!3583 = !DISubroutineType(types: !3584)
!3584 = !{null, !3585}
!3585 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !392, size: 64, align: 64, dwarfAddressSpace: 0)
!3586 = !{!3580, !3587, !3587, !3603}
!3587 = !DILocalVariable(name: "ptr", scope: !3588, file: !893, line: 1916, type: !3589, align: 64)
!3588 = distinct !DILexicalBlock(scope: !3581, file: !893, line: 1916, column: 9)
!3589 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::any::Any + core::marker::Send)>", scope: !177, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3590, templateParams: !3599, identifier: "7df7cd9d71c7bc5d21f4e0e966914a11")
!3590 = !{!3591, !3601}
!3591 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3589, file: !2, baseType: !3592, size: 128, align: 64, flags: DIFlagPrivate)
!3592 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::any::Any + core::marker::Send)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3593, templateParams: !3599, identifier: "7cde8c9cdcdbddd95c693ff6a6ef6d3")
!3593 = !{!3594}
!3594 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3592, file: !2, baseType: !3595, size: 128, align: 64, flags: DIFlagPrivate)
!3595 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::any::Any + core::marker::Send)", file: !2, size: 128, align: 64, elements: !3596, templateParams: !23, identifier: "157735e54da8f30c5b2300aa3d7fcdf")
!3596 = !{!3597, !3598}
!3597 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3595, file: !2, baseType: !395, size: 64, align: 64)
!3598 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !3595, file: !2, baseType: !207, size: 64, align: 64, offset: 64)
!3599 = !{!3600}
!3600 = !DITemplateTypeParameter(name: "T", type: !396)
!3601 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !3589, file: !2, baseType: !3602, align: 8, offset: 128, flags: DIFlagPrivate)
!3602 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::any::Any + core::marker::Send)>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3599, identifier: "e658fe9502551a0fd51fedfe1a3c0b6")
!3603 = !DILocalVariable(name: "layout", scope: !3604, file: !893, line: 1919, type: !909, align: 64)
!3604 = distinct !DILexicalBlock(scope: !3588, file: !893, line: 1919, column: 13)
!3605 = !{!3600, !102}
!3606 = !DILocation(line: 0, scope: !3581, inlinedAt: !3607)
!3607 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !3575)
!3608 = !DILocation(line: 0, scope: !3588, inlinedAt: !3607)
!3609 = !DILocalVariable(name: "t", arg: 1, scope: !3610, file: !3611, line: 253, type: !3595)
!3610 = distinct !DISubprogram(name: "for_value_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hdc04b3a31d34337aE", scope: !909, file: !3611, line: 253, type: !3612, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3599, declaration: !3614, retainedNodes: !3615)
!3611 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!3612 = !DISubroutineType(types: !3613)
!3613 = !{!909, !3595}
!3614 = !DISubprogram(name: "for_value_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hdc04b3a31d34337aE", scope: !909, file: !3611, line: 253, type: !3612, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3599)
!3615 = !{!3609, !3616, !3618}
!3616 = !DILocalVariable(name: "size", scope: !3617, file: !3611, line: 255, type: !9, align: 64)
!3617 = distinct !DILexicalBlock(scope: !3610, file: !3611, line: 255, column: 9)
!3618 = !DILocalVariable(name: "alignment", scope: !3617, file: !3611, line: 255, type: !915, align: 64)
!3619 = !DILocation(line: 0, scope: !3610, inlinedAt: !3620)
!3620 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !3607)
!3621 = !DILocalVariable(name: "val", arg: 1, scope: !3622, file: !2673, line: 427, type: !3595)
!3622 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3mem15size_of_val_raw17h30764d8d83e63617E", scope: !43, file: !2673, line: 427, type: !3623, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3599, retainedNodes: !3625)
!3623 = !DISubroutineType(types: !3624)
!3624 = !{!9, !3595}
!3625 = !{!3621}
!3626 = !DILocation(line: 0, scope: !3622, inlinedAt: !3627)
!3627 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !3620)
!3628 = !DILocalVariable(name: "val", arg: 1, scope: !3629, file: !3630, line: 123, type: !3595)
!3629 = distinct !DISubprogram(name: "of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17ha572666b6c54aa69E", scope: !915, file: !3630, line: 123, type: !3631, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3599, declaration: !3633, retainedNodes: !3634)
!3630 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!3631 = !DISubroutineType(types: !3632)
!3632 = !{!915, !3595}
!3633 = !DISubprogram(name: "of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17ha572666b6c54aa69E", scope: !915, file: !3630, line: 123, type: !3631, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3599)
!3634 = !{!3628, !3635}
!3635 = !DILocalVariable(name: "align", scope: !3636, file: !3630, line: 125, type: !9, align: 64)
!3636 = distinct !DILexicalBlock(scope: !3629, file: !3630, line: 125, column: 9)
!3637 = !DILocation(line: 0, scope: !3629, inlinedAt: !3638)
!3638 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !3620)
!3639 = !DILocalVariable(name: "val", arg: 1, scope: !3640, file: !2673, line: 566, type: !3595)
!3640 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3mem16align_of_val_raw17h1d75ab21526e1688E", scope: !43, file: !2673, line: 566, type: !3623, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3599, retainedNodes: !3641)
!3641 = !{!3639}
!3642 = !DILocation(line: 0, scope: !3640, inlinedAt: !3643)
!3643 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !3638)
!3644 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !3627)
!3645 = !{i64 0, i64 -9223372036854775808}
!3646 = !DILocation(line: 0, scope: !3604, inlinedAt: !3607)
!3647 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !3607)
!3648 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !3643)
!3649 = !{i64 1, i64 536870913}
!3650 = !DILocation(line: 0, scope: !1604, inlinedAt: !3651)
!3651 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !3607)
!3652 = !DILocation(line: 0, scope: !1613, inlinedAt: !3653)
!3653 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !3651)
!3654 = !DILocation(line: 0, scope: !1621, inlinedAt: !3655)
!3655 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !3653)
!3656 = !DILocation(line: 0, scope: !1630, inlinedAt: !3657)
!3657 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !3655)
!3658 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !3657)
!3659 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !3607)
!3660 = !DILocation(line: 0, scope: !3581, inlinedAt: !3661)
!3661 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !3575)
!3662 = !DILocation(line: 0, scope: !3588, inlinedAt: !3661)
!3663 = !DILocation(line: 0, scope: !3610, inlinedAt: !3664)
!3664 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !3661)
!3665 = !DILocation(line: 0, scope: !3622, inlinedAt: !3666)
!3666 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !3664)
!3667 = !DILocation(line: 0, scope: !3629, inlinedAt: !3668)
!3668 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !3664)
!3669 = !DILocation(line: 0, scope: !3640, inlinedAt: !3670)
!3670 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !3668)
!3671 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !3666)
!3672 = !DILocation(line: 0, scope: !3604, inlinedAt: !3661)
!3673 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !3661)
!3674 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !3670)
!3675 = !DILocation(line: 0, scope: !1604, inlinedAt: !3676)
!3676 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !3661)
!3677 = !DILocation(line: 0, scope: !1613, inlinedAt: !3678)
!3678 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !3676)
!3679 = !DILocation(line: 0, scope: !1621, inlinedAt: !3680)
!3680 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !3678)
!3681 = !DILocation(line: 0, scope: !1630, inlinedAt: !3682)
!3682 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !3680)
!3683 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !3682)
!3684 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !3661)
!3685 = !DILocation(line: 101, column: 14, scope: !3386, inlinedAt: !3387)
!3686 = !DILocation(line: 0, scope: !2232, inlinedAt: !3687)
!3687 = distinct !DILocation(line: 975, column: 1, scope: !3442, inlinedAt: !3447)
!3688 = !DILocation(line: 0, scope: !2242, inlinedAt: !3689)
!3689 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !3687)
!3690 = !DILocation(line: 0, scope: !2250, inlinedAt: !3691)
!3691 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !3689)
!3692 = !DILocation(line: 0, scope: !2257, inlinedAt: !3693)
!3693 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !3691)
!3694 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !3691)
!3695 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !3693)
!3696 = !{!3697, !3699, !3434}
!3697 = distinct !{!3697, !3698, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!3698 = distinct !{!3698, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!3699 = distinct !{!3699, !3700, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!3700 = distinct !{!3700, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!3701 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !3689)
!3702 = !DILocation(line: 0, scope: !1991, inlinedAt: !3703)
!3703 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !3689)
!3704 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !3703)
!3705 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !3689)
!3706 = !DILocation(line: 87, column: 22, scope: !3377, inlinedAt: !3387)
!3707 = !DILocation(line: 0, scope: !2232, inlinedAt: !3708)
!3708 = distinct !DILocation(line: 104, column: 5, scope: !3377, inlinedAt: !3387)
!3709 = !DILocation(line: 0, scope: !2242, inlinedAt: !3710)
!3710 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !3708)
!3711 = !DILocation(line: 0, scope: !2250, inlinedAt: !3712)
!3712 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !3710)
!3713 = !DILocation(line: 0, scope: !2257, inlinedAt: !3714)
!3714 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !3712)
!3715 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !3712)
!3716 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !3714)
!3717 = !{!3718, !3720, !3434}
!3718 = distinct !{!3718, !3719, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!3719 = distinct !{!3719, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!3720 = distinct !{!3720, !3721, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!3721 = distinct !{!3721, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!3722 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !3710)
!3723 = !DILocation(line: 0, scope: !1991, inlinedAt: !3724)
!3724 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !3710)
!3725 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !3724)
!3726 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !3710)
!3727 = !DILocation(line: 101, column: 26, scope: !3386, inlinedAt: !3387)
!3728 = distinct !DISubprogram(name: "call_once<std::rt::lang_start::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h8bf6da869877331eE", scope: !3199, file: !3198, line: 250, type: !3729, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3735, retainedNodes: !3732)
!3729 = !DISubroutineType(types: !3730)
!3730 = !{!469, !3731}
!3731 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::rt::lang_start::{closure_env#0}<()>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!3732 = !{!3733, !3734}
!3733 = !DILocalVariable(arg: 1, scope: !3728, file: !3198, line: 250, type: !3731)
!3734 = !DILocalVariable(arg: 2, scope: !3728, file: !3198, line: 250, type: !7)
!3735 = !{!3736, !3205}
!3736 = !DITemplateTypeParameter(name: "Self", type: !14)
!3737 = !DILocation(line: 0, scope: !3728)
!3738 = !DILocation(line: 250, column: 5, scope: !3728)
!3739 = !DILocation(line: 0, scope: !3164, inlinedAt: !3740)
!3740 = distinct !DILocation(line: 250, column: 5, scope: !3741, inlinedAt: !3747)
!3741 = distinct !DISubprogram(name: "call_once<std::rt::lang_start::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17h637c6d090902d2e7E", scope: !3199, file: !3198, line: 250, type: !3742, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3735, retainedNodes: !3744)
!3742 = !DISubroutineType(types: !3743)
!3743 = !{!469, !14}
!3744 = !{!3745, !3746}
!3745 = !DILocalVariable(arg: 1, scope: !3741, file: !3198, line: 250, type: !14)
!3746 = !DILocalVariable(arg: 2, scope: !3741, file: !3198, line: 250, type: !7)
!3747 = distinct !DILocation(line: 250, column: 5, scope: !3728)
!3748 = !DILocation(line: 0, scope: !3741, inlinedAt: !3747)
!3749 = !DILocation(line: 250, column: 5, scope: !3741, inlinedAt: !3747)
!3750 = !DILocation(line: 206, column: 18, scope: !3164, inlinedAt: !3740)
!3751 = !{!3752}
!3752 = distinct !{!3752, !3753, !"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5717043c7ba856bbE: %_1"}
!3753 = distinct !{!3753, !"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5717043c7ba856bbE"}
!3754 = !DILocation(line: 0, scope: !3560)
!3755 = !DILocation(line: 805, column: 1, scope: !3560)
!3756 = !DILocation(line: 0, scope: !3569, inlinedAt: !3757)
!3757 = distinct !DILocation(line: 805, column: 1, scope: !3560)
!3758 = !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !3757)
!3759 = !{!3760}
!3760 = distinct !{!3760, !3761, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E: %_1"}
!3761 = distinct !{!3761, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"}
!3762 = !DILocation(line: 0, scope: !3581, inlinedAt: !3763)
!3763 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !3757)
!3764 = !DILocation(line: 0, scope: !3588, inlinedAt: !3763)
!3765 = !DILocation(line: 0, scope: !3610, inlinedAt: !3766)
!3766 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !3763)
!3767 = !DILocation(line: 0, scope: !3622, inlinedAt: !3768)
!3768 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !3766)
!3769 = !DILocation(line: 0, scope: !3629, inlinedAt: !3770)
!3770 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !3766)
!3771 = !DILocation(line: 0, scope: !3640, inlinedAt: !3772)
!3772 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !3770)
!3773 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !3768)
!3774 = !DILocation(line: 0, scope: !3604, inlinedAt: !3763)
!3775 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !3763)
!3776 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !3772)
!3777 = !DILocation(line: 0, scope: !1604, inlinedAt: !3778)
!3778 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !3763)
!3779 = !DILocation(line: 0, scope: !1613, inlinedAt: !3780)
!3780 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !3778)
!3781 = !DILocation(line: 0, scope: !1621, inlinedAt: !3782)
!3782 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !3780)
!3783 = !DILocation(line: 0, scope: !1630, inlinedAt: !3784)
!3784 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !3782)
!3785 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !3784)
!3786 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !3763)
!3787 = !DILocation(line: 0, scope: !3581, inlinedAt: !3788)
!3788 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !3757)
!3789 = !DILocation(line: 0, scope: !3588, inlinedAt: !3788)
!3790 = !DILocation(line: 0, scope: !3610, inlinedAt: !3791)
!3791 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !3788)
!3792 = !DILocation(line: 0, scope: !3622, inlinedAt: !3793)
!3793 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !3791)
!3794 = !DILocation(line: 0, scope: !3629, inlinedAt: !3795)
!3795 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !3791)
!3796 = !DILocation(line: 0, scope: !3640, inlinedAt: !3797)
!3797 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !3795)
!3798 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !3793)
!3799 = !DILocation(line: 0, scope: !3604, inlinedAt: !3788)
!3800 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !3788)
!3801 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !3797)
!3802 = !DILocation(line: 0, scope: !1604, inlinedAt: !3803)
!3803 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !3788)
!3804 = !DILocation(line: 0, scope: !1613, inlinedAt: !3805)
!3805 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !3803)
!3806 = !DILocation(line: 0, scope: !1621, inlinedAt: !3807)
!3807 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !3805)
!3808 = !DILocation(line: 0, scope: !1630, inlinedAt: !3809)
!3809 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !3807)
!3810 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !3809)
!3811 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !3788)
!3812 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17ha9a9188135371fceE", scope: !68, file: !1510, line: 805, type: !3813, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !199, retainedNodes: !3816)
!3813 = !DISubroutineType(types: !3814)
!3814 = !{null, !3815}
!3815 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", baseType: !201, size: 64, align: 64, dwarfAddressSpace: 0)
!3816 = !{!3817}
!3817 = !DILocalVariable(arg: 1, scope: !3812, file: !1510, line: 805, type: !3815)
!3818 = !DILocation(line: 0, scope: !3812)
!3819 = !DILocation(line: 805, column: 1, scope: !3812)
!3820 = !DILocalVariable(name: "self", arg: 1, scope: !3821, file: !893, line: 1913, type: !3824)
!3821 = distinct !DISubprogram(name: "drop<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefce0a0b699ab91E", scope: !3582, file: !893, line: 1913, type: !3822, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3844, retainedNodes: !3825)
!3822 = !DISubroutineType(types: !3823)
!3823 = !{null, !3824}
!3824 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", baseType: !201, size: 64, align: 64, dwarfAddressSpace: 0)
!3825 = !{!3820, !3826, !3826, !3842}
!3826 = !DILocalVariable(name: "ptr", scope: !3827, file: !893, line: 1916, type: !3828, align: 64)
!3827 = distinct !DILexicalBlock(scope: !3821, file: !893, line: 1916, column: 9)
!3828 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !177, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3829, templateParams: !3838, identifier: "4e4ed0839472a8a41f471153098dcafd")
!3829 = !{!3830, !3840}
!3830 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3828, file: !2, baseType: !3831, size: 128, align: 64, flags: DIFlagPrivate)
!3831 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3832, templateParams: !3838, identifier: "37a2038f29b490f24472a72061fe8e04")
!3832 = !{!3833}
!3833 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3831, file: !2, baseType: !3834, size: 128, align: 64, flags: DIFlagPrivate)
!3834 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, size: 128, align: 64, elements: !3835, templateParams: !23, identifier: "6c54cd83872cb0df9e985870111ed78a")
!3835 = !{!3836, !3837}
!3836 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3834, file: !2, baseType: !204, size: 64, align: 64)
!3837 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !3834, file: !2, baseType: !207, size: 64, align: 64, offset: 64)
!3838 = !{!3839}
!3839 = !DITemplateTypeParameter(name: "T", type: !205)
!3840 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !3828, file: !2, baseType: !3841, align: 8, offset: 128, flags: DIFlagPrivate)
!3841 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3838, identifier: "c74d9fc24fe160c523506740e3d20018")
!3842 = !DILocalVariable(name: "layout", scope: !3843, file: !893, line: 1919, type: !909, align: 64)
!3843 = distinct !DILexicalBlock(scope: !3827, file: !893, line: 1919, column: 13)
!3844 = !{!3839, !102}
!3845 = !DILocation(line: 0, scope: !3821, inlinedAt: !3846)
!3846 = distinct !DILocation(line: 805, column: 1, scope: !3812)
!3847 = !DILocation(line: 0, scope: !3827, inlinedAt: !3846)
!3848 = !DILocalVariable(name: "t", arg: 1, scope: !3849, file: !3611, line: 253, type: !3834)
!3849 = distinct !DISubprogram(name: "for_value_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h62db581fe68b166cE", scope: !909, file: !3611, line: 253, type: !3850, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3838, declaration: !3852, retainedNodes: !3853)
!3850 = !DISubroutineType(types: !3851)
!3851 = !{!909, !3834}
!3852 = !DISubprogram(name: "for_value_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h62db581fe68b166cE", scope: !909, file: !3611, line: 253, type: !3850, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3838)
!3853 = !{!3848, !3854, !3856}
!3854 = !DILocalVariable(name: "size", scope: !3855, file: !3611, line: 255, type: !9, align: 64)
!3855 = distinct !DILexicalBlock(scope: !3849, file: !3611, line: 255, column: 9)
!3856 = !DILocalVariable(name: "alignment", scope: !3855, file: !3611, line: 255, type: !915, align: 64)
!3857 = !DILocation(line: 0, scope: !3849, inlinedAt: !3858)
!3858 = distinct !DILocation(line: 1919, column: 26, scope: !3827, inlinedAt: !3846)
!3859 = !DILocalVariable(name: "val", arg: 1, scope: !3860, file: !2673, line: 427, type: !3834)
!3860 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3mem15size_of_val_raw17h86b9861c23964ec5E", scope: !43, file: !2673, line: 427, type: !3861, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3838, retainedNodes: !3863)
!3861 = !DISubroutineType(types: !3862)
!3862 = !{!9, !3834}
!3863 = !{!3859}
!3864 = !DILocation(line: 0, scope: !3860, inlinedAt: !3865)
!3865 = distinct !DILocation(line: 255, column: 43, scope: !3849, inlinedAt: !3858)
!3866 = !DILocalVariable(name: "val", arg: 1, scope: !3867, file: !3630, line: 123, type: !3834)
!3867 = distinct !DISubprogram(name: "of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17hd5a1e0f1791074f5E", scope: !915, file: !3630, line: 123, type: !3868, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3838, declaration: !3870, retainedNodes: !3871)
!3868 = !DISubroutineType(types: !3869)
!3869 = !{!915, !3834}
!3870 = !DISubprogram(name: "of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17hd5a1e0f1791074f5E", scope: !915, file: !3630, line: 123, type: !3868, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3838)
!3871 = !{!3866, !3872}
!3872 = !DILocalVariable(name: "align", scope: !3873, file: !3630, line: 125, type: !9, align: 64)
!3873 = distinct !DILexicalBlock(scope: !3867, file: !3630, line: 125, column: 9)
!3874 = !DILocation(line: 0, scope: !3867, inlinedAt: !3875)
!3875 = distinct !DILocation(line: 255, column: 68, scope: !3849, inlinedAt: !3858)
!3876 = !DILocalVariable(name: "val", arg: 1, scope: !3877, file: !2673, line: 566, type: !3834)
!3877 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3mem16align_of_val_raw17he262ded6b23c36efE", scope: !43, file: !2673, line: 566, type: !3861, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3838, retainedNodes: !3878)
!3878 = !{!3876}
!3879 = !DILocation(line: 0, scope: !3877, inlinedAt: !3880)
!3880 = distinct !DILocation(line: 125, column: 30, scope: !3867, inlinedAt: !3875)
!3881 = !DILocation(line: 429, column: 14, scope: !3860, inlinedAt: !3865)
!3882 = !DILocation(line: 0, scope: !3843, inlinedAt: !3846)
!3883 = !DILocation(line: 1920, column: 16, scope: !3843, inlinedAt: !3846)
!3884 = !DILocation(line: 568, column: 14, scope: !3877, inlinedAt: !3880)
!3885 = !DILocation(line: 0, scope: !1604, inlinedAt: !3886)
!3886 = distinct !DILocation(line: 1921, column: 24, scope: !3843, inlinedAt: !3846)
!3887 = !DILocation(line: 0, scope: !1613, inlinedAt: !3888)
!3888 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !3886)
!3889 = !DILocation(line: 0, scope: !1621, inlinedAt: !3890)
!3890 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !3888)
!3891 = !DILocation(line: 0, scope: !1630, inlinedAt: !3892)
!3892 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !3890)
!3893 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !3892)
!3894 = !DILocation(line: 1920, column: 13, scope: !3843, inlinedAt: !3846)
!3895 = !DILocation(line: 0, scope: !3821, inlinedAt: !3896)
!3896 = distinct !DILocation(line: 805, column: 1, scope: !3812)
!3897 = !DILocation(line: 0, scope: !3827, inlinedAt: !3896)
!3898 = !DILocation(line: 0, scope: !3849, inlinedAt: !3899)
!3899 = distinct !DILocation(line: 1919, column: 26, scope: !3827, inlinedAt: !3896)
!3900 = !DILocation(line: 0, scope: !3860, inlinedAt: !3901)
!3901 = distinct !DILocation(line: 255, column: 43, scope: !3849, inlinedAt: !3899)
!3902 = !DILocation(line: 0, scope: !3867, inlinedAt: !3903)
!3903 = distinct !DILocation(line: 255, column: 68, scope: !3849, inlinedAt: !3899)
!3904 = !DILocation(line: 0, scope: !3877, inlinedAt: !3905)
!3905 = distinct !DILocation(line: 125, column: 30, scope: !3867, inlinedAt: !3903)
!3906 = !DILocation(line: 429, column: 14, scope: !3860, inlinedAt: !3901)
!3907 = !DILocation(line: 0, scope: !3843, inlinedAt: !3896)
!3908 = !DILocation(line: 1920, column: 16, scope: !3843, inlinedAt: !3896)
!3909 = !DILocation(line: 568, column: 14, scope: !3877, inlinedAt: !3905)
!3910 = !DILocation(line: 0, scope: !1604, inlinedAt: !3911)
!3911 = distinct !DILocation(line: 1921, column: 24, scope: !3843, inlinedAt: !3896)
!3912 = !DILocation(line: 0, scope: !1613, inlinedAt: !3913)
!3913 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !3911)
!3914 = !DILocation(line: 0, scope: !1621, inlinedAt: !3915)
!3915 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !3913)
!3916 = !DILocation(line: 0, scope: !1630, inlinedAt: !3917)
!3917 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !3915)
!3918 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !3917)
!3919 = !DILocation(line: 1920, column: 13, scope: !3843, inlinedAt: !3896)
!3920 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<unsafecell_atomic::main::{closure_env#0}, ()>>", linkageName: "_ZN4core3ptr160drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h22ff0337c0dee1f6E", scope: !68, file: !1510, line: 805, type: !3302, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2098, retainedNodes: !3921)
!3921 = !{!3922}
!3922 = !DILocalVariable(arg: 1, scope: !3920, file: !1510, line: 805, type: !1095)
!3923 = !DILocation(line: 0, scope: !3920)
!3924 = !DILocation(line: 805, column: 1, scope: !3920)
!3925 = !{!3926}
!3926 = distinct !{!3926, !3927, !"_ZN4core3ptr135drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h0c43fb1b6ea3c7afE: %_1"}
!3927 = distinct !{!3927, !"_ZN4core3ptr135drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h0c43fb1b6ea3c7afE"}
!3928 = !DILocalVariable(arg: 1, scope: !3929, file: !1510, line: 805, type: !3932)
!3929 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::spawn_unchecked::MaybeDangling<unsafecell_atomic::main::{closure_env#0}>>", linkageName: "_ZN4core3ptr135drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h0c43fb1b6ea3c7afE", scope: !68, file: !1510, line: 805, type: !3930, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3934, retainedNodes: !3933)
!3930 = !DISubroutineType(types: !3931)
!3931 = !{null, !3932}
!3932 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::spawn_unchecked::MaybeDangling<unsafecell_atomic::main::{closure_env#0}>", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!3933 = !{!3928}
!3934 = !{!3935}
!3935 = !DITemplateTypeParameter(name: "T", type: !38)
!3936 = !DILocation(line: 0, scope: !3929, inlinedAt: !3937)
!3937 = distinct !DILocation(line: 805, column: 1, scope: !3920)
!3938 = !{!3939}
!3939 = distinct !{!3939, !3940, !"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0068cad8f5dbef91E: %self"}
!3940 = distinct !{!3940, !"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0068cad8f5dbef91E"}
!3941 = !DILocation(line: 805, column: 1, scope: !3929, inlinedAt: !3937)
!3942 = !DILocalVariable(name: "self", arg: 1, scope: !3943, file: !1049, line: 77, type: !3947)
!3943 = distinct !DISubprogram(name: "drop<unsafecell_atomic::main::{closure_env#0}>", linkageName: "_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0068cad8f5dbef91E", scope: !3944, file: !1049, line: 77, type: !3945, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !105, retainedNodes: !3948)
!3944 = !DINamespace(name: "{impl#1}", scope: !33)
!3945 = !DISubroutineType(types: !3946)
!3946 = !{null, !3947}
!3947 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::spawn_unchecked::MaybeDangling<unsafecell_atomic::main::{closure_env#0}>", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!3948 = !{!3942}
!3949 = !DILocation(line: 0, scope: !3943, inlinedAt: !3950)
!3950 = distinct !DILocation(line: 805, column: 1, scope: !3929, inlinedAt: !3937)
!3951 = !DILocalVariable(name: "self", arg: 1, scope: !3952, file: !3953, line: 807, type: !3956)
!3952 = distinct !DISubprogram(name: "assume_init_drop<unsafecell_atomic::main::{closure_env#0}>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17h4b41d2e7fd3ba657E", scope: !41, file: !3953, line: 807, type: !3954, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !105, declaration: !3957, retainedNodes: !3958)
!3953 = !DIFile(filename: "library/core/src/mem/maybe_uninit.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "89f2894609c73ba2762e84773a0bc293")
!3954 = !DISubroutineType(types: !3955)
!3955 = !{null, !3956}
!3956 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::maybe_uninit::MaybeUninit<unsafecell_atomic::main::{closure_env#0}>", baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!3957 = !DISubprogram(name: "assume_init_drop<unsafecell_atomic::main::{closure_env#0}>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17h4b41d2e7fd3ba657E", scope: !41, file: !3953, line: 807, type: !3954, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !105)
!3958 = !{!3951}
!3959 = !DILocation(line: 807, column: 42, scope: !3952, inlinedAt: !3960)
!3960 = distinct !DILocation(line: 79, column: 29, scope: !3943, inlinedAt: !3950)
!3961 = !{!3962}
!3962 = distinct !{!3962, !3963, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE: %_1"}
!3963 = distinct !{!3963, !"_ZN4core3ptr73drop_in_place$LT$unsafecell_atomic..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h95890de20d13b83cE"}
!3964 = !DILocation(line: 814, column: 18, scope: !3952, inlinedAt: !3960)
!3965 = !DILocation(line: 0, scope: !2338, inlinedAt: !3966)
!3966 = distinct !DILocation(line: 814, column: 18, scope: !3952, inlinedAt: !3960)
!3967 = !{!3968}
!3968 = distinct !{!3968, !3969, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E: %_1"}
!3969 = distinct !{!3969, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$unsafecell_atomic..AtomicUsize$GT$$GT$17h6d2b4c0667ad1ea6E"}
!3970 = !DILocation(line: 805, column: 1, scope: !2338, inlinedAt: !3966)
!3971 = !DILocation(line: 0, scope: !2346, inlinedAt: !3972)
!3972 = distinct !DILocation(line: 805, column: 1, scope: !2338, inlinedAt: !3966)
!3973 = !{!3974}
!3974 = distinct !{!3974, !3975, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E: %self"}
!3975 = distinct !{!3975, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6f63864f73a15320E"}
!3976 = !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !3972)
!3977 = !DILocation(line: 0, scope: !2356, inlinedAt: !3978)
!3978 = distinct !DILocation(line: 805, column: 1, scope: !2346, inlinedAt: !3972)
!3979 = !DILocalVariable(name: "self", arg: 1, scope: !3980, file: !837, line: 2098, type: !2359)
!3980 = distinct !DISubprogram(name: "inner<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17he9935bb3602461d9E", scope: !61, file: !837, line: 2098, type: !3981, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !101, declaration: !3984, retainedNodes: !3985)
!3981 = !DISubroutineType(types: !3982)
!3982 = !{!3983, !863}
!3983 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!3984 = !DISubprogram(name: "inner<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17he9935bb3602461d9E", scope: !61, file: !837, line: 2098, type: !3981, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !101)
!3985 = !{!3979}
!3986 = !DILocation(line: 0, scope: !3980, inlinedAt: !3987)
!3987 = distinct !DILocation(line: 2811, column: 17, scope: !2356, inlinedAt: !3978)
!3988 = !DILocation(line: 0, scope: !2364, inlinedAt: !3989)
!3989 = distinct !DILocation(line: 2811, column: 32, scope: !2356, inlinedAt: !3978)
!3990 = !DILocation(line: 0, scope: !2371, inlinedAt: !3991)
!3991 = distinct !DILocation(line: 3167, column: 26, scope: !2364, inlinedAt: !3989)
!3992 = !DILocation(line: 444, column: 20, scope: !3993, inlinedAt: !3998)
!3993 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hbde48409c01c03f7E", scope: !66, file: !1979, line: 440, type: !3994, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !93, declaration: !3997)
!3994 = !DISubroutineType(types: !3995)
!3995 = !{!3983, !3996}
!3996 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>>", baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!3997 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<unsafecell_atomic::AtomicUsize>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hbde48409c01c03f7E", scope: !66, file: !1979, line: 440, type: !3994, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !93)
!3998 = distinct !DILocation(line: 2104, column: 27, scope: !3980, inlinedAt: !3987)
!3999 = !{!3974, !3968, !3962, !3939, !3926}
!4000 = !DILocation(line: 3165, column: 30, scope: !2364, inlinedAt: !3989)
!4001 = !DILocation(line: 3942, column: 24, scope: !2371, inlinedAt: !3991)
!4002 = !DILocation(line: 2811, column: 12, scope: !2356, inlinedAt: !3978)
!4003 = !DILocation(line: 0, scope: !1991, inlinedAt: !4004)
!4004 = distinct !DILocation(line: 64, column: 9, scope: !2356, inlinedAt: !3978)
!4005 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !4004)
!4006 = !DILocation(line: 2854, column: 18, scope: !2356, inlinedAt: !3978)
!4007 = !DILocation(line: 0, scope: !1991, inlinedAt: !4008)
!4008 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !4009)
!4009 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !4010)
!4010 = distinct !DILocation(line: 805, column: 1, scope: !3920)
!4011 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !4008)
!4012 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !4009)
!4013 = !{!4014}
!4014 = distinct !{!4014, !4015, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!4015 = distinct !{!4015, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!4016 = !DILocation(line: 0, scope: !2232, inlinedAt: !4010)
!4017 = !{!4018}
!4018 = distinct !{!4018, !4019, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!4019 = distinct !{!4019, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!4020 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !4010)
!4021 = !DILocation(line: 0, scope: !2242, inlinedAt: !4009)
!4022 = !DILocation(line: 0, scope: !2745, inlinedAt: !4023)
!4023 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !4009)
!4024 = !DILocation(line: 0, scope: !2250, inlinedAt: !4025)
!4025 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !4009)
!4026 = !DILocation(line: 0, scope: !2257, inlinedAt: !4027)
!4027 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !4025)
!4028 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !4029)
!4029 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !4023)
!4030 = !{!4018, !4014}
!4031 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !4025)
!4032 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !4027)
!4033 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !4009)
!4034 = !{!4035}
!4035 = distinct !{!4035, !4036, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!4036 = distinct !{!4036, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!4037 = !DILocation(line: 0, scope: !2232, inlinedAt: !4038)
!4038 = distinct !DILocation(line: 805, column: 1, scope: !3920)
!4039 = !{!4040}
!4040 = distinct !{!4040, !4041, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!4041 = distinct !{!4041, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!4042 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !4038)
!4043 = !DILocation(line: 0, scope: !2242, inlinedAt: !4044)
!4044 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !4038)
!4045 = !DILocation(line: 0, scope: !2745, inlinedAt: !4046)
!4046 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !4044)
!4047 = !DILocation(line: 0, scope: !2250, inlinedAt: !4048)
!4048 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !4044)
!4049 = !DILocation(line: 0, scope: !2257, inlinedAt: !4050)
!4050 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !4048)
!4051 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !4052)
!4052 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !4046)
!4053 = !{!4040, !4035}
!4054 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !4048)
!4055 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !4050)
!4056 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !4044)
!4057 = !DILocation(line: 0, scope: !1991, inlinedAt: !4058)
!4058 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !4044)
!4059 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !4058)
!4060 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !4044)
!4061 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hfbb612672a4547e5E", scope: !68, file: !1510, line: 805, type: !4062, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4067, retainedNodes: !4065)
!4062 = !DISubroutineType(types: !4063)
!4063 = !{null, !4064}
!4064 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !165, size: 64, align: 64, dwarfAddressSpace: 0)
!4065 = !{!4066}
!4066 = !DILocalVariable(arg: 1, scope: !4061, file: !1510, line: 805, type: !4064)
!4067 = !{!4068}
!4068 = !DITemplateTypeParameter(name: "T", type: !165)
!4069 = !DILocation(line: 0, scope: !4061)
!4070 = !DILocation(line: 805, column: 1, scope: !4061)
!4071 = !DILocalVariable(name: "self", arg: 1, scope: !4072, file: !4073, line: 4219, type: !4077)
!4072 = distinct !DISubprogram(name: "drop<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc5fb5262e4269f67E", scope: !4074, file: !4073, line: 4219, type: !4075, scopeLine: 4219, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !211, retainedNodes: !4078)
!4073 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!4074 = !DINamespace(name: "{impl#26}", scope: !166)
!4075 = !DISubroutineType(types: !4076)
!4076 = !{null, !4077}
!4077 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !165, size: 64, align: 64, dwarfAddressSpace: 0)
!4078 = !{!4071}
!4079 = !DILocation(line: 0, scope: !4072, inlinedAt: !4080)
!4080 = distinct !DILocation(line: 805, column: 1, scope: !4061)
!4081 = !{!4082}
!4082 = distinct !{!4082, !4083, !"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h235a2abb05237e85E: %_1.0"}
!4083 = distinct !{!4083, !"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h235a2abb05237e85E"}
!4084 = !DILocation(line: 4224, column: 13, scope: !4072, inlinedAt: !4080)
!4085 = !DILocalVariable(arg: 1, scope: !4086, file: !1510, line: 805, type: !4089)
!4086 = distinct !DISubprogram(name: "drop_in_place<[alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>]>", linkageName: "_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h235a2abb05237e85E", scope: !68, file: !1510, line: 805, type: !4087, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !199, retainedNodes: !4094)
!4087 = !DISubroutineType(types: !4088)
!4088 = !{null, !4089}
!4089 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut [alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>]", file: !2, size: 128, align: 64, elements: !4090, templateParams: !23, identifier: "fe849fee27c5fbbee2daac71f111f835")
!4090 = !{!4091, !4093}
!4091 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !4089, file: !2, baseType: !4092, size: 64, align: 64)
!4092 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !201, size: 64, align: 64, dwarfAddressSpace: 0)
!4093 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !4089, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!4094 = !{!4085}
!4095 = !DILocation(line: 0, scope: !4086, inlinedAt: !4096)
!4096 = distinct !DILocation(line: 4224, column: 13, scope: !4072, inlinedAt: !4080)
!4097 = !DILocation(line: 805, column: 1, scope: !4086, inlinedAt: !4096)
!4098 = !{i64 8}
!4099 = !DILocation(line: 0, scope: !3812, inlinedAt: !4100)
!4100 = distinct !DILocation(line: 805, column: 1, scope: !4086, inlinedAt: !4096)
!4101 = !DILocation(line: 805, column: 1, scope: !3812, inlinedAt: !4100)
!4102 = !DILocation(line: 0, scope: !3821, inlinedAt: !4103)
!4103 = distinct !DILocation(line: 805, column: 1, scope: !3812, inlinedAt: !4100)
!4104 = !DILocation(line: 0, scope: !3827, inlinedAt: !4103)
!4105 = !DILocation(line: 0, scope: !3849, inlinedAt: !4106)
!4106 = distinct !DILocation(line: 1919, column: 26, scope: !3827, inlinedAt: !4103)
!4107 = !DILocation(line: 0, scope: !3860, inlinedAt: !4108)
!4108 = distinct !DILocation(line: 255, column: 43, scope: !3849, inlinedAt: !4106)
!4109 = !DILocation(line: 0, scope: !3867, inlinedAt: !4110)
!4110 = distinct !DILocation(line: 255, column: 68, scope: !3849, inlinedAt: !4106)
!4111 = !DILocation(line: 0, scope: !3877, inlinedAt: !4112)
!4112 = distinct !DILocation(line: 125, column: 30, scope: !3867, inlinedAt: !4110)
!4113 = !DILocation(line: 429, column: 14, scope: !3860, inlinedAt: !4108)
!4114 = !DILocation(line: 0, scope: !3843, inlinedAt: !4103)
!4115 = !DILocation(line: 1920, column: 16, scope: !3843, inlinedAt: !4103)
!4116 = !DILocation(line: 568, column: 14, scope: !3877, inlinedAt: !4112)
!4117 = !DILocation(line: 0, scope: !1604, inlinedAt: !4118)
!4118 = distinct !DILocation(line: 1921, column: 24, scope: !3843, inlinedAt: !4103)
!4119 = !DILocation(line: 0, scope: !1613, inlinedAt: !4120)
!4120 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4118)
!4121 = !DILocation(line: 0, scope: !1621, inlinedAt: !4122)
!4122 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4120)
!4123 = !DILocation(line: 0, scope: !1630, inlinedAt: !4124)
!4124 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4122)
!4125 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4124)
!4126 = !DILocation(line: 1920, column: 13, scope: !3843, inlinedAt: !4103)
!4127 = !DILocation(line: 0, scope: !3821, inlinedAt: !4128)
!4128 = distinct !DILocation(line: 805, column: 1, scope: !3812, inlinedAt: !4100)
!4129 = !DILocation(line: 0, scope: !3827, inlinedAt: !4128)
!4130 = !DILocation(line: 0, scope: !3849, inlinedAt: !4131)
!4131 = distinct !DILocation(line: 1919, column: 26, scope: !3827, inlinedAt: !4128)
!4132 = !DILocation(line: 0, scope: !3860, inlinedAt: !4133)
!4133 = distinct !DILocation(line: 255, column: 43, scope: !3849, inlinedAt: !4131)
!4134 = !DILocation(line: 0, scope: !3867, inlinedAt: !4135)
!4135 = distinct !DILocation(line: 255, column: 68, scope: !3849, inlinedAt: !4131)
!4136 = !DILocation(line: 0, scope: !3877, inlinedAt: !4137)
!4137 = distinct !DILocation(line: 125, column: 30, scope: !3867, inlinedAt: !4135)
!4138 = !DILocation(line: 429, column: 14, scope: !3860, inlinedAt: !4133)
!4139 = !DILocation(line: 0, scope: !3843, inlinedAt: !4128)
!4140 = !DILocation(line: 1920, column: 16, scope: !3843, inlinedAt: !4128)
!4141 = !DILocation(line: 568, column: 14, scope: !3877, inlinedAt: !4137)
!4142 = !DILocation(line: 0, scope: !1604, inlinedAt: !4143)
!4143 = distinct !DILocation(line: 1921, column: 24, scope: !3843, inlinedAt: !4128)
!4144 = !DILocation(line: 0, scope: !1613, inlinedAt: !4145)
!4145 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4143)
!4146 = !DILocation(line: 0, scope: !1621, inlinedAt: !4147)
!4147 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4145)
!4148 = !DILocation(line: 0, scope: !1630, inlinedAt: !4149)
!4149 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4147)
!4150 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4149)
!4151 = !DILocation(line: 1920, column: 13, scope: !3843, inlinedAt: !4128)
!4152 = !DILocalVariable(arg: 1, scope: !4153, file: !1510, line: 805, type: !4156)
!4153 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17hd0286eecb6f08ae4E", scope: !68, file: !1510, line: 805, type: !4154, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4158, retainedNodes: !4157)
!4154 = !DISubroutineType(types: !4155)
!4155 = !{null, !4156}
!4156 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !169, size: 64, align: 64, dwarfAddressSpace: 0)
!4157 = !{!4152}
!4158 = !{!4159}
!4159 = !DITemplateTypeParameter(name: "T", type: !169)
!4160 = !DILocation(line: 0, scope: !4153, inlinedAt: !4161)
!4161 = distinct !DILocation(line: 805, column: 1, scope: !4061)
!4162 = !DILocalVariable(name: "self", arg: 1, scope: !4163, file: !1549, line: 421, type: !4166)
!4163 = distinct !DISubprogram(name: "drop<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1a8f5ce73e0a2467E", scope: !1550, file: !1549, line: 421, type: !4164, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !211, retainedNodes: !4167)
!4164 = !DISubroutineType(types: !4165)
!4165 = !{null, !4166}
!4166 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !169, size: 64, align: 64, dwarfAddressSpace: 0)
!4167 = !{!4162}
!4168 = !DILocation(line: 0, scope: !4163, inlinedAt: !4169)
!4169 = distinct !DILocation(line: 805, column: 1, scope: !4153, inlinedAt: !4161)
!4170 = !DILocation(line: 0, scope: !1558, inlinedAt: !4171)
!4171 = distinct !DILocation(line: 423, column: 29, scope: !4163, inlinedAt: !4169)
!4172 = !DILocation(line: 0, scope: !1571, inlinedAt: !4173)
!4173 = distinct !DILocation(line: 872, column: 52, scope: !1566, inlinedAt: !4171)
!4174 = !DILocalVariable(name: "self", arg: 1, scope: !4175, file: !1738, line: 1220, type: !9)
!4175 = distinct !DISubprogram(name: "unchecked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_mul", scope: !1739, file: !1738, line: 1220, type: !4176, scopeLine: 1220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !4178)
!4176 = !DISubroutineType(types: !4177)
!4177 = !{!9, !9, !9, !1121}
!4178 = !{!4174, !4179}
!4179 = !DILocalVariable(name: "rhs", arg: 2, scope: !4175, file: !1738, line: 1220, type: !9)
!4180 = !DILocation(line: 0, scope: !4175, inlinedAt: !4181)
!4181 = distinct !DILocation(line: 640, column: 53, scope: !1571, inlinedAt: !4173)
!4182 = !DILocation(line: 632, column: 39, scope: !1571, inlinedAt: !4173)
!4183 = !DILocation(line: 1232, column: 17, scope: !4175, inlinedAt: !4181)
!4184 = !DILocation(line: 0, scope: !1566, inlinedAt: !4171)
!4185 = !DILocation(line: 0, scope: !1604, inlinedAt: !4186)
!4186 = distinct !DILocation(line: 874, column: 28, scope: !1566, inlinedAt: !4171)
!4187 = !DILocation(line: 0, scope: !1613, inlinedAt: !4188)
!4188 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4186)
!4189 = !DILocation(line: 0, scope: !1621, inlinedAt: !4190)
!4190 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4188)
!4191 = !DILocation(line: 0, scope: !1630, inlinedAt: !4192)
!4192 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4190)
!4193 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4192)
!4194 = !DILocation(line: 200, column: 9, scope: !1621, inlinedAt: !4190)
!4195 = !DILocation(line: 0, scope: !4153, inlinedAt: !4196)
!4196 = distinct !DILocation(line: 805, column: 1, scope: !4061)
!4197 = !DILocation(line: 0, scope: !4163, inlinedAt: !4198)
!4198 = distinct !DILocation(line: 805, column: 1, scope: !4153, inlinedAt: !4196)
!4199 = !DILocation(line: 0, scope: !1558, inlinedAt: !4200)
!4200 = distinct !DILocation(line: 423, column: 29, scope: !4163, inlinedAt: !4198)
!4201 = !DILocation(line: 0, scope: !1571, inlinedAt: !4202)
!4202 = distinct !DILocation(line: 872, column: 52, scope: !1566, inlinedAt: !4200)
!4203 = !DILocation(line: 0, scope: !4175, inlinedAt: !4204)
!4204 = distinct !DILocation(line: 640, column: 53, scope: !1571, inlinedAt: !4202)
!4205 = !DILocation(line: 632, column: 39, scope: !1571, inlinedAt: !4202)
!4206 = !DILocation(line: 1232, column: 17, scope: !4175, inlinedAt: !4204)
!4207 = !DILocation(line: 0, scope: !1566, inlinedAt: !4200)
!4208 = !DILocation(line: 0, scope: !1604, inlinedAt: !4209)
!4209 = distinct !DILocation(line: 874, column: 28, scope: !1566, inlinedAt: !4200)
!4210 = !DILocation(line: 0, scope: !1613, inlinedAt: !4211)
!4211 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4209)
!4212 = !DILocation(line: 0, scope: !1621, inlinedAt: !4213)
!4213 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4211)
!4214 = !DILocation(line: 0, scope: !1630, inlinedAt: !4215)
!4215 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4213)
!4216 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4215)
!4217 = !DILocation(line: 200, column: 9, scope: !1621, inlinedAt: !4213)
!4218 = distinct !DISubprogram(name: "drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>>", linkageName: "_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E", scope: !68, file: !1510, line: 805, type: !4219, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4224, retainedNodes: !4222)
!4219 = !DISubroutineType(types: !4220)
!4220 = !{null, !4221}
!4221 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !369, size: 64, align: 64, dwarfAddressSpace: 0)
!4222 = !{!4223}
!4223 = !DILocalVariable(arg: 1, scope: !4218, file: !1510, line: 805, type: !4221)
!4224 = !{!4225}
!4225 = !DITemplateTypeParameter(name: "T", type: !369)
!4226 = !DILocation(line: 0, scope: !4218)
!4227 = !{!4228}
!4228 = distinct !{!4228, !4229, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E: %_1"}
!4229 = distinct !{!4229, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E"}
!4230 = !DILocation(line: 805, column: 1, scope: !4218)
!4231 = !DILocation(line: 0, scope: !3552, inlinedAt: !4232)
!4232 = distinct !DILocation(line: 805, column: 1, scope: !4218)
!4233 = !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !4232)
!4234 = !DILocation(line: 0, scope: !3560, inlinedAt: !4235)
!4235 = distinct !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !4232)
!4236 = !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !4235)
!4237 = !DILocation(line: 0, scope: !3569, inlinedAt: !4238)
!4238 = distinct !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !4235)
!4239 = !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !4238)
!4240 = !{!4241, !4228}
!4241 = distinct !{!4241, !4242, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E: %_1"}
!4242 = distinct !{!4242, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"}
!4243 = !DILocation(line: 0, scope: !3581, inlinedAt: !4244)
!4244 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !4238)
!4245 = !DILocation(line: 0, scope: !3588, inlinedAt: !4244)
!4246 = !DILocation(line: 0, scope: !3610, inlinedAt: !4247)
!4247 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !4244)
!4248 = !DILocation(line: 0, scope: !3622, inlinedAt: !4249)
!4249 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !4247)
!4250 = !DILocation(line: 0, scope: !3629, inlinedAt: !4251)
!4251 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !4247)
!4252 = !DILocation(line: 0, scope: !3640, inlinedAt: !4253)
!4253 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !4251)
!4254 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !4249)
!4255 = !DILocation(line: 0, scope: !3604, inlinedAt: !4244)
!4256 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !4244)
!4257 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !4253)
!4258 = !DILocation(line: 0, scope: !1604, inlinedAt: !4259)
!4259 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !4244)
!4260 = !DILocation(line: 0, scope: !1613, inlinedAt: !4261)
!4261 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4259)
!4262 = !DILocation(line: 0, scope: !1621, inlinedAt: !4263)
!4263 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4261)
!4264 = !DILocation(line: 0, scope: !1630, inlinedAt: !4265)
!4265 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4263)
!4266 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4265)
!4267 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !4244)
!4268 = !DILocation(line: 0, scope: !3581, inlinedAt: !4269)
!4269 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !4238)
!4270 = !DILocation(line: 0, scope: !3588, inlinedAt: !4269)
!4271 = !DILocation(line: 0, scope: !3610, inlinedAt: !4272)
!4272 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !4269)
!4273 = !DILocation(line: 0, scope: !3622, inlinedAt: !4274)
!4274 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !4272)
!4275 = !DILocation(line: 0, scope: !3629, inlinedAt: !4276)
!4276 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !4272)
!4277 = !DILocation(line: 0, scope: !3640, inlinedAt: !4278)
!4278 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !4276)
!4279 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !4274)
!4280 = !DILocation(line: 0, scope: !3604, inlinedAt: !4269)
!4281 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !4269)
!4282 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !4278)
!4283 = !DILocation(line: 0, scope: !1604, inlinedAt: !4284)
!4284 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !4269)
!4285 = !DILocation(line: 0, scope: !1613, inlinedAt: !4286)
!4286 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4284)
!4287 = !DILocation(line: 0, scope: !1621, inlinedAt: !4288)
!4288 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4286)
!4289 = !DILocation(line: 0, scope: !1630, inlinedAt: !4290)
!4290 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4288)
!4291 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4290)
!4292 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !4269)
!4293 = distinct !DISubprogram(name: "drop_in_place<std::io::error::Error>", linkageName: "_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha37060210876742eE", scope: !68, file: !1510, line: 805, type: !4294, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4299, retainedNodes: !4297)
!4294 = !DISubroutineType(types: !4295)
!4295 = !{null, !4296}
!4296 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::Error", baseType: !445, size: 64, align: 64, dwarfAddressSpace: 0)
!4297 = !{!4298}
!4298 = !DILocalVariable(arg: 1, scope: !4293, file: !1510, line: 805, type: !4296)
!4299 = !{!4300}
!4300 = !DITemplateTypeParameter(name: "T", type: !445)
!4301 = !DILocation(line: 0, scope: !4293)
!4302 = !DILocation(line: 805, column: 1, scope: !4293)
!4303 = !DILocalVariable(arg: 1, scope: !4304, file: !1510, line: 805, type: !4307)
!4304 = distinct !DISubprogram(name: "drop_in_place<std::io::error::repr_bitpacked::Repr>", linkageName: "_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17hb9cc2b4b7bc54f89E", scope: !68, file: !1510, line: 805, type: !4305, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4309, retainedNodes: !4308)
!4305 = !DISubroutineType(types: !4306)
!4306 = !{null, !4307}
!4307 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::repr_bitpacked::Repr", baseType: !450, size: 64, align: 64, dwarfAddressSpace: 0)
!4308 = !{!4303}
!4309 = !{!4310}
!4310 = !DITemplateTypeParameter(name: "T", type: !450)
!4311 = !DILocation(line: 0, scope: !4304, inlinedAt: !4312)
!4312 = distinct !DILocation(line: 805, column: 1, scope: !4293)
!4313 = !DILocalVariable(name: "self", arg: 1, scope: !4314, file: !2997, line: 230, type: !4318)
!4314 = distinct !DISubprogram(name: "drop", linkageName: "_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4ReprNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop", scope: !4315, file: !2997, line: 230, type: !4316, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, retainedNodes: !4319)
!4315 = !DINamespace(name: "{impl#3}", scope: !451)
!4316 = !DISubroutineType(types: !4317)
!4317 = !{null, !4318}
!4318 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::io::error::repr_bitpacked::Repr", baseType: !450, size: 64, align: 64, dwarfAddressSpace: 0)
!4319 = !{!4313}
!4320 = !DILocation(line: 0, scope: !4314, inlinedAt: !4321)
!4321 = distinct !DILocation(line: 805, column: 1, scope: !4304, inlinedAt: !4312)
!4322 = !DILocalVariable(name: "ptr", arg: 1, scope: !4323, file: !2997, line: 244, type: !454)
!4323 = distinct !DISubprogram(name: "decode_repr<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>", linkageName: "_ZN3std2io5error14repr_bitpacked11decode_repr17hd87a505c422b31d1E", scope: !451, file: !2997, line: 244, type: !4324, scopeLine: 244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4340, retainedNodes: !4328)
!4324 = !DISubroutineType(types: !4325)
!4325 = !{!461, !454, !4326}
!4326 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !4327, file: !2, align: 8, elements: !23, identifier: "314169df718c082536f851d87fa6c097")
!4327 = !DINamespace(name: "drop", scope: !4315)
!4328 = !{!4322, !4329, !4330, !4332, !4334, !4336, !4338}
!4329 = !DILocalVariable(name: "make_custom", arg: 2, scope: !4323, file: !2997, line: 244, type: !4326)
!4330 = !DILocalVariable(name: "bits", scope: !4331, file: !2997, line: 248, type: !9, align: 64)
!4331 = distinct !DILexicalBlock(scope: !4323, file: !2997, line: 248, column: 5)
!4332 = !DILocalVariable(name: "code", scope: !4333, file: !2997, line: 251, type: !469, align: 32)
!4333 = distinct !DILexicalBlock(scope: !4331, file: !2997, line: 251, column: 13)
!4334 = !DILocalVariable(name: "kind_bits", scope: !4335, file: !2997, line: 255, type: !339, align: 32)
!4335 = distinct !DILexicalBlock(scope: !4331, file: !2997, line: 255, column: 13)
!4336 = !DILocalVariable(name: "kind", scope: !4337, file: !2997, line: 256, type: !476, align: 8)
!4337 = distinct !DILexicalBlock(scope: !4335, file: !2997, line: 256, column: 13)
!4338 = !DILocalVariable(name: "custom", scope: !4339, file: !2997, line: 276, type: !3047, align: 64)
!4339 = distinct !DILexicalBlock(scope: !4331, file: !2997, line: 276, column: 13)
!4340 = !{!471, !4341}
!4341 = !DITemplateTypeParameter(name: "F", type: !4326)
!4342 = !DILocation(line: 0, scope: !4323, inlinedAt: !4343)
!4343 = distinct !DILocation(line: 234, column: 21, scope: !4314, inlinedAt: !4321)
!4344 = !DILocation(line: 244, column: 47, scope: !4323, inlinedAt: !4343)
!4345 = !DILocalVariable(name: "count", scope: !4346, file: !3055, line: 1244, type: !9, align: 64)
!4346 = distinct !DISubprogram(name: "wrapping_byte_sub<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$17wrapping_byte_sub17h21ab709e89bb9d27E", scope: !3056, file: !3055, line: 1244, type: !3058, scopeLine: 1244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !4347)
!4347 = !{!4348, !4345}
!4348 = !DILocalVariable(name: "self", arg: 1, scope: !4346, file: !3055, line: 1244, type: !3060)
!4349 = !DILocation(line: 0, scope: !4346, inlinedAt: !4350)
!4350 = distinct !DILocation(line: 276, column: 39, scope: !4331, inlinedAt: !4343)
!4351 = !DILocalVariable(name: "count", scope: !4352, file: !3055, line: 1224, type: !9, align: 64)
!4352 = distinct !DISubprogram(name: "wrapping_sub<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$12wrapping_sub17h0f845f515e74052cE", scope: !3056, file: !3055, line: 1224, type: !3067, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !185, retainedNodes: !4353)
!4353 = !{!4354, !4351}
!4354 = !DILocalVariable(name: "self", arg: 1, scope: !4352, file: !3055, line: 1224, type: !908)
!4355 = !DILocation(line: 0, scope: !4352, inlinedAt: !4356)
!4356 = distinct !DILocation(line: 1245, column: 27, scope: !4346, inlinedAt: !4350)
!4357 = !DILocalVariable(name: "count", scope: !4358, file: !3055, line: 465, type: !3077, align: 64)
!4358 = distinct !DISubprogram(name: "wrapping_offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$15wrapping_offset17hbc8643bc820ff6e7E", scope: !3056, file: !3055, line: 465, type: !3075, scopeLine: 465, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !185, retainedNodes: !4359)
!4359 = !{!4360, !4357}
!4360 = !DILocalVariable(name: "self", arg: 1, scope: !4358, file: !3055, line: 465, type: !908)
!4361 = !DILocation(line: 0, scope: !4358, inlinedAt: !4362)
!4362 = distinct !DILocation(line: 1228, column: 14, scope: !4352, inlinedAt: !4356)
!4363 = !DILocalVariable(name: "self", arg: 1, scope: !4364, file: !3055, line: 144, type: !3060)
!4364 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$4addr17h3e7bf99418fed81cE", scope: !3056, file: !3055, line: 144, type: !4365, scopeLine: 144, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !4367)
!4365 = !DISubroutineType(types: !4366)
!4366 = !{!9, !3060}
!4367 = !{!4363}
!4368 = !DILocation(line: 0, scope: !4364, inlinedAt: !4369)
!4369 = distinct !DILocation(line: 248, column: 29, scope: !4323, inlinedAt: !4343)
!4370 = !DILocation(line: 150, column: 18, scope: !4364, inlinedAt: !4369)
!4371 = !DILocation(line: 0, scope: !4331, inlinedAt: !4343)
!4372 = !DILocation(line: 249, column: 11, scope: !4331, inlinedAt: !4343)
!4373 = !DILocation(line: 249, column: 5, scope: !4331, inlinedAt: !4343)
!4374 = !DILocation(line: 0, scope: !4335, inlinedAt: !4343)
!4375 = !DILocalVariable(name: "self", arg: 1, scope: !4376, file: !1117, line: 1061, type: !3115)
!4376 = distinct !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17he0db92ccce3b9da2E", scope: !3115, file: !1117, line: 1061, type: !4377, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4383, declaration: !4382, retainedNodes: !4385)
!4377 = !DISubroutineType(types: !4378)
!4378 = !{!476, !3115, !4379, !1121}
!4379 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>", scope: !3131, file: !2, size: 64, align: 64, elements: !4380, templateParams: !23, identifier: "d60917ee853a876041acadc572b8e29b")
!4380 = !{!4381}
!4381 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__bits", scope: !4379, file: !2, baseType: !3134, size: 64, align: 64)
!4382 = !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17he0db92ccce3b9da2E", scope: !3115, file: !1117, line: 1061, type: !4377, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4383)
!4383 = !{!3122, !4384}
!4384 = !DITemplateTypeParameter(name: "F", type: !4379)
!4385 = !{!4375, !4386, !4387}
!4386 = !DILocalVariable(name: "f", scope: !4376, file: !1117, line: 1061, type: !4379, align: 64)
!4387 = !DILocalVariable(name: "x", scope: !4388, file: !1117, line: 1066, type: !476, align: 8)
!4388 = distinct !DILexicalBlock(scope: !4376, file: !1117, line: 1066, column: 13)
!4389 = !DILocation(line: 0, scope: !4376, inlinedAt: !4390)
!4390 = distinct !DILocation(line: 256, column: 50, scope: !4335, inlinedAt: !4343)
!4391 = !DILocation(line: 1061, column: 42, scope: !4376, inlinedAt: !4390)
!4392 = !DILocation(line: 1065, column: 15, scope: !4376, inlinedAt: !4390)
!4393 = !DILocation(line: 1065, column: 9, scope: !4376, inlinedAt: !4390)
!4394 = !DILocation(line: 267, column: 9, scope: !4331, inlinedAt: !4343)
!4395 = !DILocation(line: 470, column: 18, scope: !4358, inlinedAt: !4362)
!4396 = !DILocalVariable(arg: 1, scope: !4397, file: !1510, line: 805, type: !4400)
!4397 = distinct !DISubprogram(name: "drop_in_place<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr101drop_in_place$LT$std..io..error..ErrorData$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$$GT$17h3ce7ba30b31b65d2E", scope: !68, file: !1510, line: 805, type: !4398, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !459, retainedNodes: !4401)
!4398 = !DISubroutineType(types: !4399)
!4399 = !{null, !4400}
!4400 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", baseType: !461, size: 64, align: 64, dwarfAddressSpace: 0)
!4401 = !{!4396}
!4402 = !DILocation(line: 0, scope: !4397, inlinedAt: !4403)
!4403 = distinct !DILocation(line: 234, column: 72, scope: !4314, inlinedAt: !4321)
!4404 = !DILocalVariable(arg: 1, scope: !4405, file: !1510, line: 805, type: !4408)
!4405 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h582aec0ffa058f51E", scope: !68, file: !1510, line: 805, type: !4406, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4410, retainedNodes: !4409)
!4406 = !DISubroutineType(types: !4407)
!4407 = !{null, !4408}
!4408 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !472, size: 64, align: 64, dwarfAddressSpace: 0)
!4409 = !{!4404}
!4410 = !{!4411}
!4411 = !DITemplateTypeParameter(name: "T", type: !472)
!4412 = !DILocation(line: 0, scope: !4405, inlinedAt: !4413)
!4413 = distinct !DILocation(line: 805, column: 1, scope: !4397, inlinedAt: !4403)
!4414 = !DILocation(line: 805, column: 1, scope: !4405, inlinedAt: !4413)
!4415 = !DILocalVariable(arg: 1, scope: !4416, file: !1510, line: 805, type: !3047)
!4416 = distinct !DISubprogram(name: "drop_in_place<std::io::error::Custom>", linkageName: "_ZN4core3ptr43drop_in_place$LT$std..io..error..Custom$GT$17hd45b5f76ff5a3799E", scope: !68, file: !1510, line: 805, type: !4417, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4420, retainedNodes: !4419)
!4417 = !DISubroutineType(types: !4418)
!4418 = !{null, !3047}
!4419 = !{!4415}
!4420 = !{!4421}
!4421 = !DITemplateTypeParameter(name: "T", type: !473)
!4422 = !DILocation(line: 0, scope: !4416, inlinedAt: !4423)
!4423 = distinct !DILocation(line: 805, column: 1, scope: !4405, inlinedAt: !4413)
!4424 = !DILocalVariable(arg: 1, scope: !4425, file: !1510, line: 805, type: !4428)
!4425 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr118drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..error..Error$u2b$core..marker..Sync$u2b$core..marker..Send$GT$$GT$17ha70fb8a9c1b77698E", scope: !68, file: !1510, line: 805, type: !4426, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4430, retainedNodes: !4429)
!4426 = !DISubroutineType(types: !4427)
!4427 = !{null, !4428}
!4428 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", baseType: !521, size: 64, align: 64, dwarfAddressSpace: 0)
!4429 = !{!4424}
!4430 = !{!4431}
!4431 = !DITemplateTypeParameter(name: "T", type: !521)
!4432 = !DILocation(line: 0, scope: !4425, inlinedAt: !4433)
!4433 = distinct !DILocation(line: 805, column: 1, scope: !4416, inlinedAt: !4423)
!4434 = !DILocation(line: 805, column: 1, scope: !4425, inlinedAt: !4433)
!4435 = !DILocalVariable(name: "self", arg: 1, scope: !4436, file: !893, line: 1913, type: !4439)
!4436 = distinct !DISubprogram(name: "drop<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h83477cf498aa1425E", scope: !3582, file: !893, line: 1913, type: !4437, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4459, retainedNodes: !4440)
!4437 = !DISubroutineType(types: !4438)
!4438 = !{null, !4439}
!4439 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", baseType: !521, size: 64, align: 64, dwarfAddressSpace: 0)
!4440 = !{!4435, !4441, !4441, !4457}
!4441 = !DILocalVariable(name: "ptr", scope: !4442, file: !893, line: 1916, type: !4443, align: 64)
!4442 = distinct !DILexicalBlock(scope: !4436, file: !893, line: 1916, column: 9)
!4443 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !177, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4444, templateParams: !4453, identifier: "c75dfb3328e50b02baa35712fc26e5d5")
!4444 = !{!4445, !4455}
!4445 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4443, file: !2, baseType: !4446, size: 128, align: 64, flags: DIFlagPrivate)
!4446 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4447, templateParams: !4453, identifier: "1702f4861b193fdb272a4e9f7186362a")
!4447 = !{!4448}
!4448 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4446, file: !2, baseType: !4449, size: 128, align: 64, flags: DIFlagPrivate)
!4449 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::error::Error + core::marker::Send + core::marker::Sync)", file: !2, size: 128, align: 64, elements: !4450, templateParams: !23, identifier: "1c7ce11c7517d39a58278ef010046c40")
!4450 = !{!4451, !4452}
!4451 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4449, file: !2, baseType: !524, size: 64, align: 64)
!4452 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !4449, file: !2, baseType: !527, size: 64, align: 64, offset: 64)
!4453 = !{!4454}
!4454 = !DITemplateTypeParameter(name: "T", type: !525)
!4455 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !4443, file: !2, baseType: !4456, align: 8, offset: 128, flags: DIFlagPrivate)
!4456 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !4453, identifier: "f0926be65b7b9355f7fa9e3fa007e214")
!4457 = !DILocalVariable(name: "layout", scope: !4458, file: !893, line: 1919, type: !909, align: 64)
!4458 = distinct !DILexicalBlock(scope: !4442, file: !893, line: 1919, column: 13)
!4459 = !{!4454, !102}
!4460 = !DILocation(line: 0, scope: !4436, inlinedAt: !4461)
!4461 = distinct !DILocation(line: 805, column: 1, scope: !4425, inlinedAt: !4433)
!4462 = !DILocation(line: 0, scope: !4442, inlinedAt: !4461)
!4463 = !DILocalVariable(name: "t", arg: 1, scope: !4464, file: !3611, line: 253, type: !4449)
!4464 = distinct !DISubprogram(name: "for_value_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h0e97dae7fd254653E", scope: !909, file: !3611, line: 253, type: !4465, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4453, declaration: !4467, retainedNodes: !4468)
!4465 = !DISubroutineType(types: !4466)
!4466 = !{!909, !4449}
!4467 = !DISubprogram(name: "for_value_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h0e97dae7fd254653E", scope: !909, file: !3611, line: 253, type: !4465, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4453)
!4468 = !{!4463, !4469, !4471}
!4469 = !DILocalVariable(name: "size", scope: !4470, file: !3611, line: 255, type: !9, align: 64)
!4470 = distinct !DILexicalBlock(scope: !4464, file: !3611, line: 255, column: 9)
!4471 = !DILocalVariable(name: "alignment", scope: !4470, file: !3611, line: 255, type: !915, align: 64)
!4472 = !DILocation(line: 0, scope: !4464, inlinedAt: !4473)
!4473 = distinct !DILocation(line: 1919, column: 26, scope: !4442, inlinedAt: !4461)
!4474 = !DILocalVariable(name: "val", arg: 1, scope: !4475, file: !2673, line: 427, type: !4449)
!4475 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3mem15size_of_val_raw17h850a6ad69a918d9dE", scope: !43, file: !2673, line: 427, type: !4476, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4453, retainedNodes: !4478)
!4476 = !DISubroutineType(types: !4477)
!4477 = !{!9, !4449}
!4478 = !{!4474}
!4479 = !DILocation(line: 0, scope: !4475, inlinedAt: !4480)
!4480 = distinct !DILocation(line: 255, column: 43, scope: !4464, inlinedAt: !4473)
!4481 = !DILocalVariable(name: "val", arg: 1, scope: !4482, file: !3630, line: 123, type: !4449)
!4482 = distinct !DISubprogram(name: "of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h2801d7ede6bd1a5dE", scope: !915, file: !3630, line: 123, type: !4483, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4453, declaration: !4485, retainedNodes: !4486)
!4483 = !DISubroutineType(types: !4484)
!4484 = !{!915, !4449}
!4485 = !DISubprogram(name: "of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h2801d7ede6bd1a5dE", scope: !915, file: !3630, line: 123, type: !4483, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4453)
!4486 = !{!4481, !4487}
!4487 = !DILocalVariable(name: "align", scope: !4488, file: !3630, line: 125, type: !9, align: 64)
!4488 = distinct !DILexicalBlock(scope: !4482, file: !3630, line: 125, column: 9)
!4489 = !DILocation(line: 0, scope: !4482, inlinedAt: !4490)
!4490 = distinct !DILocation(line: 255, column: 68, scope: !4464, inlinedAt: !4473)
!4491 = !DILocalVariable(name: "val", arg: 1, scope: !4492, file: !2673, line: 566, type: !4449)
!4492 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3mem16align_of_val_raw17h19924f0e5785c6e4E", scope: !43, file: !2673, line: 566, type: !4476, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4453, retainedNodes: !4493)
!4493 = !{!4491}
!4494 = !DILocation(line: 0, scope: !4492, inlinedAt: !4495)
!4495 = distinct !DILocation(line: 125, column: 30, scope: !4482, inlinedAt: !4490)
!4496 = !DILocation(line: 429, column: 14, scope: !4475, inlinedAt: !4480)
!4497 = !DILocation(line: 0, scope: !4458, inlinedAt: !4461)
!4498 = !DILocation(line: 1920, column: 16, scope: !4458, inlinedAt: !4461)
!4499 = !DILocation(line: 568, column: 14, scope: !4492, inlinedAt: !4495)
!4500 = !DILocation(line: 0, scope: !1604, inlinedAt: !4501)
!4501 = distinct !DILocation(line: 1921, column: 24, scope: !4458, inlinedAt: !4461)
!4502 = !DILocation(line: 0, scope: !1613, inlinedAt: !4503)
!4503 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4501)
!4504 = !DILocation(line: 0, scope: !1621, inlinedAt: !4505)
!4505 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4503)
!4506 = !DILocation(line: 0, scope: !1630, inlinedAt: !4507)
!4507 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4505)
!4508 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4507)
!4509 = !DILocation(line: 1920, column: 13, scope: !4458, inlinedAt: !4461)
!4510 = !DILocation(line: 0, scope: !4436, inlinedAt: !4511)
!4511 = distinct !DILocation(line: 805, column: 1, scope: !4425, inlinedAt: !4433)
!4512 = !DILocation(line: 0, scope: !4442, inlinedAt: !4511)
!4513 = !DILocation(line: 0, scope: !4464, inlinedAt: !4514)
!4514 = distinct !DILocation(line: 1919, column: 26, scope: !4442, inlinedAt: !4511)
!4515 = !DILocation(line: 0, scope: !4475, inlinedAt: !4516)
!4516 = distinct !DILocation(line: 255, column: 43, scope: !4464, inlinedAt: !4514)
!4517 = !DILocation(line: 0, scope: !4482, inlinedAt: !4518)
!4518 = distinct !DILocation(line: 255, column: 68, scope: !4464, inlinedAt: !4514)
!4519 = !DILocation(line: 0, scope: !4492, inlinedAt: !4520)
!4520 = distinct !DILocation(line: 125, column: 30, scope: !4482, inlinedAt: !4518)
!4521 = !DILocation(line: 429, column: 14, scope: !4475, inlinedAt: !4516)
!4522 = !DILocation(line: 0, scope: !4458, inlinedAt: !4511)
!4523 = !DILocation(line: 1920, column: 16, scope: !4458, inlinedAt: !4511)
!4524 = !DILocation(line: 568, column: 14, scope: !4492, inlinedAt: !4520)
!4525 = !DILocation(line: 0, scope: !1604, inlinedAt: !4526)
!4526 = distinct !DILocation(line: 1921, column: 24, scope: !4458, inlinedAt: !4511)
!4527 = !DILocation(line: 0, scope: !1613, inlinedAt: !4528)
!4528 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4526)
!4529 = !DILocation(line: 0, scope: !1621, inlinedAt: !4530)
!4530 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4528)
!4531 = !DILocation(line: 0, scope: !1630, inlinedAt: !4532)
!4532 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4530)
!4533 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4532)
!4534 = !DILocation(line: 1920, column: 13, scope: !4458, inlinedAt: !4511)
!4535 = !DILocalVariable(name: "self", arg: 1, scope: !4536, file: !893, line: 1913, type: !4539)
!4536 = distinct !DISubprogram(name: "drop<std::io::error::Custom, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hda9f88f367500105E", scope: !3582, file: !893, line: 1913, type: !4537, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4554, retainedNodes: !4540)
!4537 = !DISubroutineType(types: !4538)
!4538 = !{null, !4539}
!4539 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !472, size: 64, align: 64, dwarfAddressSpace: 0)
!4540 = !{!4535, !4541, !4541, !4552}
!4541 = !DILocalVariable(name: "ptr", scope: !4542, file: !893, line: 1916, type: !4543, align: 64)
!4542 = distinct !DILexicalBlock(scope: !4536, file: !893, line: 1916, column: 9)
!4543 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<std::io::error::Custom>", scope: !177, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4544, templateParams: !4420, identifier: "2a6dc4f46575480727e2e2fcd7184dbd")
!4544 = !{!4545, !4550}
!4545 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4543, file: !2, baseType: !4546, size: 64, align: 64, flags: DIFlagPrivate)
!4546 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<std::io::error::Custom>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4547, templateParams: !4420, identifier: "27b44cab5b1d1849304c6ddb3fb66302")
!4547 = !{!4548}
!4548 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4546, file: !2, baseType: !4549, size: 64, align: 64, flags: DIFlagPrivate)
!4549 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const std::io::error::Custom", baseType: !473, size: 64, align: 64, dwarfAddressSpace: 0)
!4550 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !4543, file: !2, baseType: !4551, align: 8, offset: 64, flags: DIFlagPrivate)
!4551 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<std::io::error::Custom>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !4420, identifier: "73a1c622db2f419c5739f1d7f60ad822")
!4552 = !DILocalVariable(name: "layout", scope: !4553, file: !893, line: 1919, type: !909, align: 64)
!4553 = distinct !DILexicalBlock(scope: !4542, file: !893, line: 1919, column: 13)
!4554 = !{!4421, !102}
!4555 = !DILocation(line: 0, scope: !4536, inlinedAt: !4556)
!4556 = distinct !DILocation(line: 805, column: 1, scope: !4405, inlinedAt: !4413)
!4557 = !DILocation(line: 0, scope: !4553, inlinedAt: !4556)
!4558 = !DILocation(line: 0, scope: !4542, inlinedAt: !4556)
!4559 = !DILocation(line: 0, scope: !1604, inlinedAt: !4560)
!4560 = distinct !DILocation(line: 1921, column: 24, scope: !4553, inlinedAt: !4556)
!4561 = !DILocation(line: 0, scope: !1613, inlinedAt: !4562)
!4562 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4560)
!4563 = !DILocation(line: 0, scope: !1621, inlinedAt: !4564)
!4564 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4562)
!4565 = !DILocation(line: 0, scope: !1630, inlinedAt: !4566)
!4566 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4564)
!4567 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4566)
!4568 = !DILocation(line: 0, scope: !4536, inlinedAt: !4569)
!4569 = distinct !DILocation(line: 805, column: 1, scope: !4405, inlinedAt: !4413)
!4570 = !DILocation(line: 0, scope: !4553, inlinedAt: !4569)
!4571 = !DILocation(line: 0, scope: !4542, inlinedAt: !4569)
!4572 = !DILocation(line: 0, scope: !1604, inlinedAt: !4573)
!4573 = distinct !DILocation(line: 1921, column: 24, scope: !4553, inlinedAt: !4569)
!4574 = !DILocation(line: 0, scope: !1613, inlinedAt: !4575)
!4575 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4573)
!4576 = !DILocation(line: 0, scope: !1621, inlinedAt: !4577)
!4577 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4575)
!4578 = !DILocation(line: 0, scope: !1630, inlinedAt: !4579)
!4579 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4577)
!4580 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4579)
!4581 = !DILocation(line: 805, column: 1, scope: !4397, inlinedAt: !4403)
!4582 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::ThreadInit>", linkageName: "_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h2470e3438f1cfa6fE", scope: !68, file: !1510, line: 805, type: !4583, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2154, retainedNodes: !4585)
!4583 = !DISubroutineType(types: !4584)
!4584 = !{null, !2153}
!4585 = !{!4586}
!4586 = !DILocalVariable(arg: 1, scope: !4582, file: !1510, line: 805, type: !2153)
!4587 = !DILocation(line: 0, scope: !4582)
!4588 = !{!4589}
!4589 = distinct !{!4589, !4590, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!4590 = distinct !{!4590, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!4591 = !DILocation(line: 805, column: 1, scope: !4582)
!4592 = !DILocation(line: 0, scope: !1903, inlinedAt: !4593)
!4593 = distinct !DILocation(line: 805, column: 1, scope: !4582)
!4594 = !{!4595}
!4595 = distinct !{!4595, !4596, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!4596 = distinct !{!4596, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!4597 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !4593)
!4598 = !DILocation(line: 0, scope: !1917, inlinedAt: !4599)
!4599 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !4593)
!4600 = !{!4601}
!4601 = distinct !{!4601, !4602, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!4602 = distinct !{!4602, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!4603 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !4599)
!4604 = !DILocation(line: 0, scope: !1931, inlinedAt: !4605)
!4605 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !4599)
!4606 = !{!4607}
!4607 = distinct !{!4607, !4608, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!4608 = distinct !{!4608, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!4609 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !4605)
!4610 = !DILocation(line: 0, scope: !1945, inlinedAt: !4611)
!4611 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !4605)
!4612 = !DILocation(line: 0, scope: !1954, inlinedAt: !4613)
!4613 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !4611)
!4614 = !DILocation(line: 0, scope: !1963, inlinedAt: !4615)
!4615 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !4611)
!4616 = !DILocation(line: 0, scope: !1971, inlinedAt: !4617)
!4617 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !4615)
!4618 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !4619)
!4619 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !4613)
!4620 = !{!4607, !4601, !4595, !4589}
!4621 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !4615)
!4622 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !4617)
!4623 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !4611)
!4624 = !DILocation(line: 0, scope: !1991, inlinedAt: !4625)
!4625 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !4611)
!4626 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !4625)
!4627 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !4611)
!4628 = !DILocation(line: 0, scope: !3812, inlinedAt: !4629)
!4629 = distinct !DILocation(line: 805, column: 1, scope: !4582)
!4630 = !DILocation(line: 805, column: 1, scope: !3812, inlinedAt: !4629)
!4631 = !DILocation(line: 0, scope: !3821, inlinedAt: !4632)
!4632 = distinct !DILocation(line: 805, column: 1, scope: !3812, inlinedAt: !4629)
!4633 = !DILocation(line: 0, scope: !3827, inlinedAt: !4632)
!4634 = !DILocation(line: 0, scope: !3849, inlinedAt: !4635)
!4635 = distinct !DILocation(line: 1919, column: 26, scope: !3827, inlinedAt: !4632)
!4636 = !DILocation(line: 0, scope: !3860, inlinedAt: !4637)
!4637 = distinct !DILocation(line: 255, column: 43, scope: !3849, inlinedAt: !4635)
!4638 = !DILocation(line: 0, scope: !3867, inlinedAt: !4639)
!4639 = distinct !DILocation(line: 255, column: 68, scope: !3849, inlinedAt: !4635)
!4640 = !DILocation(line: 0, scope: !3877, inlinedAt: !4641)
!4641 = distinct !DILocation(line: 125, column: 30, scope: !3867, inlinedAt: !4639)
!4642 = !DILocation(line: 429, column: 14, scope: !3860, inlinedAt: !4637)
!4643 = !DILocation(line: 0, scope: !3843, inlinedAt: !4632)
!4644 = !DILocation(line: 1920, column: 16, scope: !3843, inlinedAt: !4632)
!4645 = !DILocation(line: 568, column: 14, scope: !3877, inlinedAt: !4641)
!4646 = !DILocation(line: 0, scope: !1604, inlinedAt: !4647)
!4647 = distinct !DILocation(line: 1921, column: 24, scope: !3843, inlinedAt: !4632)
!4648 = !DILocation(line: 0, scope: !1613, inlinedAt: !4649)
!4649 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4647)
!4650 = !DILocation(line: 0, scope: !1621, inlinedAt: !4651)
!4651 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4649)
!4652 = !DILocation(line: 0, scope: !1630, inlinedAt: !4653)
!4653 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4651)
!4654 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4653)
!4655 = !DILocation(line: 1920, column: 13, scope: !3843, inlinedAt: !4632)
!4656 = !DILocation(line: 0, scope: !3821, inlinedAt: !4657)
!4657 = distinct !DILocation(line: 805, column: 1, scope: !3812, inlinedAt: !4629)
!4658 = !DILocation(line: 0, scope: !3827, inlinedAt: !4657)
!4659 = !DILocation(line: 0, scope: !3849, inlinedAt: !4660)
!4660 = distinct !DILocation(line: 1919, column: 26, scope: !3827, inlinedAt: !4657)
!4661 = !DILocation(line: 0, scope: !3860, inlinedAt: !4662)
!4662 = distinct !DILocation(line: 255, column: 43, scope: !3849, inlinedAt: !4660)
!4663 = !DILocation(line: 0, scope: !3867, inlinedAt: !4664)
!4664 = distinct !DILocation(line: 255, column: 68, scope: !3849, inlinedAt: !4660)
!4665 = !DILocation(line: 0, scope: !3877, inlinedAt: !4666)
!4666 = distinct !DILocation(line: 125, column: 30, scope: !3867, inlinedAt: !4664)
!4667 = !DILocation(line: 429, column: 14, scope: !3860, inlinedAt: !4662)
!4668 = !DILocation(line: 0, scope: !3843, inlinedAt: !4657)
!4669 = !DILocation(line: 1920, column: 16, scope: !3843, inlinedAt: !4657)
!4670 = !DILocation(line: 568, column: 14, scope: !3877, inlinedAt: !4666)
!4671 = !DILocation(line: 0, scope: !1604, inlinedAt: !4672)
!4672 = distinct !DILocation(line: 1921, column: 24, scope: !3843, inlinedAt: !4657)
!4673 = !DILocation(line: 0, scope: !1613, inlinedAt: !4674)
!4674 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4672)
!4675 = !DILocation(line: 0, scope: !1621, inlinedAt: !4676)
!4676 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4674)
!4677 = !DILocation(line: 0, scope: !1630, inlinedAt: !4678)
!4678 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4676)
!4679 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4678)
!4680 = !DILocation(line: 1920, column: 13, scope: !3843, inlinedAt: !4657)
!4681 = distinct !DISubprogram(name: "drop_in_place<std::thread::spawnhook::ChildSpawnHooks>", linkageName: "_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h811c30b349f0dbedE", scope: !68, file: !1510, line: 805, type: !4682, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4687, retainedNodes: !4685)
!4682 = !DISubroutineType(types: !4683)
!4683 = !{null, !4684}
!4684 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::spawnhook::ChildSpawnHooks", baseType: !108, size: 64, align: 64, dwarfAddressSpace: 0)
!4685 = !{!4686}
!4686 = !DILocalVariable(arg: 1, scope: !4681, file: !1510, line: 805, type: !4684)
!4687 = !{!4688}
!4688 = !DITemplateTypeParameter(name: "T", type: !108)
!4689 = !DILocation(line: 0, scope: !4681)
!4690 = !DILocation(line: 805, column: 1, scope: !4681)
!4691 = !DILocalVariable(arg: 1, scope: !4692, file: !1510, line: 805, type: !4695)
!4692 = distinct !DISubprogram(name: "drop_in_place<std::thread::spawnhook::SpawnHooks>", linkageName: "_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17h62281ad2a89fc7b9E", scope: !68, file: !1510, line: 805, type: !4693, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4697, retainedNodes: !4696)
!4693 = !DISubroutineType(types: !4694)
!4694 = !{null, !4695}
!4695 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::spawnhook::SpawnHooks", baseType: !112, size: 64, align: 64, dwarfAddressSpace: 0)
!4696 = !{!4691}
!4697 = !{!4698}
!4698 = !DITemplateTypeParameter(name: "T", type: !112)
!4699 = !DILocation(line: 0, scope: !4692, inlinedAt: !4700)
!4700 = distinct !DILocation(line: 805, column: 1, scope: !4681)
!4701 = !DILocation(line: 805, column: 1, scope: !4692, inlinedAt: !4700)
!4702 = !{!4703}
!4703 = distinct !{!4703, !4704, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hb7c687f95a83585dE: %_1"}
!4704 = distinct !{!4704, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hb7c687f95a83585dE"}
!4705 = !DILocalVariable(arg: 1, scope: !4706, file: !1510, line: 805, type: !4709)
!4706 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hb7c687f95a83585dE", scope: !68, file: !1510, line: 805, type: !4707, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4711, retainedNodes: !4710)
!4707 = !DISubroutineType(types: !4708)
!4708 = !{null, !4709}
!4709 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", baseType: !115, size: 64, align: 64, dwarfAddressSpace: 0)
!4710 = !{!4705}
!4711 = !{!4712}
!4712 = !DITemplateTypeParameter(name: "T", type: !115)
!4713 = !DILocation(line: 0, scope: !4706, inlinedAt: !4714)
!4714 = distinct !DILocation(line: 805, column: 1, scope: !4692, inlinedAt: !4700)
!4715 = !DILocation(line: 805, column: 1, scope: !4706, inlinedAt: !4714)
!4716 = !{!4703, !4717}
!4717 = distinct !{!4717, !4718, !"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17h62281ad2a89fc7b9E: %_1"}
!4718 = distinct !{!4718, !"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17h62281ad2a89fc7b9E"}
!4719 = !DILocalVariable(arg: 1, scope: !4720, file: !1510, line: 805, type: !4723)
!4720 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h32e2c0d461cfe918E", scope: !68, file: !1510, line: 805, type: !4721, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !122, retainedNodes: !4724)
!4721 = !DISubroutineType(types: !4722)
!4722 = !{null, !4723}
!4723 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", baseType: !124, size: 64, align: 64, dwarfAddressSpace: 0)
!4724 = !{!4719}
!4725 = !DILocation(line: 0, scope: !4720, inlinedAt: !4726)
!4726 = distinct !DILocation(line: 805, column: 1, scope: !4706, inlinedAt: !4714)
!4727 = !DILocalVariable(name: "self", arg: 1, scope: !4728, file: !837, line: 2807, type: !4731)
!4728 = distinct !DISubprogram(name: "drop<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd93c64f138a7e864E", scope: !1946, file: !837, line: 2807, type: !4729, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !157, retainedNodes: !4732)
!4729 = !DISubroutineType(types: !4730)
!4730 = !{null, !4731}
!4731 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", baseType: !124, size: 64, align: 64, dwarfAddressSpace: 0)
!4732 = !{!4727}
!4733 = !DILocation(line: 0, scope: !4728, inlinedAt: !4734)
!4734 = distinct !DILocation(line: 805, column: 1, scope: !4720, inlinedAt: !4726)
!4735 = !DILocalVariable(name: "val", scope: !4736, file: !849, line: 3165, type: !9, align: 64)
!4736 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !4737)
!4737 = !{!4738, !4735, !4739}
!4738 = !DILocalVariable(name: "self", arg: 1, scope: !4736, file: !849, line: 3165, type: !852)
!4739 = !DILocalVariable(name: "order", scope: !4736, file: !849, line: 3165, type: !645, align: 8)
!4740 = !DILocation(line: 0, scope: !4736, inlinedAt: !4741)
!4741 = distinct !DILocation(line: 2811, column: 32, scope: !4728, inlinedAt: !4734)
!4742 = !DILocalVariable(name: "val", scope: !4743, file: !849, line: 3936, type: !9, align: 64)
!4743 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !4744)
!4744 = !{!4745, !4742, !4746}
!4745 = !DILocalVariable(name: "dst", arg: 1, scope: !4743, file: !849, line: 3936, type: !873)
!4746 = !DILocalVariable(name: "order", scope: !4743, file: !849, line: 3936, type: !645, align: 8)
!4747 = !DILocation(line: 0, scope: !4743, inlinedAt: !4748)
!4748 = distinct !DILocation(line: 3167, column: 26, scope: !4736, inlinedAt: !4741)
!4749 = !DILocation(line: 3165, column: 30, scope: !4736, inlinedAt: !4741)
!4750 = !DILocation(line: 3942, column: 24, scope: !4743, inlinedAt: !4748)
!4751 = !{!4752, !4754, !4703}
!4752 = distinct !{!4752, !4753, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd93c64f138a7e864E: %self"}
!4753 = distinct !{!4753, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd93c64f138a7e864E"}
!4754 = distinct !{!4754, !4755, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h32e2c0d461cfe918E: %_1"}
!4755 = distinct !{!4755, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h32e2c0d461cfe918E"}
!4756 = !DILocation(line: 2811, column: 12, scope: !4728, inlinedAt: !4734)
!4757 = !DILocation(line: 0, scope: !1991, inlinedAt: !4758)
!4758 = distinct !DILocation(line: 64, column: 9, scope: !4728, inlinedAt: !4734)
!4759 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !4758)
!4760 = !DILocation(line: 2854, column: 18, scope: !4728, inlinedAt: !4734)
!4761 = !{!4762}
!4762 = distinct !{!4762, !4763, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hb7c687f95a83585dE: %_1"}
!4763 = distinct !{!4763, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hb7c687f95a83585dE"}
!4764 = !DILocation(line: 0, scope: !4706, inlinedAt: !4765)
!4765 = distinct !DILocation(line: 805, column: 1, scope: !4692, inlinedAt: !4700)
!4766 = !DILocation(line: 805, column: 1, scope: !4706, inlinedAt: !4765)
!4767 = !{!4762, !4717}
!4768 = !DILocation(line: 0, scope: !4720, inlinedAt: !4769)
!4769 = distinct !DILocation(line: 805, column: 1, scope: !4706, inlinedAt: !4765)
!4770 = !DILocation(line: 0, scope: !4728, inlinedAt: !4771)
!4771 = distinct !DILocation(line: 805, column: 1, scope: !4720, inlinedAt: !4769)
!4772 = !DILocation(line: 0, scope: !4736, inlinedAt: !4773)
!4773 = distinct !DILocation(line: 2811, column: 32, scope: !4728, inlinedAt: !4771)
!4774 = !DILocation(line: 0, scope: !4743, inlinedAt: !4775)
!4775 = distinct !DILocation(line: 3167, column: 26, scope: !4736, inlinedAt: !4773)
!4776 = !DILocation(line: 3165, column: 30, scope: !4736, inlinedAt: !4773)
!4777 = !DILocation(line: 3942, column: 24, scope: !4743, inlinedAt: !4775)
!4778 = !{!4779, !4781, !4762}
!4779 = distinct !{!4779, !4780, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd93c64f138a7e864E: %self"}
!4780 = distinct !{!4780, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd93c64f138a7e864E"}
!4781 = distinct !{!4781, !4782, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h32e2c0d461cfe918E: %_1"}
!4782 = distinct !{!4782, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h32e2c0d461cfe918E"}
!4783 = !DILocation(line: 2811, column: 12, scope: !4728, inlinedAt: !4771)
!4784 = !DILocation(line: 0, scope: !1991, inlinedAt: !4785)
!4785 = distinct !DILocation(line: 64, column: 9, scope: !4728, inlinedAt: !4771)
!4786 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !4785)
!4787 = !DILocation(line: 2854, column: 18, scope: !4728, inlinedAt: !4771)
!4788 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h6779cd8a99696d9fE", scope: !68, file: !1510, line: 805, type: !4789, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !429, retainedNodes: !4792)
!4789 = !DISubroutineType(types: !4790)
!4790 = !{null, !4791}
!4791 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::Packet<()>", baseType: !226, size: 64, align: 64, dwarfAddressSpace: 0)
!4792 = !{!4793}
!4793 = !DILocalVariable(arg: 1, scope: !4788, file: !1510, line: 805, type: !4791)
!4794 = !DILocalVariable(name: "data", scope: !4795, file: !3311, line: 579, type: !4801, align: 64)
!4795 = distinct !DILexicalBlock(scope: !4796, file: !3311, line: 579, column: 13)
!4796 = distinct !DILexicalBlock(scope: !4797, file: !3311, line: 578, column: 13)
!4797 = distinct !DISubprogram(name: "do_call<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind7do_call17hec968a52170b42a4E", scope: !3334, file: !3311, line: 575, type: !3401, scopeLine: 575, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4828, retainedNodes: !4798)
!4798 = !{!4799, !4800, !4794, !4830}
!4799 = !DILocalVariable(name: "data", arg: 1, scope: !4797, file: !3311, line: 575, type: !908)
!4800 = !DILocalVariable(name: "data", scope: !4796, file: !3311, line: 578, type: !4801, align: 64)
!4801 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::panicking::catch_unwind::Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", baseType: !4802, size: 64, align: 64, dwarfAddressSpace: 0)
!4802 = !DICompositeType(tag: DW_TAG_union_type, name: "Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", scope: !3334, file: !2, size: 128, align: 64, elements: !4803, templateParams: !4828, identifier: "43bebba4b63a59fb6fc7d26cedffe20e")
!4803 = !{!4804, !4826, !4827}
!4804 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !4802, file: !2, baseType: !4805, size: 64, align: 64)
!4805 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", scope: !49, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4806, templateParams: !4824, identifier: "367a7ca59b19517cb5b1fe1f8143be16")
!4806 = !{!4807}
!4807 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !4805, file: !2, baseType: !4808, size: 64, align: 64, flags: DIFlagPrivate)
!4808 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", scope: !53, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4809, templateParams: !4822, identifier: "c4f7048048689b96546d4a72e0c6cbc1")
!4809 = !{!4810}
!4810 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4808, file: !2, baseType: !4811, size: 64, align: 64, flags: DIFlagPrivate)
!4811 = !DICompositeType(tag: DW_TAG_structure_type, name: "AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>", scope: !3317, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4812, templateParams: !4820, identifier: "671d36f6539f7ce3264f6c35b5677e4c")
!4812 = !{!4813}
!4813 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4811, file: !2, baseType: !4814, size: 64, align: 64, flags: DIFlagPublic)
!4814 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<()>", scope: !4815, file: !2, size: 64, align: 64, elements: !4817, templateParams: !23, identifier: "5e683c15e02c65dfd45564300b822b16")
!4815 = !DINamespace(name: "drop", scope: !4816)
!4816 = !DINamespace(name: "{impl#2}", scope: !34)
!4817 = !{!4818}
!4818 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__self__result", scope: !4814, file: !2, baseType: !4819, size: 64, align: 64)
!4819 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !369, size: 64, align: 64, dwarfAddressSpace: 0)
!4820 = !{!4821}
!4821 = !DITemplateTypeParameter(name: "T", type: !4814)
!4822 = !{!4823}
!4823 = !DITemplateTypeParameter(name: "P", type: !4811)
!4824 = !{!4825}
!4825 = !DITemplateTypeParameter(name: "T", type: !4811)
!4826 = !DIDerivedType(tag: DW_TAG_member, name: "r", scope: !4802, file: !2, baseType: !3348, align: 8)
!4827 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !4802, file: !2, baseType: !3357, size: 128, align: 64)
!4828 = !{!4829, !3331}
!4829 = !DITemplateTypeParameter(name: "F", type: !4811)
!4830 = !DILocalVariable(name: "f", scope: !4831, file: !3311, line: 580, type: !4811, align: 64)
!4831 = distinct !DILexicalBlock(scope: !4795, file: !3311, line: 580, column: 13)
!4832 = !DILocation(line: 0, scope: !4795, inlinedAt: !4833)
!4833 = distinct !DILocation(line: 544, column: 19, scope: !4834, inlinedAt: !4844)
!4834 = distinct !DILexicalBlock(scope: !4835, file: !3311, line: 533, column: 5)
!4835 = distinct !DILexicalBlock(scope: !4836, file: !3311, line: 531, column: 5)
!4836 = distinct !DISubprogram(name: "catch_unwind<(), core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", linkageName: "_ZN3std9panicking12catch_unwind17h4195f4bc8673afc3E", scope: !3313, file: !3311, line: 500, type: !4837, scopeLine: 500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4843, retainedNodes: !4839)
!4837 = !DISubroutineType(types: !4838)
!4838 = !{!380, !4811}
!4839 = !{!4840, !4841, !4842}
!4840 = !DILocalVariable(name: "f", arg: 1, scope: !4836, file: !3311, line: 500, type: !4811)
!4841 = !DILocalVariable(name: "data", scope: !4835, file: !3311, line: 531, type: !4802, align: 64)
!4842 = !DILocalVariable(name: "data_ptr", scope: !4834, file: !3311, line: 533, type: !908, align: 64)
!4843 = !{!3331, !4829}
!4844 = distinct !DILocation(line: 359, column: 14, scope: !4845, inlinedAt: !4848)
!4845 = distinct !DISubprogram(name: "catch_unwind<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std5panic12catch_unwind17hed7c9e1685d877fbE", scope: !3372, file: !3371, line: 358, type: !4837, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4828, retainedNodes: !4846)
!4846 = !{!4847}
!4847 = !DILocalVariable(name: "f", arg: 1, scope: !4845, file: !3371, line: 358, type: !4811)
!4848 = distinct !DILocation(line: 208, column: 25, scope: !4849, inlinedAt: !4860)
!4849 = distinct !DILexicalBlock(scope: !4850, file: !1049, line: 197, column: 9)
!4850 = distinct !DISubprogram(name: "drop<()>", linkageName: "_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0a46c168d7bdb7e6E", scope: !4816, file: !1049, line: 193, type: !4851, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !4853)
!4851 = !DISubroutineType(types: !4852)
!4852 = !{null, !2467}
!4853 = !{!4854, !4855, !4856, !4858}
!4854 = !DILocalVariable(name: "self", arg: 1, scope: !4850, file: !1049, line: 193, type: !2467)
!4855 = !DILocalVariable(name: "unhandled_panic", scope: !4849, file: !1049, line: 197, type: !758, align: 8)
!4856 = !DILocalVariable(name: "out", scope: !4857, file: !3150, line: 43, type: !668, align: 8)
!4857 = distinct !DILexicalBlock(scope: !4849, file: !3150, line: 43, column: 66)
!4858 = !DILocalVariable(name: "scope", scope: !4859, file: !1049, line: 214, type: !1090, align: 64)
!4859 = distinct !DILexicalBlock(scope: !4849, file: !1049, line: 214, column: 42)
!4860 = distinct !DILocation(line: 805, column: 1, scope: !4788)
!4861 = !DILocation(line: 0, scope: !4796, inlinedAt: !4833)
!4862 = !DILocation(line: 0, scope: !4797, inlinedAt: !4833)
!4863 = !DILocalVariable(name: "data", scope: !4864, file: !3311, line: 606, type: !4801, align: 64)
!4864 = distinct !DILexicalBlock(scope: !4865, file: !3311, line: 606, column: 13)
!4865 = distinct !DILexicalBlock(scope: !4866, file: !3311, line: 605, column: 13)
!4866 = distinct !DISubprogram(name: "do_catch<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind8do_catch17hf462b2bb13837520E", scope: !3334, file: !3311, line: 598, type: !3418, scopeLine: 598, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4828, retainedNodes: !4867)
!4867 = !{!4868, !4869, !4870, !4863, !4871}
!4868 = !DILocalVariable(name: "data", arg: 1, scope: !4866, file: !3311, line: 598, type: !908)
!4869 = !DILocalVariable(name: "payload", arg: 2, scope: !4866, file: !3311, line: 598, type: !908)
!4870 = !DILocalVariable(name: "data", scope: !4865, file: !3311, line: 605, type: !4801, align: 64)
!4871 = !DILocalVariable(name: "obj", scope: !4872, file: !3311, line: 607, type: !392, align: 64)
!4872 = distinct !DILexicalBlock(scope: !4864, file: !3311, line: 607, column: 13)
!4873 = !DILocation(line: 0, scope: !4864, inlinedAt: !4874)
!4874 = distinct !DILocation(line: 544, column: 19, scope: !4834, inlinedAt: !4844)
!4875 = !DILocation(line: 0, scope: !4865, inlinedAt: !4874)
!4876 = !DILocation(line: 0, scope: !4866, inlinedAt: !4874)
!4877 = !DILocation(line: 0, scope: !4834, inlinedAt: !4844)
!4878 = !DILocation(line: 0, scope: !4788)
!4879 = !{!4880}
!4880 = distinct !{!4880, !4881, !"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0a46c168d7bdb7e6E: %self"}
!4881 = distinct !{!4881, !"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0a46c168d7bdb7e6E"}
!4882 = !DILocation(line: 805, column: 1, scope: !4788)
!4883 = !DILocation(line: 0, scope: !4850, inlinedAt: !4860)
!4884 = !DILocation(line: 43, column: 21, scope: !4857, inlinedAt: !4860)
!4885 = !DILocation(line: 197, column: 40, scope: !4850, inlinedAt: !4860)
!4886 = !DILocation(line: 197, column: 31, scope: !4850, inlinedAt: !4860)
!4887 = !DILocation(line: 0, scope: !4849, inlinedAt: !4860)
!4888 = !DILocation(line: 0, scope: !4845, inlinedAt: !4848)
!4889 = !DILocation(line: 0, scope: !4836, inlinedAt: !4844)
!4890 = !DILocation(line: 0, scope: !4835, inlinedAt: !4844)
!4891 = !DILocation(line: 0, scope: !4831, inlinedAt: !4833)
!4892 = !{!4893}
!4893 = distinct !{!4893, !4894, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h17346f93fabbf30cE: %self"}
!4894 = distinct !{!4894, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h17346f93fabbf30cE"}
!4895 = !DILocation(line: 581, column: 40, scope: !4831, inlinedAt: !4833)
!4896 = !DILocalVariable(name: "self", arg: 1, scope: !4897, file: !3463, line: 273, type: !4811)
!4897 = distinct !DISubprogram(name: "call_once<(), std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>", linkageName: "_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h17346f93fabbf30cE", scope: !3464, file: !3463, line: 273, type: !4898, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4903, retainedNodes: !4900)
!4898 = !DISubroutineType(types: !4899)
!4899 = !{null, !4811}
!4900 = !{!4896, !4901, !4902}
!4901 = !DILocalVariable(name: "_args", scope: !4897, file: !3463, line: 273, type: !7, align: 8)
!4902 = !DILocalVariable(arg: 2, scope: !4897, file: !3463, line: 273, type: !7)
!4903 = !{!3331, !4904}
!4904 = !DITemplateTypeParameter(name: "F", type: !4814)
!4905 = !DILocation(line: 0, scope: !4897, inlinedAt: !4906)
!4906 = distinct !DILocation(line: 581, column: 40, scope: !4831, inlinedAt: !4833)
!4907 = !DILocation(line: 273, column: 43, scope: !4897, inlinedAt: !4906)
!4908 = !{!4909}
!4909 = distinct !{!4909, !4910, !"_ZN4core3ops8function6FnOnce9call_once17h0966a15bb74948b2E: argument 0"}
!4910 = distinct !{!4910, !"_ZN4core3ops8function6FnOnce9call_once17h0966a15bb74948b2E"}
!4911 = !DILocation(line: 274, column: 9, scope: !4897, inlinedAt: !4906)
!4912 = !DILocalVariable(arg: 1, scope: !4913, file: !3198, line: 250, type: !4814)
!4913 = distinct !DISubprogram(name: "call_once<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17h0966a15bb74948b2E", scope: !3199, file: !3198, line: 250, type: !4914, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !4918, retainedNodes: !4916)
!4914 = !DISubroutineType(types: !4915)
!4915 = !{null, !4814}
!4916 = !{!4912, !4917}
!4917 = !DILocalVariable(arg: 2, scope: !4913, file: !3198, line: 250, type: !7)
!4918 = !{!4919, !3205}
!4919 = !DITemplateTypeParameter(name: "Self", type: !4814)
!4920 = !DILocation(line: 0, scope: !4913, inlinedAt: !4921)
!4921 = distinct !DILocation(line: 274, column: 9, scope: !4897, inlinedAt: !4906)
!4922 = !DILocation(line: 250, column: 5, scope: !4913, inlinedAt: !4921)
!4923 = !DILocalVariable(name: "self__result", scope: !4924, file: !1049, line: 193, type: !369, align: 64)
!4924 = distinct !DISubprogram(name: "{closure#0}<()>", linkageName: "_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17h0f85c6d4ccd8cf47E", scope: !4815, file: !1049, line: 208, type: !4925, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !428, retainedNodes: !4928)
!4925 = !DISubroutineType(types: !4926)
!4926 = !{null, !4927}
!4927 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>", baseType: !4814, size: 64, align: 64, dwarfAddressSpace: 0)
!4928 = !{!4923}
!4929 = !DILocation(line: 0, scope: !4924, inlinedAt: !4930)
!4930 = distinct !DILocation(line: 250, column: 5, scope: !4913, inlinedAt: !4921)
!4931 = !{!4932}
!4932 = distinct !{!4932, !4933, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E: %_1"}
!4933 = distinct !{!4933, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E"}
!4934 = !DILocation(line: 209, column: 13, scope: !4924, inlinedAt: !4930)
!4935 = !DILocation(line: 0, scope: !3552, inlinedAt: !4936)
!4936 = distinct !DILocation(line: 209, column: 13, scope: !4924, inlinedAt: !4930)
!4937 = !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !4936)
!4938 = !{!4932, !4909, !4893, !4880}
!4939 = !DILocation(line: 0, scope: !3560, inlinedAt: !4940)
!4940 = distinct !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !4936)
!4941 = !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !4940)
!4942 = !DILocation(line: 0, scope: !3569, inlinedAt: !4943)
!4943 = distinct !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !4940)
!4944 = !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !4943)
!4945 = !{!4946, !4932, !4909, !4893, !4880}
!4946 = distinct !{!4946, !4947, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E: %_1"}
!4947 = distinct !{!4947, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"}
!4948 = !DILocation(line: 0, scope: !3581, inlinedAt: !4949)
!4949 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !4943)
!4950 = !DILocation(line: 0, scope: !3588, inlinedAt: !4949)
!4951 = !DILocation(line: 0, scope: !3610, inlinedAt: !4952)
!4952 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !4949)
!4953 = !DILocation(line: 0, scope: !3622, inlinedAt: !4954)
!4954 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !4952)
!4955 = !DILocation(line: 0, scope: !3629, inlinedAt: !4956)
!4956 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !4952)
!4957 = !DILocation(line: 0, scope: !3640, inlinedAt: !4958)
!4958 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !4956)
!4959 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !4954)
!4960 = !DILocation(line: 0, scope: !3604, inlinedAt: !4949)
!4961 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !4949)
!4962 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !4958)
!4963 = !DILocation(line: 0, scope: !1604, inlinedAt: !4964)
!4964 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !4949)
!4965 = !DILocation(line: 0, scope: !1613, inlinedAt: !4966)
!4966 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4964)
!4967 = !DILocation(line: 0, scope: !1621, inlinedAt: !4968)
!4968 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4966)
!4969 = !DILocation(line: 0, scope: !1630, inlinedAt: !4970)
!4970 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4968)
!4971 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4970)
!4972 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !4949)
!4973 = !DILocation(line: 0, scope: !3581, inlinedAt: !4974)
!4974 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !4943)
!4975 = !DILocation(line: 0, scope: !3588, inlinedAt: !4974)
!4976 = !DILocation(line: 0, scope: !3610, inlinedAt: !4977)
!4977 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !4974)
!4978 = !DILocation(line: 0, scope: !3622, inlinedAt: !4979)
!4979 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !4977)
!4980 = !DILocation(line: 0, scope: !3629, inlinedAt: !4981)
!4981 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !4977)
!4982 = !DILocation(line: 0, scope: !3640, inlinedAt: !4983)
!4983 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !4981)
!4984 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !4979)
!4985 = !DILocation(line: 0, scope: !3604, inlinedAt: !4974)
!4986 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !4974)
!4987 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !4983)
!4988 = !DILocation(line: 0, scope: !1604, inlinedAt: !4989)
!4989 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !4974)
!4990 = !DILocation(line: 0, scope: !1613, inlinedAt: !4991)
!4991 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !4989)
!4992 = !DILocation(line: 0, scope: !1621, inlinedAt: !4993)
!4993 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !4991)
!4994 = !DILocation(line: 0, scope: !1630, inlinedAt: !4995)
!4995 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !4993)
!4996 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !4995)
!4997 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !4974)
!4998 = !{!4909, !4893, !4880}
!4999 = !DILocation(line: 544, column: 19, scope: !4834, inlinedAt: !4844)
!5000 = !DILocation(line: 607, column: 23, scope: !4864, inlinedAt: !4874)
!5001 = !DILocation(line: 598, column: 5, scope: !4866, inlinedAt: !4874)
!5002 = !DILocation(line: 208, column: 16, scope: !4849, inlinedAt: !4860)
!5003 = !DILocation(line: 208, column: 25, scope: !4849, inlinedAt: !4860)
!5004 = !DILocation(line: 44, column: 21, scope: !4857, inlinedAt: !4860)
!5005 = !DILocalVariable(name: "args", arg: 2, scope: !5006, file: !2899, line: 1990, type: !5009)
!5006 = distinct !DISubprogram(name: "write_fmt<std::sys::stdio::unix::Stderr>", linkageName: "_ZN3std2io5Write9write_fmt17h6788b0e33a34b6a2E", scope: !2900, file: !2899, line: 1990, type: !5007, scopeLine: 1990, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !2915, retainedNodes: !5079)
!5007 = !DISubroutineType(types: !5008)
!5008 = !{!672, !667, !5009}
!5009 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !5010, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5011, templateParams: !23, identifier: "e5c67bbe046da39973c72077c7f66185")
!5010 = !DINamespace(name: "fmt", scope: !44)
!5011 = !{!5012, !5013}
!5012 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !5009, file: !2, baseType: !180, size: 64, align: 64, flags: DIFlagPrivate)
!5013 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !5009, file: !2, baseType: !5014, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5014 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !5015, templateParams: !5077, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!5015 = !{!5016}
!5016 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !5014, file: !2, baseType: !5017, size: 64, align: 64, flags: DIFlagPrivate)
!5017 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !5018, size: 64, align: 64, dwarfAddressSpace: 0)
!5018 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !5019, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5020, templateParams: !23, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!5019 = !DINamespace(name: "rt", scope: !5010)
!5020 = !{!5021}
!5021 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !5018, file: !2, baseType: !5022, size: 128, align: 64, flags: DIFlagPrivate)
!5022 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !5019, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5023, templateParams: !23, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!5023 = !{!5024}
!5024 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5022, file: !2, size: 128, align: 64, elements: !5025, templateParams: !23, identifier: "fbd384083752b747f8b252853b979154", discriminator: !5076)
!5025 = !{!5026, !5072}
!5026 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !5024, file: !2, baseType: !5027, size: 128, align: 64)
!5027 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !5022, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5028, templateParams: !23, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!5028 = !{!5029, !5030, !5067}
!5029 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !5027, file: !2, baseType: !454, size: 64, align: 64, flags: DIFlagPrivate)
!5030 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !5027, file: !2, baseType: !5031, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5031 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !5032, size: 64, align: 64, dwarfAddressSpace: 0)
!5032 = !DISubroutineType(types: !5033)
!5033 = !{!5034, !454, !5050}
!5034 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !381, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !5035, templateParams: !23, identifier: "1c6752419820cdc3961061cc58b31873")
!5035 = !{!5036}
!5036 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5034, file: !2, size: 8, align: 8, elements: !5037, templateParams: !23, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !5049)
!5037 = !{!5038, !5045}
!5038 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !5036, file: !2, baseType: !5039, size: 8, align: 8, extraData: i8 0)
!5039 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !5034, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !5040, templateParams: !5042, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!5040 = !{!5041}
!5041 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5039, file: !2, baseType: !7, align: 8, offset: 8, flags: DIFlagPublic)
!5042 = !{!390, !5043}
!5043 = !DITemplateTypeParameter(name: "E", type: !5044)
!5044 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !5010, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "5a24300cdda31093f5fe20c939b4885")
!5045 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !5036, file: !2, baseType: !5046, size: 8, align: 8, extraData: i8 1)
!5046 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !5034, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !5047, templateParams: !5042, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!5047 = !{!5048}
!5048 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5046, file: !2, baseType: !5044, align: 8, offset: 8, flags: DIFlagPublic)
!5049 = !DIDerivedType(tag: DW_TAG_member, scope: !5034, file: !2, baseType: !184, size: 8, align: 8, flags: DIFlagArtificial)
!5050 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !5051, size: 64, align: 64, dwarfAddressSpace: 0)
!5051 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !5010, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !5052, templateParams: !23, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!5052 = !{!5053, !5060}
!5053 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !5051, file: !2, baseType: !5054, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!5054 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !5010, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !5055, templateParams: !23, identifier: "ca2f5547247cd95c514a47d5800e09e")
!5055 = !{!5056, !5057, !5059}
!5056 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !5054, file: !2, baseType: !339, size: 32, align: 32, flags: DIFlagPrivate)
!5057 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !5054, file: !2, baseType: !5058, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!5058 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!5059 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !5054, file: !2, baseType: !5058, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!5060 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !5051, file: !2, baseType: !5061, size: 128, align: 64, flags: DIFlagPrivate)
!5061 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !2, size: 128, align: 64, elements: !5062, templateParams: !23, identifier: "effe97114690fc58a8e246cb04e37234")
!5062 = !{!5063, !5066}
!5063 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !5061, file: !2, baseType: !5064, size: 64, align: 64)
!5064 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5065, size: 64, align: 64, dwarfAddressSpace: 0)
!5065 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !2, align: 8, elements: !23, identifier: "64328679825f9c73b507edbfd5b86b47")
!5066 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !5061, file: !2, baseType: !145, size: 64, align: 64, offset: 64)
!5067 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !5027, file: !2, baseType: !5068, align: 8, offset: 128, flags: DIFlagPrivate)
!5068 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !5069, identifier: "efa596960370766459fc018866dc4048")
!5069 = !{!5070}
!5070 = !DITemplateTypeParameter(name: "T", type: !5071)
!5071 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!5072 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !5024, file: !2, baseType: !5073, size: 128, align: 64, extraData: i64 0)
!5073 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !5022, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5074, templateParams: !23, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!5074 = !{!5075}
!5075 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5073, file: !2, baseType: !5058, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!5076 = !DIDerivedType(tag: DW_TAG_member, scope: !5022, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!5077 = !{!5078}
!5078 = !DITemplateTypeParameter(name: "T", type: !5018)
!5079 = !{!5080, !5005, !5081}
!5080 = !DILocalVariable(name: "self", arg: 1, scope: !5006, file: !2899, line: 1990, type: !667)
!5081 = !DILocalVariable(name: "s", scope: !5082, file: !2899, line: 1991, type: !544, align: 64)
!5082 = distinct !DILexicalBlock(scope: !5006, file: !2899, line: 1991, column: 57)
!5083 = !DILocation(line: 0, scope: !5006, inlinedAt: !5084)
!5084 = distinct !DILocation(line: 44, column: 21, scope: !4857, inlinedAt: !4860)
!5085 = !DILocation(line: 0, scope: !5082, inlinedAt: !5084)
!5086 = !DILocation(line: 1992, column: 18, scope: !5082, inlinedAt: !5084)
!5087 = !DILocation(line: 0, scope: !3560, inlinedAt: !5088)
!5088 = distinct !DILocation(line: 212, column: 9, scope: !4849, inlinedAt: !4860)
!5089 = !DILocation(line: 214, column: 30, scope: !4859, inlinedAt: !4860)
!5090 = !DILocation(line: 214, column: 16, scope: !4859, inlinedAt: !4860)
!5091 = !DILocation(line: 212, column: 9, scope: !4849, inlinedAt: !4860)
!5092 = !DILocalVariable(arg: 1, scope: !5093, file: !1510, line: 805, type: !5096)
!5093 = distinct !DISubprogram(name: "drop_in_place<core::result::Result<(), std::io::error::Error>>", linkageName: "_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17h0db231259196911fE", scope: !68, file: !1510, line: 805, type: !5094, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5098, retainedNodes: !5097)
!5094 = !DISubroutineType(types: !5095)
!5095 = !{null, !5096}
!5096 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::result::Result<(), std::io::error::Error>", baseType: !672, size: 64, align: 64, dwarfAddressSpace: 0)
!5097 = !{!5092}
!5098 = !{!5099}
!5099 = !DITemplateTypeParameter(name: "T", type: !672)
!5100 = !DILocation(line: 0, scope: !5093, inlinedAt: !5101)
!5101 = distinct !DILocation(line: 44, column: 80, scope: !4857, inlinedAt: !4860)
!5102 = !DILocation(line: 805, column: 1, scope: !5093, inlinedAt: !5101)
!5103 = !DILocation(line: 44, column: 80, scope: !4857, inlinedAt: !4860)
!5104 = !DILocation(line: 57, column: 13, scope: !5105, inlinedAt: !4860)
!5105 = !DILexicalBlockFile(scope: !4849, file: !3150, discriminator: 0)
!5106 = !DILocation(line: 193, column: 5, scope: !4850, inlinedAt: !4860)
!5107 = !DILocation(line: 214, column: 21, scope: !4859, inlinedAt: !4860)
!5108 = !DILocalVariable(name: "self", arg: 1, scope: !5109, file: !837, line: 2421, type: !1090)
!5109 = distinct !DISubprogram(name: "deref<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h7905824f035fe5a1E", scope: !2081, file: !837, line: 2421, type: !2082, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !362, retainedNodes: !5110)
!5110 = !{!5108}
!5111 = !DILocation(line: 2421, column: 14, scope: !5109, inlinedAt: !5112)
!5112 = distinct !DILocation(line: 219, column: 13, scope: !4859, inlinedAt: !4860)
!5113 = !DILocation(line: 2422, column: 9, scope: !5109, inlinedAt: !5112)
!5114 = !DILocation(line: 219, column: 19, scope: !4859, inlinedAt: !4860)
!5115 = !DILocalVariable(arg: 1, scope: !5116, file: !1510, line: 805, type: !5119)
!5116 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h13f0ff127aadbc96E", scope: !68, file: !1510, line: 805, type: !5117, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5121, retainedNodes: !5120)
!5117 = !DISubroutineType(types: !5118)
!5118 = !{null, !5119}
!5119 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", baseType: !229, size: 64, align: 64, dwarfAddressSpace: 0)
!5120 = !{!5115}
!5121 = !{!5122}
!5122 = !DITemplateTypeParameter(name: "T", type: !229)
!5123 = !DILocation(line: 0, scope: !5116, inlinedAt: !5124)
!5124 = distinct !DILocation(line: 805, column: 1, scope: !4788)
!5125 = !DILocation(line: 805, column: 1, scope: !5116, inlinedAt: !5124)
!5126 = !{!5127}
!5127 = distinct !{!5127, !5128, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h13f0ff127aadbc96E: %_1"}
!5128 = distinct !{!5128, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h13f0ff127aadbc96E"}
!5129 = !DILocalVariable(arg: 1, scope: !5130, file: !1510, line: 805, type: !5133)
!5130 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h01d059e9cd91c1c0E", scope: !68, file: !1510, line: 805, type: !5131, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !235, retainedNodes: !5134)
!5131 = !DISubroutineType(types: !5132)
!5132 = !{null, !5133}
!5133 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !237, size: 64, align: 64, dwarfAddressSpace: 0)
!5134 = !{!5129}
!5135 = !DILocation(line: 0, scope: !5130, inlinedAt: !5136)
!5136 = distinct !DILocation(line: 805, column: 1, scope: !5116, inlinedAt: !5124)
!5137 = !DILocalVariable(name: "self", arg: 1, scope: !5138, file: !837, line: 2807, type: !5141)
!5138 = distinct !DISubprogram(name: "drop<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e464050363c7a3aE", scope: !1946, file: !837, line: 2807, type: !5139, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !362, retainedNodes: !5142)
!5139 = !DISubroutineType(types: !5140)
!5140 = !{null, !5141}
!5141 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !237, size: 64, align: 64, dwarfAddressSpace: 0)
!5142 = !{!5137}
!5143 = !DILocation(line: 0, scope: !5138, inlinedAt: !5144)
!5144 = distinct !DILocation(line: 805, column: 1, scope: !5130, inlinedAt: !5136)
!5145 = !DILocalVariable(name: "val", scope: !5146, file: !849, line: 3165, type: !9, align: 64)
!5146 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !5147)
!5147 = !{!5148, !5145, !5149}
!5148 = !DILocalVariable(name: "self", arg: 1, scope: !5146, file: !849, line: 3165, type: !852)
!5149 = !DILocalVariable(name: "order", scope: !5146, file: !849, line: 3165, type: !645, align: 8)
!5150 = !DILocation(line: 0, scope: !5146, inlinedAt: !5151)
!5151 = distinct !DILocation(line: 2811, column: 32, scope: !5138, inlinedAt: !5144)
!5152 = !DILocalVariable(name: "val", scope: !5153, file: !849, line: 3936, type: !9, align: 64)
!5153 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !5154)
!5154 = !{!5155, !5152, !5156}
!5155 = !DILocalVariable(name: "dst", arg: 1, scope: !5153, file: !849, line: 3936, type: !873)
!5156 = !DILocalVariable(name: "order", scope: !5153, file: !849, line: 3936, type: !645, align: 8)
!5157 = !DILocation(line: 0, scope: !5153, inlinedAt: !5158)
!5158 = distinct !DILocation(line: 3167, column: 26, scope: !5146, inlinedAt: !5151)
!5159 = !DILocation(line: 3165, column: 30, scope: !5146, inlinedAt: !5151)
!5160 = !DILocation(line: 3942, column: 24, scope: !5153, inlinedAt: !5158)
!5161 = !{!5162, !5164, !5127}
!5162 = distinct !{!5162, !5163, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e464050363c7a3aE: %self"}
!5163 = distinct !{!5163, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e464050363c7a3aE"}
!5164 = distinct !{!5164, !5165, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h01d059e9cd91c1c0E: %_1"}
!5165 = distinct !{!5165, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h01d059e9cd91c1c0E"}
!5166 = !DILocation(line: 2811, column: 12, scope: !5138, inlinedAt: !5144)
!5167 = !DILocation(line: 0, scope: !1991, inlinedAt: !5168)
!5168 = distinct !DILocation(line: 64, column: 9, scope: !5138, inlinedAt: !5144)
!5169 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5168)
!5170 = !DILocation(line: 2854, column: 18, scope: !5138, inlinedAt: !5144)
!5171 = !DILocation(line: 0, scope: !5116, inlinedAt: !5172)
!5172 = distinct !DILocation(line: 805, column: 1, scope: !4788)
!5173 = !DILocation(line: 0, scope: !5130, inlinedAt: !5174)
!5174 = distinct !DILocation(line: 805, column: 1, scope: !5116, inlinedAt: !5172)
!5175 = !DILocation(line: 0, scope: !5138, inlinedAt: !5176)
!5176 = distinct !DILocation(line: 805, column: 1, scope: !5130, inlinedAt: !5174)
!5177 = !DILocation(line: 0, scope: !5146, inlinedAt: !5178)
!5178 = distinct !DILocation(line: 2811, column: 32, scope: !5138, inlinedAt: !5176)
!5179 = !DILocation(line: 0, scope: !5153, inlinedAt: !5180)
!5180 = distinct !DILocation(line: 3167, column: 26, scope: !5146, inlinedAt: !5178)
!5181 = !DILocation(line: 3165, column: 30, scope: !5146, inlinedAt: !5178)
!5182 = !DILocation(line: 3942, column: 24, scope: !5153, inlinedAt: !5180)
!5183 = !{!5184, !5186, !5188}
!5184 = distinct !{!5184, !5185, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e464050363c7a3aE: %self"}
!5185 = distinct !{!5185, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0e464050363c7a3aE"}
!5186 = distinct !{!5186, !5187, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h01d059e9cd91c1c0E: %_1"}
!5187 = distinct !{!5187, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h01d059e9cd91c1c0E"}
!5188 = distinct !{!5188, !5189, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h13f0ff127aadbc96E: %_1"}
!5189 = distinct !{!5189, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h13f0ff127aadbc96E"}
!5190 = !DILocation(line: 2811, column: 12, scope: !5138, inlinedAt: !5176)
!5191 = !DILocation(line: 0, scope: !1991, inlinedAt: !5192)
!5192 = distinct !DILocation(line: 64, column: 9, scope: !5138, inlinedAt: !5176)
!5193 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5192)
!5194 = !DILocation(line: 2854, column: 18, scope: !5138, inlinedAt: !5176)
!5195 = !{!5196}
!5196 = distinct !{!5196, !5197, !"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E: %_1"}
!5197 = distinct !{!5197, !"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hcbffbadb5b74d752E"}
!5198 = !DILocation(line: 0, scope: !4218, inlinedAt: !5199)
!5199 = distinct !DILocation(line: 805, column: 1, scope: !4788)
!5200 = !{!5201}
!5201 = distinct !{!5201, !5202, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E: %_1"}
!5202 = distinct !{!5202, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hec28aa77f15f7b11E"}
!5203 = !DILocation(line: 805, column: 1, scope: !4218, inlinedAt: !5199)
!5204 = !DILocation(line: 0, scope: !3552, inlinedAt: !5205)
!5205 = distinct !DILocation(line: 805, column: 1, scope: !4218, inlinedAt: !5199)
!5206 = !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !5205)
!5207 = !{!5201, !5196}
!5208 = !DILocation(line: 0, scope: !3560, inlinedAt: !5209)
!5209 = distinct !DILocation(line: 805, column: 1, scope: !3552, inlinedAt: !5205)
!5210 = !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !5209)
!5211 = !DILocation(line: 0, scope: !3569, inlinedAt: !5212)
!5212 = distinct !DILocation(line: 805, column: 1, scope: !3560, inlinedAt: !5209)
!5213 = !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !5212)
!5214 = !{!5215, !5201, !5196}
!5215 = distinct !{!5215, !5216, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E: %_1"}
!5216 = distinct !{!5216, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h1ef7da1a6492a187E"}
!5217 = !DILocation(line: 0, scope: !3581, inlinedAt: !5218)
!5218 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !5212)
!5219 = !DILocation(line: 0, scope: !3588, inlinedAt: !5218)
!5220 = !DILocation(line: 0, scope: !3610, inlinedAt: !5221)
!5221 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !5218)
!5222 = !DILocation(line: 0, scope: !3622, inlinedAt: !5223)
!5223 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !5221)
!5224 = !DILocation(line: 0, scope: !3629, inlinedAt: !5225)
!5225 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !5221)
!5226 = !DILocation(line: 0, scope: !3640, inlinedAt: !5227)
!5227 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !5225)
!5228 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !5223)
!5229 = !DILocation(line: 0, scope: !3604, inlinedAt: !5218)
!5230 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !5218)
!5231 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !5227)
!5232 = !DILocation(line: 0, scope: !1604, inlinedAt: !5233)
!5233 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !5218)
!5234 = !DILocation(line: 0, scope: !1613, inlinedAt: !5235)
!5235 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5233)
!5236 = !DILocation(line: 0, scope: !1621, inlinedAt: !5237)
!5237 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5235)
!5238 = !DILocation(line: 0, scope: !1630, inlinedAt: !5239)
!5239 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5237)
!5240 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5239)
!5241 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !5218)
!5242 = !DILocation(line: 0, scope: !3581, inlinedAt: !5243)
!5243 = distinct !DILocation(line: 805, column: 1, scope: !3569, inlinedAt: !5212)
!5244 = !DILocation(line: 0, scope: !3588, inlinedAt: !5243)
!5245 = !DILocation(line: 0, scope: !3610, inlinedAt: !5246)
!5246 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !5243)
!5247 = !DILocation(line: 0, scope: !3622, inlinedAt: !5248)
!5248 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !5246)
!5249 = !DILocation(line: 0, scope: !3629, inlinedAt: !5250)
!5250 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !5246)
!5251 = !DILocation(line: 0, scope: !3640, inlinedAt: !5252)
!5252 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !5250)
!5253 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !5248)
!5254 = !DILocation(line: 0, scope: !3604, inlinedAt: !5243)
!5255 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !5243)
!5256 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !5252)
!5257 = !DILocation(line: 0, scope: !1604, inlinedAt: !5258)
!5258 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !5243)
!5259 = !DILocation(line: 0, scope: !1613, inlinedAt: !5260)
!5260 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5258)
!5261 = !DILocation(line: 0, scope: !1621, inlinedAt: !5262)
!5262 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5260)
!5263 = !DILocation(line: 0, scope: !1630, inlinedAt: !5264)
!5264 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5262)
!5265 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5264)
!5266 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !5243)
!5267 = distinct !DISubprogram(name: "drop_in_place<std::thread::join_handle::JoinHandle<()>>", linkageName: "_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17h536a9994db2de6cbE", scope: !68, file: !1510, line: 805, type: !5268, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5273, retainedNodes: !5271)
!5268 = !DISubroutineType(types: !5269)
!5269 = !{null, !5270}
!5270 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::join_handle::JoinHandle<()>", baseType: !698, size: 64, align: 64, dwarfAddressSpace: 0)
!5271 = !{!5272}
!5272 = !DILocalVariable(arg: 1, scope: !5267, file: !1510, line: 805, type: !5270)
!5273 = !{!770}
!5274 = !DILocation(line: 0, scope: !5267)
!5275 = !DILocalVariable(arg: 1, scope: !5276, file: !1510, line: 805, type: !5279)
!5276 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::JoinInner<()>>", linkageName: "_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h09c292262190e3edE", scope: !68, file: !1510, line: 805, type: !5277, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5281, retainedNodes: !5280)
!5277 = !DISubroutineType(types: !5278)
!5278 = !{null, !5279}
!5279 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::JoinInner<()>", baseType: !702, size: 64, align: 64, dwarfAddressSpace: 0)
!5280 = !{!5275}
!5281 = !{!1061}
!5282 = !DILocation(line: 0, scope: !5276, inlinedAt: !5283)
!5283 = distinct !DILocation(line: 805, column: 1, scope: !5267)
!5284 = !DILocation(line: 805, column: 1, scope: !5276, inlinedAt: !5283)
!5285 = !DILocalVariable(arg: 1, scope: !5286, file: !1510, line: 805, type: !5289)
!5286 = distinct !DISubprogram(name: "drop_in_place<std::sys::thread::unix::Thread>", linkageName: "_ZN4core3ptr51drop_in_place$LT$std..sys..thread..unix..Thread$GT$17h4803ab380e82d73bE", scope: !68, file: !1510, line: 805, type: !5287, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5291, retainedNodes: !5290)
!5287 = !DISubroutineType(types: !5288)
!5288 = !{null, !5289}
!5289 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sys::thread::unix::Thread", baseType: !705, size: 64, align: 64, dwarfAddressSpace: 0)
!5290 = !{!5285}
!5291 = !{!2217}
!5292 = !DILocation(line: 0, scope: !5286, inlinedAt: !5293)
!5293 = distinct !DILocation(line: 805, column: 1, scope: !5276, inlinedAt: !5283)
!5294 = !DILocation(line: 805, column: 1, scope: !5286, inlinedAt: !5293)
!5295 = !{!5296}
!5296 = distinct !{!5296, !5297, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!5297 = distinct !{!5297, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!5298 = !DILocation(line: 0, scope: !1903, inlinedAt: !5299)
!5299 = distinct !DILocation(line: 805, column: 1, scope: !5276, inlinedAt: !5283)
!5300 = !{!5301}
!5301 = distinct !{!5301, !5302, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!5302 = distinct !{!5302, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!5303 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !5299)
!5304 = !DILocation(line: 0, scope: !1917, inlinedAt: !5305)
!5305 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !5299)
!5306 = !{!5307}
!5307 = distinct !{!5307, !5308, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!5308 = distinct !{!5308, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!5309 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !5305)
!5310 = !DILocation(line: 0, scope: !1931, inlinedAt: !5311)
!5311 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !5305)
!5312 = !{!5313}
!5313 = distinct !{!5313, !5314, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!5314 = distinct !{!5314, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!5315 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !5311)
!5316 = !DILocation(line: 0, scope: !1945, inlinedAt: !5317)
!5317 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !5311)
!5318 = !DILocation(line: 0, scope: !1954, inlinedAt: !5319)
!5319 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !5317)
!5320 = !DILocation(line: 0, scope: !1963, inlinedAt: !5321)
!5321 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !5317)
!5322 = !DILocation(line: 0, scope: !1971, inlinedAt: !5323)
!5323 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !5321)
!5324 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !5325)
!5325 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !5319)
!5326 = !{!5313, !5307, !5301, !5296, !5327}
!5327 = distinct !{!5327, !5328, !"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h09c292262190e3edE: %_1"}
!5328 = distinct !{!5328, !"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h09c292262190e3edE"}
!5329 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !5321)
!5330 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !5323)
!5331 = !{!5313, !5307, !5301, !5296}
!5332 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !5317)
!5333 = !DILocation(line: 0, scope: !1991, inlinedAt: !5334)
!5334 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !5317)
!5335 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5334)
!5336 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !5317)
!5337 = !{!5338}
!5338 = distinct !{!5338, !5339, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!5339 = distinct !{!5339, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!5340 = !DILocation(line: 0, scope: !1903, inlinedAt: !5341)
!5341 = distinct !DILocation(line: 805, column: 1, scope: !5276, inlinedAt: !5283)
!5342 = !{!5343}
!5343 = distinct !{!5343, !5344, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!5344 = distinct !{!5344, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!5345 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !5341)
!5346 = !DILocation(line: 0, scope: !1917, inlinedAt: !5347)
!5347 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !5341)
!5348 = !{!5349}
!5349 = distinct !{!5349, !5350, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!5350 = distinct !{!5350, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!5351 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !5347)
!5352 = !DILocation(line: 0, scope: !1931, inlinedAt: !5353)
!5353 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !5347)
!5354 = !{!5355}
!5355 = distinct !{!5355, !5356, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!5356 = distinct !{!5356, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!5357 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !5353)
!5358 = !DILocation(line: 0, scope: !1945, inlinedAt: !5359)
!5359 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !5353)
!5360 = !DILocation(line: 0, scope: !1954, inlinedAt: !5361)
!5361 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !5359)
!5362 = !DILocation(line: 0, scope: !1963, inlinedAt: !5363)
!5363 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !5359)
!5364 = !DILocation(line: 0, scope: !1971, inlinedAt: !5365)
!5365 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !5363)
!5366 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !5367)
!5367 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !5361)
!5368 = !{!5355, !5349, !5343, !5338, !5327}
!5369 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !5363)
!5370 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !5365)
!5371 = !{!5355, !5349, !5343, !5338}
!5372 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !5359)
!5373 = !DILocation(line: 0, scope: !1991, inlinedAt: !5374)
!5374 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !5359)
!5375 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5374)
!5376 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !5359)
!5377 = !{!5378}
!5378 = distinct !{!5378, !5379, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!5379 = distinct !{!5379, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!5380 = !DILocation(line: 0, scope: !2232, inlinedAt: !5381)
!5381 = distinct !DILocation(line: 805, column: 1, scope: !5276, inlinedAt: !5283)
!5382 = !{!5383}
!5383 = distinct !{!5383, !5384, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!5384 = distinct !{!5384, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!5385 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !5381)
!5386 = !DILocation(line: 0, scope: !2242, inlinedAt: !5387)
!5387 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !5381)
!5388 = !DILocation(line: 0, scope: !2745, inlinedAt: !5389)
!5389 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !5387)
!5390 = !DILocation(line: 0, scope: !2250, inlinedAt: !5391)
!5391 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !5387)
!5392 = !DILocation(line: 0, scope: !2257, inlinedAt: !5393)
!5393 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !5391)
!5394 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !5395)
!5395 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !5389)
!5396 = !{!5383, !5378, !5327}
!5397 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !5391)
!5398 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !5393)
!5399 = !{!5383, !5378}
!5400 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !5387)
!5401 = !DILocation(line: 0, scope: !1991, inlinedAt: !5402)
!5402 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !5387)
!5403 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5402)
!5404 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !5387)
!5405 = !{!5406}
!5406 = distinct !{!5406, !5407, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E: %_1"}
!5407 = distinct !{!5407, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h194012e41b306a61E"}
!5408 = !DILocation(line: 0, scope: !2232, inlinedAt: !5409)
!5409 = distinct !DILocation(line: 805, column: 1, scope: !5276, inlinedAt: !5283)
!5410 = !{!5411}
!5411 = distinct !{!5411, !5412, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E: %self"}
!5412 = distinct !{!5412, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6de91702c61e62c9E"}
!5413 = !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !5409)
!5414 = !DILocation(line: 0, scope: !2242, inlinedAt: !5415)
!5415 = distinct !DILocation(line: 805, column: 1, scope: !2232, inlinedAt: !5409)
!5416 = !DILocation(line: 0, scope: !2745, inlinedAt: !5417)
!5417 = distinct !DILocation(line: 2811, column: 17, scope: !2242, inlinedAt: !5415)
!5418 = !DILocation(line: 0, scope: !2250, inlinedAt: !5419)
!5419 = distinct !DILocation(line: 2811, column: 32, scope: !2242, inlinedAt: !5415)
!5420 = !DILocation(line: 0, scope: !2257, inlinedAt: !5421)
!5421 = distinct !DILocation(line: 3167, column: 26, scope: !2250, inlinedAt: !5419)
!5422 = !DILocation(line: 444, column: 20, scope: !2754, inlinedAt: !5423)
!5423 = distinct !DILocation(line: 2104, column: 27, scope: !2745, inlinedAt: !5417)
!5424 = !{!5411, !5406, !5327}
!5425 = !DILocation(line: 3165, column: 30, scope: !2250, inlinedAt: !5419)
!5426 = !DILocation(line: 3942, column: 24, scope: !2257, inlinedAt: !5421)
!5427 = !{!5411, !5406}
!5428 = !DILocation(line: 2811, column: 12, scope: !2242, inlinedAt: !5415)
!5429 = !DILocation(line: 0, scope: !1991, inlinedAt: !5430)
!5430 = distinct !DILocation(line: 64, column: 9, scope: !2242, inlinedAt: !5415)
!5431 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5430)
!5432 = !DILocation(line: 2854, column: 18, scope: !2242, inlinedAt: !5415)
!5433 = !DILocation(line: 805, column: 1, scope: !5267)
!5434 = !DILocation(line: 0, scope: !3569)
!5435 = !DILocation(line: 805, column: 1, scope: !3569)
!5436 = !DILocation(line: 0, scope: !3581, inlinedAt: !5437)
!5437 = distinct !DILocation(line: 805, column: 1, scope: !3569)
!5438 = !DILocation(line: 0, scope: !3588, inlinedAt: !5437)
!5439 = !DILocation(line: 0, scope: !3610, inlinedAt: !5440)
!5440 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !5437)
!5441 = !DILocation(line: 0, scope: !3622, inlinedAt: !5442)
!5442 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !5440)
!5443 = !DILocation(line: 0, scope: !3629, inlinedAt: !5444)
!5444 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !5440)
!5445 = !DILocation(line: 0, scope: !3640, inlinedAt: !5446)
!5446 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !5444)
!5447 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !5442)
!5448 = !DILocation(line: 0, scope: !3604, inlinedAt: !5437)
!5449 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !5437)
!5450 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !5446)
!5451 = !DILocation(line: 0, scope: !1604, inlinedAt: !5452)
!5452 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !5437)
!5453 = !DILocation(line: 0, scope: !1613, inlinedAt: !5454)
!5454 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5452)
!5455 = !DILocation(line: 0, scope: !1621, inlinedAt: !5456)
!5456 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5454)
!5457 = !DILocation(line: 0, scope: !1630, inlinedAt: !5458)
!5458 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5456)
!5459 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5458)
!5460 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !5437)
!5461 = !DILocation(line: 0, scope: !3581, inlinedAt: !5462)
!5462 = distinct !DILocation(line: 805, column: 1, scope: !3569)
!5463 = !DILocation(line: 0, scope: !3588, inlinedAt: !5462)
!5464 = !DILocation(line: 0, scope: !3610, inlinedAt: !5465)
!5465 = distinct !DILocation(line: 1919, column: 26, scope: !3588, inlinedAt: !5462)
!5466 = !DILocation(line: 0, scope: !3622, inlinedAt: !5467)
!5467 = distinct !DILocation(line: 255, column: 43, scope: !3610, inlinedAt: !5465)
!5468 = !DILocation(line: 0, scope: !3629, inlinedAt: !5469)
!5469 = distinct !DILocation(line: 255, column: 68, scope: !3610, inlinedAt: !5465)
!5470 = !DILocation(line: 0, scope: !3640, inlinedAt: !5471)
!5471 = distinct !DILocation(line: 125, column: 30, scope: !3629, inlinedAt: !5469)
!5472 = !DILocation(line: 429, column: 14, scope: !3622, inlinedAt: !5467)
!5473 = !DILocation(line: 0, scope: !3604, inlinedAt: !5462)
!5474 = !DILocation(line: 1920, column: 16, scope: !3604, inlinedAt: !5462)
!5475 = !DILocation(line: 568, column: 14, scope: !3640, inlinedAt: !5471)
!5476 = !DILocation(line: 0, scope: !1604, inlinedAt: !5477)
!5477 = distinct !DILocation(line: 1921, column: 24, scope: !3604, inlinedAt: !5462)
!5478 = !DILocation(line: 0, scope: !1613, inlinedAt: !5479)
!5479 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5477)
!5480 = !DILocation(line: 0, scope: !1621, inlinedAt: !5481)
!5481 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5479)
!5482 = !DILocation(line: 0, scope: !1630, inlinedAt: !5483)
!5483 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5481)
!5484 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5483)
!5485 = !DILocation(line: 1920, column: 13, scope: !3604, inlinedAt: !5462)
!5486 = distinct !DISubprogram(name: "drop_slow<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E", scope: !61, file: !837, line: 2109, type: !2357, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !101, declaration: !5487, retainedNodes: !5488)
!5487 = !DISubprogram(name: "drop_slow<unsafecell_atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h3dc0a349f2fdf210E", scope: !61, file: !837, line: 2109, type: !2357, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !101)
!5488 = !{!5489, !5490}
!5489 = !DILocalVariable(name: "self", arg: 1, scope: !5486, file: !837, line: 2109, type: !2359)
!5490 = !DILocalVariable(name: "_weak", scope: !5491, file: !837, line: 2115, type: !5492, align: 64)
!5491 = distinct !DILexicalBlock(scope: !5486, file: !837, line: 2115, column: 9)
!5492 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5493, templateParams: !5496, identifier: "76804770c8a024a5b239e7bef7dff666")
!5493 = !{!5494, !5495}
!5494 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !5492, file: !2, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!5495 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !5492, file: !2, baseType: !953, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5496 = !{!92, !5497}
!5497 = !DITemplateTypeParameter(name: "A", type: !953)
!5498 = !DILocation(line: 0, scope: !5486)
!5499 = !DILocation(line: 2115, column: 33, scope: !5486)
!5500 = !DILocalVariable(arg: 1, scope: !5501, file: !1510, line: 805, type: !5504)
!5501 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$unsafecell_atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h27214dcc1cbfb1e6E", scope: !68, file: !1510, line: 805, type: !5502, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5506, retainedNodes: !5505)
!5502 = !DISubroutineType(types: !5503)
!5503 = !{null, !5504}
!5504 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", baseType: !5492, size: 64, align: 64, dwarfAddressSpace: 0)
!5505 = !{!5500}
!5506 = !{!5507}
!5507 = !DITemplateTypeParameter(name: "T", type: !5492)
!5508 = !DILocation(line: 0, scope: !5501, inlinedAt: !5509)
!5509 = distinct !DILocation(line: 2121, column: 5, scope: !5486)
!5510 = !DILocalVariable(name: "self", arg: 1, scope: !5511, file: !837, line: 3468, type: !5515)
!5511 = distinct !DISubprogram(name: "drop<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h46d3289a821a94ecE", scope: !5512, file: !837, line: 3468, type: !5513, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5496, retainedNodes: !5516)
!5512 = !DINamespace(name: "{impl#52}", scope: !62)
!5513 = !DISubroutineType(types: !5514)
!5514 = !{null, !5515}
!5515 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", baseType: !5492, size: 64, align: 64, dwarfAddressSpace: 0)
!5516 = !{!5510, !5517, !5517, !5523, !5523}
!5517 = !DILocalVariable(name: "inner", scope: !5518, file: !837, line: 3477, type: !5519, align: 64)
!5518 = distinct !DILexicalBlock(scope: !5511, file: !837, line: 3477, column: 9)
!5519 = !DICompositeType(tag: DW_TAG_structure_type, name: "WeakInner", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5520, templateParams: !23, identifier: "3fb1708ff1a23a641418ae7877df0780")
!5520 = !{!5521, !5522}
!5521 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !5519, file: !2, baseType: !852, size: 64, align: 64, flags: DIFlagPrivate)
!5522 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !5519, file: !2, baseType: !852, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5523 = !DILocalVariable(name: "inner", scope: !5524, file: !837, line: 3477, type: !5519, align: 64)
!5524 = distinct !DILexicalBlock(scope: !5511, file: !837, line: 3477, column: 55)
!5525 = !DILocation(line: 0, scope: !5511, inlinedAt: !5526)
!5526 = distinct !DILocation(line: 805, column: 1, scope: !5501, inlinedAt: !5509)
!5527 = !DILocalVariable(name: "self", arg: 1, scope: !5528, file: !837, line: 3325, type: !5515)
!5528 = distinct !DISubprogram(name: "inner<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17hbfa3fd60a5b9ebd1E", scope: !5492, file: !837, line: 3325, type: !5529, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5496, declaration: !5545, retainedNodes: !5546)
!5529 = !DISubroutineType(types: !5530)
!5530 = !{!5531, !5544}
!5531 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::WeakInner>", scope: !116, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5532, templateParams: !23, identifier: "e465991810dac75a84e4c72a6b4fc453")
!5532 = !{!5533}
!5533 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5531, file: !2, size: 128, align: 64, elements: !5534, templateParams: !23, identifier: "8052219ee73fd0d7c67d9e8d476388b4", discriminator: !5543)
!5534 = !{!5535, !5539}
!5535 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !5533, file: !2, baseType: !5536, size: 128, align: 64, extraData: i64 0)
!5536 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !5531, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !5537, identifier: "324806d74fb9eaa6a700272c15d336eb")
!5537 = !{!5538}
!5538 = !DITemplateTypeParameter(name: "T", type: !5519)
!5539 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !5533, file: !2, baseType: !5540, size: 128, align: 64)
!5540 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !5531, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5541, templateParams: !5537, identifier: "752bd2e924b53a0130f76d30b160b008")
!5541 = !{!5542}
!5542 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5540, file: !2, baseType: !5519, size: 128, align: 64, flags: DIFlagPublic)
!5543 = !DIDerivedType(tag: DW_TAG_member, scope: !5531, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagArtificial)
!5544 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", baseType: !5492, size: 64, align: 64, dwarfAddressSpace: 0)
!5545 = !DISubprogram(name: "inner<unsafecell_atomic::AtomicUsize, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17hbfa3fd60a5b9ebd1E", scope: !5492, file: !837, line: 3325, type: !5529, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5496)
!5546 = !{!5527, !5547}
!5547 = !DILocalVariable(name: "ptr", scope: !5548, file: !837, line: 3326, type: !901, align: 64)
!5548 = distinct !DILexicalBlock(scope: !5528, file: !837, line: 3326, column: 9)
!5549 = !DILocation(line: 0, scope: !5528, inlinedAt: !5550)
!5550 = distinct !DILocation(line: 3477, column: 47, scope: !5524, inlinedAt: !5526)
!5551 = !DILocalVariable(name: "val", scope: !5552, file: !849, line: 3165, type: !9, align: 64)
!5552 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !5553)
!5553 = !{!5554, !5551, !5555}
!5554 = !DILocalVariable(name: "self", arg: 1, scope: !5552, file: !849, line: 3165, type: !852)
!5555 = !DILocalVariable(name: "order", scope: !5552, file: !849, line: 3165, type: !645, align: 8)
!5556 = !DILocation(line: 0, scope: !5552, inlinedAt: !5557)
!5557 = distinct !DILocation(line: 3479, column: 23, scope: !5518, inlinedAt: !5526)
!5558 = !DILocalVariable(name: "val", scope: !5559, file: !849, line: 3936, type: !9, align: 64)
!5559 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !5560)
!5560 = !{!5561, !5558, !5562}
!5561 = !DILocalVariable(name: "dst", arg: 1, scope: !5559, file: !849, line: 3936, type: !873)
!5562 = !DILocalVariable(name: "order", scope: !5559, file: !849, line: 3936, type: !645, align: 8)
!5563 = !DILocation(line: 0, scope: !5559, inlinedAt: !5564)
!5564 = distinct !DILocation(line: 3167, column: 26, scope: !5552, inlinedAt: !5557)
!5565 = !DILocation(line: 0, scope: !5548, inlinedAt: !5550)
!5566 = !DILocation(line: 3327, column: 12, scope: !5548, inlinedAt: !5550)
!5567 = !DILocation(line: 3333, column: 69, scope: !5548, inlinedAt: !5550)
!5568 = !DILocation(line: 0, scope: !5518, inlinedAt: !5526)
!5569 = !DILocation(line: 0, scope: !5524, inlinedAt: !5526)
!5570 = !DILocation(line: 3942, column: 24, scope: !5559, inlinedAt: !5564)
!5571 = !DILocation(line: 3479, column: 12, scope: !5518, inlinedAt: !5526)
!5572 = !DILocation(line: 0, scope: !1991, inlinedAt: !5573)
!5573 = distinct !DILocation(line: 64, column: 9, scope: !5518, inlinedAt: !5526)
!5574 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5573)
!5575 = !DILocalVariable(name: "self", arg: 1, scope: !5576, file: !5577, line: 388, type: !5581)
!5576 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h195ac74f9e995325E", scope: !5578, file: !5577, line: 388, type: !5579, scopeLine: 388, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !196, retainedNodes: !5582)
!5577 = !DIFile(filename: "library/core/src/alloc/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ef5fdd420c12591762e4494959e9e675")
!5578 = !DINamespace(name: "{impl#2}", scope: !911)
!5579 = !DISubroutineType(types: !5580)
!5580 = !{null, !5581, !180, !909}
!5581 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&alloc::alloc::Global", baseType: !953, size: 64, align: 64, dwarfAddressSpace: 0)
!5582 = !{!5575, !5583, !5584}
!5583 = !DILocalVariable(name: "ptr", arg: 2, scope: !5576, file: !5577, line: 388, type: !180)
!5584 = !DILocalVariable(name: "layout", arg: 3, scope: !5576, file: !5577, line: 388, type: !909)
!5585 = !DILocation(line: 0, scope: !5576, inlinedAt: !5586)
!5586 = distinct !DILocation(line: 3491, column: 28, scope: !5518, inlinedAt: !5526)
!5587 = !DILocation(line: 0, scope: !1604, inlinedAt: !5588)
!5588 = distinct !DILocation(line: 390, column: 27, scope: !5576, inlinedAt: !5586)
!5589 = !DILocation(line: 0, scope: !1613, inlinedAt: !5590)
!5590 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5588)
!5591 = !DILocation(line: 0, scope: !1621, inlinedAt: !5592)
!5592 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5590)
!5593 = !DILocation(line: 0, scope: !1630, inlinedAt: !5594)
!5594 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5592)
!5595 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5594)
!5596 = !DILocation(line: 3479, column: 9, scope: !5518, inlinedAt: !5526)
!5597 = !DILocation(line: 2121, column: 6, scope: !5486)
!5598 = distinct !DISubprogram(name: "drop_slow<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h7ec6579d436bccf7E", scope: !237, file: !837, line: 2109, type: !5139, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !362, declaration: !5599, retainedNodes: !5600)
!5599 = !DISubprogram(name: "drop_slow<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h7ec6579d436bccf7E", scope: !237, file: !837, line: 2109, type: !5139, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !362)
!5600 = !{!5601, !5602}
!5601 = !DILocalVariable(name: "self", arg: 1, scope: !5598, file: !837, line: 2109, type: !5141)
!5602 = !DILocalVariable(name: "_weak", scope: !5603, file: !837, line: 2115, type: !5604, align: 64)
!5603 = distinct !DILexicalBlock(scope: !5598, file: !837, line: 2115, column: 9)
!5604 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5605, templateParams: !5608, identifier: "57c42bb951b37c34b764e65d0f4d0514")
!5605 = !{!5606, !5607}
!5606 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !5604, file: !2, baseType: !240, size: 64, align: 64, flags: DIFlagPrivate)
!5607 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !5604, file: !2, baseType: !953, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5608 = !{!356, !5497}
!5609 = !DILocation(line: 0, scope: !5598)
!5610 = !DILocation(line: 2115, column: 33, scope: !5598)
!5611 = !DILocation(line: 0, scope: !5603)
!5612 = !DILocation(line: 2120, column: 37, scope: !5603)
!5613 = !{!5614}
!5614 = distinct !{!5614, !5615, !"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h5e487030d8295039E: %_1"}
!5615 = distinct !{!5615, !"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h5e487030d8295039E"}
!5616 = !DILocation(line: 2120, column: 18, scope: !5603)
!5617 = !DILocalVariable(arg: 1, scope: !5618, file: !1510, line: 805, type: !5621)
!5618 = distinct !DISubprogram(name: "drop_in_place<std::thread::scoped::ScopeData>", linkageName: "_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h5e487030d8295039E", scope: !68, file: !1510, line: 805, type: !5619, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !355, retainedNodes: !5622)
!5619 = !DISubroutineType(types: !5620)
!5620 = !{null, !5621}
!5621 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::scoped::ScopeData", baseType: !249, size: 64, align: 64, dwarfAddressSpace: 0)
!5622 = !{!5617}
!5623 = !DILocation(line: 0, scope: !5618, inlinedAt: !5624)
!5624 = distinct !DILocation(line: 2120, column: 18, scope: !5603)
!5625 = !{!5626}
!5626 = distinct !{!5626, !5627, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E: %_1"}
!5627 = distinct !{!5627, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h2f1afca4a3e27ce1E"}
!5628 = !DILocation(line: 805, column: 1, scope: !5618, inlinedAt: !5624)
!5629 = !DILocation(line: 0, scope: !1903, inlinedAt: !5630)
!5630 = distinct !DILocation(line: 805, column: 1, scope: !5618, inlinedAt: !5624)
!5631 = !{!5632}
!5632 = distinct !{!5632, !5633, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E: %_1"}
!5633 = distinct !{!5633, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h422e6f4536a1d758E"}
!5634 = !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !5630)
!5635 = !DILocation(line: 0, scope: !1917, inlinedAt: !5636)
!5636 = distinct !DILocation(line: 805, column: 1, scope: !1903, inlinedAt: !5630)
!5637 = !{!5638}
!5638 = distinct !{!5638, !5639, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE: %_1"}
!5639 = distinct !{!5639, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h5c43abc2c244b6bdE"}
!5640 = !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !5636)
!5641 = !DILocation(line: 0, scope: !1931, inlinedAt: !5642)
!5642 = distinct !DILocation(line: 805, column: 1, scope: !1917, inlinedAt: !5636)
!5643 = !{!5644}
!5644 = distinct !{!5644, !5645, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E: %self"}
!5645 = distinct !{!5645, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7ed31f3e38fdd949E"}
!5646 = !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !5642)
!5647 = !DILocation(line: 0, scope: !1945, inlinedAt: !5648)
!5648 = distinct !DILocation(line: 805, column: 1, scope: !1931, inlinedAt: !5642)
!5649 = !DILocation(line: 0, scope: !1954, inlinedAt: !5650)
!5650 = distinct !DILocation(line: 2811, column: 17, scope: !1945, inlinedAt: !5648)
!5651 = !DILocation(line: 0, scope: !1963, inlinedAt: !5652)
!5652 = distinct !DILocation(line: 2811, column: 32, scope: !1945, inlinedAt: !5648)
!5653 = !DILocation(line: 0, scope: !1971, inlinedAt: !5654)
!5654 = distinct !DILocation(line: 3167, column: 26, scope: !1963, inlinedAt: !5652)
!5655 = !DILocation(line: 444, column: 20, scope: !1978, inlinedAt: !5656)
!5656 = distinct !DILocation(line: 2104, column: 27, scope: !1954, inlinedAt: !5650)
!5657 = !{!5644, !5638, !5632, !5626, !5614}
!5658 = !DILocation(line: 3165, column: 30, scope: !1963, inlinedAt: !5652)
!5659 = !DILocation(line: 3942, column: 24, scope: !1971, inlinedAt: !5654)
!5660 = !DILocation(line: 2811, column: 12, scope: !1945, inlinedAt: !5648)
!5661 = !DILocation(line: 0, scope: !1991, inlinedAt: !5662)
!5662 = distinct !DILocation(line: 64, column: 9, scope: !1945, inlinedAt: !5648)
!5663 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5662)
!5664 = !DILocation(line: 2854, column: 18, scope: !1945, inlinedAt: !5648)
!5665 = !DILocalVariable(arg: 1, scope: !5666, file: !1510, line: 805, type: !5669)
!5666 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h78322fedb6243f4fE", scope: !68, file: !1510, line: 805, type: !5667, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5671, retainedNodes: !5670)
!5667 = !DISubroutineType(types: !5668)
!5668 = !{null, !5669}
!5669 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !5604, size: 64, align: 64, dwarfAddressSpace: 0)
!5670 = !{!5665}
!5671 = !{!5672}
!5672 = !DITemplateTypeParameter(name: "T", type: !5604)
!5673 = !DILocation(line: 0, scope: !5666, inlinedAt: !5674)
!5674 = distinct !DILocation(line: 2121, column: 5, scope: !5598)
!5675 = !DILocalVariable(name: "self", arg: 1, scope: !5676, file: !837, line: 3468, type: !5679)
!5676 = distinct !DISubprogram(name: "drop<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h285aad192af29e27E", scope: !5512, file: !837, line: 3468, type: !5677, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5608, retainedNodes: !5680)
!5677 = !DISubroutineType(types: !5678)
!5678 = !{null, !5679}
!5679 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !5604, size: 64, align: 64, dwarfAddressSpace: 0)
!5680 = !{!5675, !5681, !5681, !5683, !5683}
!5681 = !DILocalVariable(name: "inner", scope: !5682, file: !837, line: 3477, type: !5519, align: 64)
!5682 = distinct !DILexicalBlock(scope: !5676, file: !837, line: 3477, column: 9)
!5683 = !DILocalVariable(name: "inner", scope: !5684, file: !837, line: 3477, type: !5519, align: 64)
!5684 = distinct !DILexicalBlock(scope: !5676, file: !837, line: 3477, column: 55)
!5685 = !DILocation(line: 0, scope: !5676, inlinedAt: !5686)
!5686 = distinct !DILocation(line: 805, column: 1, scope: !5666, inlinedAt: !5674)
!5687 = !DILocalVariable(name: "self", arg: 1, scope: !5688, file: !837, line: 3325, type: !5679)
!5688 = distinct !DISubprogram(name: "inner<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17ha837b1b9983078b2E", scope: !5604, file: !837, line: 3325, type: !5689, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5608, declaration: !5692, retainedNodes: !5693)
!5689 = !DISubroutineType(types: !5690)
!5690 = !{!5531, !5691}
!5691 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !5604, size: 64, align: 64, dwarfAddressSpace: 0)
!5692 = !DISubprogram(name: "inner<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17ha837b1b9983078b2E", scope: !5604, file: !837, line: 3325, type: !5689, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5608)
!5693 = !{!5687, !5694}
!5694 = !DILocalVariable(name: "ptr", scope: !5695, file: !837, line: 3326, type: !5696, align: 64)
!5695 = distinct !DILexicalBlock(scope: !5688, file: !837, line: 3326, column: 9)
!5696 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::thread::scoped::ScopeData>", baseType: !244, size: 64, align: 64, dwarfAddressSpace: 0)
!5697 = !DILocation(line: 0, scope: !5688, inlinedAt: !5698)
!5698 = distinct !DILocation(line: 3477, column: 47, scope: !5684, inlinedAt: !5686)
!5699 = !DILocalVariable(name: "val", scope: !5700, file: !849, line: 3165, type: !9, align: 64)
!5700 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !5701)
!5701 = !{!5702, !5699, !5703}
!5702 = !DILocalVariable(name: "self", arg: 1, scope: !5700, file: !849, line: 3165, type: !852)
!5703 = !DILocalVariable(name: "order", scope: !5700, file: !849, line: 3165, type: !645, align: 8)
!5704 = !DILocation(line: 0, scope: !5700, inlinedAt: !5705)
!5705 = distinct !DILocation(line: 3479, column: 23, scope: !5682, inlinedAt: !5686)
!5706 = !DILocalVariable(name: "val", scope: !5707, file: !849, line: 3936, type: !9, align: 64)
!5707 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !5708)
!5708 = !{!5709, !5706, !5710}
!5709 = !DILocalVariable(name: "dst", arg: 1, scope: !5707, file: !849, line: 3936, type: !873)
!5710 = !DILocalVariable(name: "order", scope: !5707, file: !849, line: 3936, type: !645, align: 8)
!5711 = !DILocation(line: 0, scope: !5707, inlinedAt: !5712)
!5712 = distinct !DILocation(line: 3167, column: 26, scope: !5700, inlinedAt: !5705)
!5713 = !DILocation(line: 0, scope: !5695, inlinedAt: !5698)
!5714 = !DILocation(line: 3327, column: 12, scope: !5695, inlinedAt: !5698)
!5715 = !DILocation(line: 3333, column: 69, scope: !5695, inlinedAt: !5698)
!5716 = !DILocation(line: 0, scope: !5682, inlinedAt: !5686)
!5717 = !DILocation(line: 0, scope: !5684, inlinedAt: !5686)
!5718 = !DILocation(line: 3942, column: 24, scope: !5707, inlinedAt: !5712)
!5719 = !DILocation(line: 3479, column: 12, scope: !5682, inlinedAt: !5686)
!5720 = !DILocation(line: 0, scope: !1991, inlinedAt: !5721)
!5721 = distinct !DILocation(line: 64, column: 9, scope: !5682, inlinedAt: !5686)
!5722 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5721)
!5723 = !DILocation(line: 0, scope: !5576, inlinedAt: !5724)
!5724 = distinct !DILocation(line: 3491, column: 28, scope: !5682, inlinedAt: !5686)
!5725 = !DILocation(line: 0, scope: !1604, inlinedAt: !5726)
!5726 = distinct !DILocation(line: 390, column: 27, scope: !5576, inlinedAt: !5724)
!5727 = !DILocation(line: 0, scope: !1613, inlinedAt: !5728)
!5728 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5726)
!5729 = !DILocation(line: 0, scope: !1621, inlinedAt: !5730)
!5730 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5728)
!5731 = !DILocation(line: 0, scope: !1630, inlinedAt: !5732)
!5732 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5730)
!5733 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5732)
!5734 = !DILocation(line: 3479, column: 9, scope: !5682, inlinedAt: !5686)
!5735 = !DILocation(line: 0, scope: !5666, inlinedAt: !5736)
!5736 = distinct !DILocation(line: 2121, column: 5, scope: !5598)
!5737 = !DILocation(line: 0, scope: !5676, inlinedAt: !5738)
!5738 = distinct !DILocation(line: 805, column: 1, scope: !5666, inlinedAt: !5736)
!5739 = !DILocation(line: 0, scope: !5688, inlinedAt: !5740)
!5740 = distinct !DILocation(line: 3477, column: 47, scope: !5684, inlinedAt: !5738)
!5741 = !DILocation(line: 0, scope: !5700, inlinedAt: !5742)
!5742 = distinct !DILocation(line: 3479, column: 23, scope: !5682, inlinedAt: !5738)
!5743 = !DILocation(line: 0, scope: !5707, inlinedAt: !5744)
!5744 = distinct !DILocation(line: 3167, column: 26, scope: !5700, inlinedAt: !5742)
!5745 = !DILocation(line: 0, scope: !5695, inlinedAt: !5740)
!5746 = !DILocation(line: 3327, column: 12, scope: !5695, inlinedAt: !5740)
!5747 = !DILocation(line: 3333, column: 69, scope: !5695, inlinedAt: !5740)
!5748 = !DILocation(line: 0, scope: !5682, inlinedAt: !5738)
!5749 = !DILocation(line: 0, scope: !5684, inlinedAt: !5738)
!5750 = !DILocation(line: 3942, column: 24, scope: !5707, inlinedAt: !5744)
!5751 = !DILocation(line: 3479, column: 12, scope: !5682, inlinedAt: !5738)
!5752 = !DILocation(line: 0, scope: !1991, inlinedAt: !5753)
!5753 = distinct !DILocation(line: 64, column: 9, scope: !5682, inlinedAt: !5738)
!5754 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5753)
!5755 = !DILocation(line: 0, scope: !5576, inlinedAt: !5756)
!5756 = distinct !DILocation(line: 3491, column: 28, scope: !5682, inlinedAt: !5738)
!5757 = !DILocation(line: 0, scope: !1604, inlinedAt: !5758)
!5758 = distinct !DILocation(line: 390, column: 27, scope: !5576, inlinedAt: !5756)
!5759 = !DILocation(line: 0, scope: !1613, inlinedAt: !5760)
!5760 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5758)
!5761 = !DILocation(line: 0, scope: !1621, inlinedAt: !5762)
!5762 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5760)
!5763 = !DILocation(line: 0, scope: !1630, inlinedAt: !5764)
!5764 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5762)
!5765 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5764)
!5766 = !DILocation(line: 3479, column: 9, scope: !5682, inlinedAt: !5738)
!5767 = !DILocation(line: 2121, column: 6, scope: !5598)
!5768 = !DILocation(line: 2109, column: 5, scope: !5598)
!5769 = distinct !DISubprogram(name: "drop_slow<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E", scope: !214, file: !837, line: 2109, type: !2243, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !436, declaration: !5770, retainedNodes: !5771)
!5770 = !DISubprogram(name: "drop_slow<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hd8b06e5bf40eb9b7E", scope: !214, file: !837, line: 2109, type: !2243, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !436)
!5771 = !{!5772, !5773}
!5772 = !DILocalVariable(name: "self", arg: 1, scope: !5769, file: !837, line: 2109, type: !2245)
!5773 = !DILocalVariable(name: "_weak", scope: !5774, file: !837, line: 2115, type: !5775, align: 64)
!5774 = distinct !DILexicalBlock(scope: !5769, file: !837, line: 2115, column: 9)
!5775 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5776, templateParams: !5779, identifier: "d3dc79ea27496625e2839a9a2fa86be5")
!5776 = !{!5777, !5778}
!5777 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !5775, file: !2, baseType: !217, size: 64, align: 64, flags: DIFlagPrivate)
!5778 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !5775, file: !2, baseType: !953, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5779 = !{!430, !5497}
!5780 = !DILocation(line: 0, scope: !5769)
!5781 = !DILocation(line: 2115, column: 33, scope: !5769)
!5782 = !DILocation(line: 0, scope: !5774)
!5783 = !DILocation(line: 2120, column: 37, scope: !5774)
!5784 = !DILocation(line: 2120, column: 18, scope: !5774)
!5785 = !DILocalVariable(arg: 1, scope: !5786, file: !1510, line: 805, type: !5789)
!5786 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17hb9a1039c59dbc1fcE", scope: !68, file: !1510, line: 805, type: !5787, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5791, retainedNodes: !5790)
!5787 = !DISubroutineType(types: !5788)
!5788 = !{null, !5789}
!5789 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !5775, size: 64, align: 64, dwarfAddressSpace: 0)
!5790 = !{!5785}
!5791 = !{!5792}
!5792 = !DITemplateTypeParameter(name: "T", type: !5775)
!5793 = !DILocation(line: 0, scope: !5786, inlinedAt: !5794)
!5794 = distinct !DILocation(line: 2121, column: 5, scope: !5769)
!5795 = !DILocalVariable(name: "self", arg: 1, scope: !5796, file: !837, line: 3468, type: !5799)
!5796 = distinct !DISubprogram(name: "drop<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hb07c798bccc983a9E", scope: !5512, file: !837, line: 3468, type: !5797, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5779, retainedNodes: !5800)
!5797 = !DISubroutineType(types: !5798)
!5798 = !{null, !5799}
!5799 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !5775, size: 64, align: 64, dwarfAddressSpace: 0)
!5800 = !{!5795, !5801, !5801, !5803, !5803}
!5801 = !DILocalVariable(name: "inner", scope: !5802, file: !837, line: 3477, type: !5519, align: 64)
!5802 = distinct !DILexicalBlock(scope: !5796, file: !837, line: 3477, column: 9)
!5803 = !DILocalVariable(name: "inner", scope: !5804, file: !837, line: 3477, type: !5519, align: 64)
!5804 = distinct !DILexicalBlock(scope: !5796, file: !837, line: 3477, column: 55)
!5805 = !DILocation(line: 0, scope: !5796, inlinedAt: !5806)
!5806 = distinct !DILocation(line: 805, column: 1, scope: !5786, inlinedAt: !5794)
!5807 = !DILocalVariable(name: "self", arg: 1, scope: !5808, file: !837, line: 3325, type: !5799)
!5808 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h2d2046b9f4559d2dE", scope: !5775, file: !837, line: 3325, type: !5809, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !5779, declaration: !5812, retainedNodes: !5813)
!5809 = !DISubroutineType(types: !5810)
!5810 = !{!5531, !5811}
!5811 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !5775, size: 64, align: 64, dwarfAddressSpace: 0)
!5812 = !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h2d2046b9f4559d2dE", scope: !5775, file: !837, line: 3325, type: !5809, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5779)
!5813 = !{!5807, !5814}
!5814 = !DILocalVariable(name: "ptr", scope: !5815, file: !837, line: 3326, type: !2019, align: 64)
!5815 = distinct !DILexicalBlock(scope: !5808, file: !837, line: 3326, column: 9)
!5816 = !DILocation(line: 0, scope: !5808, inlinedAt: !5817)
!5817 = distinct !DILocation(line: 3477, column: 47, scope: !5804, inlinedAt: !5806)
!5818 = !DILocalVariable(name: "val", scope: !5819, file: !849, line: 3165, type: !9, align: 64)
!5819 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !849, line: 3165, type: !850, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !23, declaration: !1964, retainedNodes: !5820)
!5820 = !{!5821, !5818, !5822}
!5821 = !DILocalVariable(name: "self", arg: 1, scope: !5819, file: !849, line: 3165, type: !852)
!5822 = !DILocalVariable(name: "order", scope: !5819, file: !849, line: 3165, type: !645, align: 8)
!5823 = !DILocation(line: 0, scope: !5819, inlinedAt: !5824)
!5824 = distinct !DILocation(line: 3479, column: 23, scope: !5802, inlinedAt: !5806)
!5825 = !DILocalVariable(name: "val", scope: !5826, file: !849, line: 3936, type: !9, align: 64)
!5826 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h5fbebcdb424de9f0E", scope: !76, file: !849, line: 3936, type: !871, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !877, retainedNodes: !5827)
!5827 = !{!5828, !5825, !5829}
!5828 = !DILocalVariable(name: "dst", arg: 1, scope: !5826, file: !849, line: 3936, type: !873)
!5829 = !DILocalVariable(name: "order", scope: !5826, file: !849, line: 3936, type: !645, align: 8)
!5830 = !DILocation(line: 0, scope: !5826, inlinedAt: !5831)
!5831 = distinct !DILocation(line: 3167, column: 26, scope: !5819, inlinedAt: !5824)
!5832 = !DILocation(line: 0, scope: !5815, inlinedAt: !5817)
!5833 = !DILocation(line: 3327, column: 12, scope: !5815, inlinedAt: !5817)
!5834 = !DILocation(line: 3333, column: 69, scope: !5815, inlinedAt: !5817)
!5835 = !DILocation(line: 0, scope: !5802, inlinedAt: !5806)
!5836 = !DILocation(line: 0, scope: !5804, inlinedAt: !5806)
!5837 = !DILocation(line: 3942, column: 24, scope: !5826, inlinedAt: !5831)
!5838 = !DILocation(line: 3479, column: 12, scope: !5802, inlinedAt: !5806)
!5839 = !DILocation(line: 0, scope: !1991, inlinedAt: !5840)
!5840 = distinct !DILocation(line: 64, column: 9, scope: !5802, inlinedAt: !5806)
!5841 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5840)
!5842 = !DILocation(line: 0, scope: !5576, inlinedAt: !5843)
!5843 = distinct !DILocation(line: 3491, column: 28, scope: !5802, inlinedAt: !5806)
!5844 = !DILocation(line: 0, scope: !1604, inlinedAt: !5845)
!5845 = distinct !DILocation(line: 390, column: 27, scope: !5576, inlinedAt: !5843)
!5846 = !DILocation(line: 0, scope: !1613, inlinedAt: !5847)
!5847 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5845)
!5848 = !DILocation(line: 0, scope: !1621, inlinedAt: !5849)
!5849 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5847)
!5850 = !DILocation(line: 0, scope: !1630, inlinedAt: !5851)
!5851 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5849)
!5852 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5851)
!5853 = !DILocation(line: 3479, column: 9, scope: !5802, inlinedAt: !5806)
!5854 = !DILocation(line: 0, scope: !5786, inlinedAt: !5855)
!5855 = distinct !DILocation(line: 2121, column: 5, scope: !5769)
!5856 = !DILocation(line: 0, scope: !5796, inlinedAt: !5857)
!5857 = distinct !DILocation(line: 805, column: 1, scope: !5786, inlinedAt: !5855)
!5858 = !DILocation(line: 0, scope: !5808, inlinedAt: !5859)
!5859 = distinct !DILocation(line: 3477, column: 47, scope: !5804, inlinedAt: !5857)
!5860 = !DILocation(line: 0, scope: !5819, inlinedAt: !5861)
!5861 = distinct !DILocation(line: 3479, column: 23, scope: !5802, inlinedAt: !5857)
!5862 = !DILocation(line: 0, scope: !5826, inlinedAt: !5863)
!5863 = distinct !DILocation(line: 3167, column: 26, scope: !5819, inlinedAt: !5861)
!5864 = !DILocation(line: 0, scope: !5815, inlinedAt: !5859)
!5865 = !DILocation(line: 3327, column: 12, scope: !5815, inlinedAt: !5859)
!5866 = !DILocation(line: 3333, column: 69, scope: !5815, inlinedAt: !5859)
!5867 = !DILocation(line: 0, scope: !5802, inlinedAt: !5857)
!5868 = !DILocation(line: 0, scope: !5804, inlinedAt: !5857)
!5869 = !DILocation(line: 3942, column: 24, scope: !5826, inlinedAt: !5863)
!5870 = !DILocation(line: 3479, column: 12, scope: !5802, inlinedAt: !5857)
!5871 = !DILocation(line: 0, scope: !1991, inlinedAt: !5872)
!5872 = distinct !DILocation(line: 64, column: 9, scope: !5802, inlinedAt: !5857)
!5873 = !DILocation(line: 4373, column: 24, scope: !1991, inlinedAt: !5872)
!5874 = !DILocation(line: 0, scope: !5576, inlinedAt: !5875)
!5875 = distinct !DILocation(line: 3491, column: 28, scope: !5802, inlinedAt: !5857)
!5876 = !DILocation(line: 0, scope: !1604, inlinedAt: !5877)
!5877 = distinct !DILocation(line: 390, column: 27, scope: !5576, inlinedAt: !5875)
!5878 = !DILocation(line: 0, scope: !1613, inlinedAt: !5879)
!5879 = distinct !DILocation(line: 442, column: 23, scope: !1604, inlinedAt: !5877)
!5880 = !DILocation(line: 0, scope: !1621, inlinedAt: !5881)
!5881 = distinct !DILocation(line: 324, column: 9, scope: !1613, inlinedAt: !5879)
!5882 = !DILocation(line: 0, scope: !1630, inlinedAt: !5883)
!5883 = distinct !DILocation(line: 209, column: 22, scope: !1621, inlinedAt: !5881)
!5884 = !DILocation(line: 115, column: 14, scope: !1630, inlinedAt: !5883)
!5885 = !DILocation(line: 3479, column: 9, scope: !5802, inlinedAt: !5857)
!5886 = !DILocation(line: 2121, column: 6, scope: !5769)
!5887 = !DILocation(line: 2109, column: 5, scope: !5769)
!5888 = distinct !DISubprogram(name: "fmt<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17hb649dc38a0f5f76fE", scope: !5889, file: !893, line: 2198, type: !5890, scopeLine: 2198, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !567, templateParams: !3605, retainedNodes: !5893)
!5889 = !DINamespace(name: "{impl#25}", scope: !895)
!5890 = !DISubroutineType(types: !5891)
!5891 = !{!5034, !5892, !5050}
!5892 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !392, size: 64, align: 64, dwarfAddressSpace: 0)
!5893 = !{!5894, !5895}
!5894 = !DILocalVariable(name: "self", arg: 1, scope: !5888, file: !893, line: 2198, type: !5892)
!5895 = !DILocalVariable(name: "f", arg: 2, scope: !5888, file: !893, line: 2198, type: !5050)
!5896 = !DILocation(line: 0, scope: !5888)
!5897 = !DILocation(line: 2199, column: 25, scope: !5888)
!5898 = !DILocation(line: 2199, column: 9, scope: !5888)
!5899 = !DILocation(line: 2200, column: 6, scope: !5888)
