; ModuleID = 'std_atomic_relaxed.f0078c7e0c9f88be-cgu.0'
source_filename = "std_atomic_relaxed.f0078c7e0c9f88be-cgu.0"
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
@alloc_d4fff0f3a977bdf6ac0aa6a6406e7fd4 = private unnamed_addr constant [40 x i8] c"testdata/rust/src/std_atomic_relaxed.rs\00", align 1
@alloc_360cb98fe9ff6dfb3beb83232be3b117 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d4fff0f3a977bdf6ac0aa6a6406e7fd4, [16 x i8] c"'\00\00\00\00\00\00\00\1A\00\00\00\18\00\00\00" }>, align 8
@alloc_99934ceadea2ef3a7bbccbd3e4b2fedc = private unnamed_addr constant [74 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/mod.rs\00", align 1
@alloc_8d68fcbc011419193bd208f22e2789d1 = private unnamed_addr constant [28 x i8] c"failed to write whole buffer", align 1
@alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2 = private unnamed_addr constant <{ ptr, [9 x i8], [7 x i8] }> <{ ptr @alloc_8d68fcbc011419193bd208f22e2789d1, [9 x i8] c"\1C\00\00\00\00\00\00\00\17", [7 x i8] undef }>, align 8
@alloc_a2b462ac72db38b51a27d3bbf062bd3b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_99934ceadea2ef3a7bbccbd3e4b2fedc, [16 x i8] c"I\00\00\00\00\00\00\00Y\07\00\00$\00\00\00" }>, align 8
@vtable.1 = private constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h60bbe3556d5a4780E", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h4084a77eefe710e2E", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h4084a77eefe710e2E" }>, align 8, !dbg !0
@vtable.2 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr161drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h13de2565bb0c52e0E", [16 x i8] c"0\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h46865a18cd774489E" }>, align 8, !dbg !24
@_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN = external local_unnamed_addr global %"core::sync::atomic::AtomicUsize"
@alloc_7a0078e56453c84a4274ce689b2bb39a = private unnamed_addr constant [14 x i8] c"RUST_MIN_STACK", align 1
@alloc_987f9181f01088182face37be6d0a1cd = private unnamed_addr constant [41 x i8] c"threads should not terminate unexpectedly", align 1
@alloc_d71163240bab68464d47d4f464e0e58e = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/lifecycle.rs\00", align 1
@alloc_c8fa0f44c6d4fbb5209642c5dc0b0954 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\F7\00\00\00\0E\00\00\00" }>, align 8
@alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\FB\00\00\00\0E\00\00\00" }>, align 8
@vtable.3 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha0cddcdf4f650811E", [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt }>, align 8, !dbg !434
@vtable.4 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h32cae1ca663ebdfaE" }>, align 8, !dbg !550
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@alloc_58f213f5b48e0bea76ba0b429606a6b5 = private unnamed_addr constant [62 x i8] c"fatal runtime error: thread result panicked on drop, aborting\0A", align 1
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; std_atomic_relaxed::main
; Function Attrs: nonlazybind uwtable
define hidden void @_ZN18std_atomic_relaxed4main17h2ce8bda1b909c7ebE() unnamed_addr #0 personality ptr @rust_eh_personality !dbg !686 {
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
    #dbg_declare(ptr poison, !709, !DIExpression(DW_OP_LLVM_fragment, 328, 56), !804)
    #dbg_declare(ptr poison, !809, !DIExpression(DW_OP_LLVM_fragment, 328, 56), !820)
  %join_handle = alloca [24 x i8], align 8
  %shared_atomic = alloca [8 x i8], align 8
    #dbg_declare(ptr %shared_atomic, !689, !DIExpression(), !821)
    #dbg_declare(ptr %join_handle, !693, !DIExpression(), !822)
    #dbg_declare(ptr %self1, !823, !DIExpression(), !830)
    #dbg_value(i64 1, !832, !DIExpression(), !842)
    #dbg_value(i8 0, !841, !DIExpression(), !842)
    #dbg_value(i64 1, !855, !DIExpression(), !865)
    #dbg_value(i8 0, !862, !DIExpression(), !865)
    #dbg_declare(ptr poison, !867, !DIExpression(), !874)
  call void @llvm.lifetime.start.p0(ptr nonnull %shared_atomic), !dbg !876
    #dbg_value(i64 0, !877, !DIExpression(), !886)
    #dbg_value(i64 1, !888, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !899)
    #dbg_value(i64 1, !888, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !899)
    #dbg_value(i64 0, !888, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !899)
    #dbg_value(i64 8, !901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !925)
    #dbg_value(i64 8, !927, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !953)
    #dbg_value(i64 8, !955, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !963)
    #dbg_value(i64 24, !901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !925)
    #dbg_value(i64 24, !927, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !953)
    #dbg_value(i64 24, !955, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !963)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !952, !DIExpression(), !953)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !961, !DIExpression(), !963)
    #dbg_value(i8 0, !962, !DIExpression(), !963)
    #dbg_value(i64 8, !965, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !995)
    #dbg_value(i64 8, !997, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1000)
    #dbg_value(i64 24, !965, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !995)
    #dbg_value(i64 24, !997, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1000)
    #dbg_value(i1 false, !971, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !995)
    #dbg_value(i64 24, !972, !DIExpression(), !1002)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #22, !dbg !1003, !noalias !1004
; call __rustc::__rust_alloc
  %0 = tail call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 24, i64 noundef 8) #22, !dbg !1007, !noalias !1004
  %1 = icmp eq ptr %0, null, !dbg !1008
  br i1 %1, label %bb2.i11, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit, !dbg !1009, !prof !1010

bb2.i11:                                          ; preds = %start
; call alloc::alloc::handle_alloc_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 24) #23, !dbg !1011, !noalias !1004
  unreachable, !dbg !1011

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit: ; preds = %start
    #dbg_value(ptr %0, !896, !DIExpression(), !1012)
  store i64 1, ptr %0, align 8, !dbg !1013
  %_14.sroa.4.0..sroa_idx = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !1013
  store i64 1, ptr %_14.sroa.4.0..sroa_idx, align 8, !dbg !1013
  %_14.sroa.5.0..sroa_idx = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !1013
  store i64 0, ptr %_14.sroa.5.0..sroa_idx, align 8, !dbg !1013
    #dbg_value(ptr %0, !883, !DIExpression(), !1014)
    #dbg_value(ptr %0, !1015, !DIExpression(), !1021)
  store ptr %0, ptr %shared_atomic, align 8, !dbg !1023
    #dbg_value(ptr %shared_atomic, !851, !DIExpression(), !1025)
    #dbg_value(ptr %0, !840, !DIExpression(), !1026)
    #dbg_value(ptr %0, !861, !DIExpression(), !865)
  %2 = atomicrmw add ptr %0, i64 1 monotonic, align 8, !dbg !1027
    #dbg_value(i64 %2, !852, !DIExpression(), !1028)
  %_22 = icmp slt i64 %2, 0, !dbg !1029
  br i1 %_22, label %bb10, label %bb30.i.i, !dbg !1029

bb30.i.i:                                         ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
    #dbg_value(ptr %0, !873, !DIExpression(), !1030)
    #dbg_value(ptr %0, !691, !DIExpression(), !1031)
  call void @llvm.lifetime.start.p0(ptr nonnull %join_handle), !dbg !1032
    #dbg_value(ptr %0, !818, !DIExpression(), !1033)
    #dbg_value(ptr %0, !810, !DIExpression(), !1034)
    #dbg_value(i64 -9223372036854775808, !809, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1034)
    #dbg_value(i64 -9223372036854775808, !709, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1035)
    #dbg_value(i64 0, !809, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1034)
    #dbg_value(i64 0, !709, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1035)
    #dbg_value(i8 0, !809, !DIExpression(DW_OP_LLVM_fragment, 320, 8), !1034)
    #dbg_value(i8 0, !709, !DIExpression(DW_OP_LLVM_fragment, 320, 8), !1035)
  call void @llvm.lifetime.start.p0(ptr nonnull %name.i), !dbg !1036
    #dbg_value(ptr %0, !777, !DIExpression(), !1035)
    #dbg_declare(ptr %name.i, !778, !DIExpression(), !1037)
  store i64 -9223372036854775808, ptr %name.i, align 8, !dbg !1036, !noalias !1038
    #dbg_value(i64 0, !780, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1041)
    #dbg_value(i64 undef, !780, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1041)
    #dbg_value(i1 false, !781, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1041)
  call void @llvm.lifetime.start.p0(ptr nonnull %f.i.i), !noalias !1042
    #dbg_value(i64 0, !1044, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1110)
    #dbg_value(i64 0, !1112, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1144)
    #dbg_value(i64 undef, !1044, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1110)
    #dbg_value(i64 undef, !1112, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1144)
    #dbg_value(ptr null, !1067, !DIExpression(), !1110)
  store ptr %0, ptr %f.i.i, align 8, !noalias !1146
    #dbg_declare(ptr %name.i, !1065, !DIExpression(), !1150)
    #dbg_value(i1 false, !1066, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1110)
    #dbg_declare(ptr %f.i.i, !1068, !DIExpression(), !1151)
    #dbg_declare(ptr %thread.i.i, !1073, !DIExpression(), !1152)
    #dbg_declare(ptr %hooks.i.i, !1075, !DIExpression(), !1153)
    #dbg_declare(ptr %my_packet.i.i, !1077, !DIExpression(), !1154)
    #dbg_declare(ptr %rust_start.i.i, !1083, !DIExpression(), !1155)
    #dbg_declare(ptr poison, !1141, !DIExpression(), !1156)
    #dbg_value(i64 1, !1157, !DIExpression(), !1162)
    #dbg_value(i8 0, !1161, !DIExpression(), !1162)
    #dbg_value(i64 1, !1173, !DIExpression(), !1178)
    #dbg_value(i8 0, !1177, !DIExpression(), !1178)
    #dbg_declare(ptr poison, !1180, !DIExpression(), !1187)
    #dbg_value(i64 1, !1157, !DIExpression(), !1189)
    #dbg_value(i8 0, !1161, !DIExpression(), !1189)
    #dbg_value(i64 1, !1173, !DIExpression(), !1219)
    #dbg_value(i8 0, !1177, !DIExpression(), !1219)
    #dbg_declare(ptr poison, !1222, !DIExpression(), !1231)
    #dbg_declare(ptr %self1.i.i.i, !1233, !DIExpression(), !1269)
    #dbg_value(i8 0, !1271, !DIExpression(), !1278)
    #dbg_declare(ptr poison, !1266, !DIExpression(), !1280)
    #dbg_value(i64 2097152, !1281, !DIExpression(), !1290)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1292, !DIExpression(), !1300)
    #dbg_value(i8 0, !1299, !DIExpression(), !1300)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1277, !DIExpression(), !1278)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1302, !DIExpression(), !1309)
    #dbg_value(i8 0, !1308, !DIExpression(), !1309)
  %3 = load atomic i64, ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN monotonic, align 8, !dbg !1311, !noalias !1146
    #dbg_value(i64 %3, !1227, !DIExpression(), !1312)
  %4 = icmp eq i64 %3, 0, !dbg !1313
  br i1 %4, label %bb2.i50.i.i, label %bb1.i.i.i, !dbg !1313

bb2.i50.i.i:                                      ; preds = %bb30.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %self1.i.i.i), !dbg !1314, !noalias !1146
    #dbg_value(ptr @alloc_7a0078e56453c84a4274ce689b2bb39a, !1315, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1324)
    #dbg_value(i64 14, !1315, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1324)
; invoke std::env::_var_os
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(address) dereferenceable(24) %self1.i.i.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_7a0078e56453c84a4274ce689b2bb39a, i64 noundef 14)
          to label %.noexc.i.i unwind label %cleanup.thread.i.i, !dbg !1326, !noalias !1146

.noexc.i.i:                                       ; preds = %bb2.i50.i.i
  %5 = load i64, ptr %self1.i.i.i, align 8, !dbg !1327, !range !1328, !noalias !1146, !noundef !23
  %.not.i.i.i = icmp eq i64 %5, -9223372036854775808, !dbg !1327
  br i1 %.not.i.i.i, label %bb10.i.i.i, label %bb8.i.i.i, !dbg !1329

bb1.i.i.i:                                        ; preds = %bb30.i.i
  %6 = add i64 %3, -1, !dbg !1330
    #dbg_value(i64 %6, !1229, !DIExpression(), !1331)
  br label %bb29.i.i, !dbg !1332

bb8.i.i.i:                                        ; preds = %.noexc.i.i
    #dbg_value(i64 %5, !1267, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1333)
  %x.sroa.5.0.self1.sroa_idx.i.i.i = getelementptr inbounds nuw i8, ptr %self1.i.i.i, i64 8, !dbg !1334
  %x.sroa.5.0.copyload.i.i.i = load ptr, ptr %x.sroa.5.0.self1.sroa_idx.i.i.i, align 8, !dbg !1334, !noalias !1146, !nonnull !23, !noundef !23
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1267, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1333)
  %x.sroa.6.0.self1.sroa_idx.i.i.i = getelementptr inbounds nuw i8, ptr %self1.i.i.i, i64 16, !dbg !1334
  %x.sroa.6.0.copyload.i.i.i = load i64, ptr %x.sroa.6.0.self1.sroa_idx.i.i.i, align 8, !dbg !1334, !noalias !1146
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !1267, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1333)
    #dbg_value(i64 %5, !1335, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1341)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1335, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1341)
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !1335, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !1341)
    #dbg_declare(ptr poison, !1340, !DIExpression(), !1343)
    #dbg_declare(ptr %self1.i.i.i.i, !1344, !DIExpression(), !1396)
    #dbg_declare(ptr poison, !1421, !DIExpression(), !1434)
    #dbg_value(i32 10, !1436, !DIExpression(), !1462)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1415, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1485)
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !1415, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1485)
  call void @llvm.lifetime.start.p0(ptr nonnull %self1.i.i.i.i), !dbg !1486, !noalias !1487
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1490, !DIExpression(), !1502)
; invoke core::str::converts::from_utf8
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(none) dereferenceable(24) %self1.i.i.i.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %x.sroa.5.0.copyload.i.i.i, i64 noundef %x.sroa.6.0.copyload.i.i.i)
          to label %bb4.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !1504, !noalias !1487

cleanup.i.i.i.i:                                  ; preds = %bb8.i.i.i
  %7 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1505, !DIExpression(), !1512)
    #dbg_value(ptr poison, !1514, !DIExpression(), !1522)
    #dbg_value(ptr poison, !1524, !DIExpression(), !1532)
    #dbg_value(ptr poison, !1534, !DIExpression(), !1542)
    #dbg_value(ptr poison, !1544, !DIExpression(), !1552)
    #dbg_value(ptr poison, !1554, !DIExpression(), !1565)
    #dbg_value(i64 1, !1561, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1565)
    #dbg_value(i64 1, !1561, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1565)
    #dbg_value(ptr poison, !1567, !DIExpression(), !1596)
    #dbg_value(i64 1, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1596)
    #dbg_value(i64 1, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1596)
  %8 = icmp eq i64 %5, 0, !dbg !1598
  br i1 %8, label %bb25.i.i, label %bb2.i.i.i4.i.i.i.i.i.i.i, !dbg !1598

bb2.i.i.i4.i.i.i.i.i.i.i:                         ; preds = %cleanup.i.i.i.i
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1562, !DIExpression(), !1599)
    #dbg_value(i64 1, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1599)
    #dbg_value(i64 %5, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1599)
    #dbg_value(ptr poison, !1600, !DIExpression(), !1607)
    #dbg_value(ptr poison, !1609, !DIExpression(), !1615)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1605, !DIExpression(), !1607)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1613, !DIExpression(), !1615)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1617, !DIExpression(), !1624)
    #dbg_value(i64 1, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1607)
    #dbg_value(i64 1, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1615)
    #dbg_value(i64 1, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1624)
    #dbg_value(i64 1, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1632)
    #dbg_value(i64 %5, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1607)
    #dbg_value(i64 %5, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1615)
    #dbg_value(i64 %5, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1624)
    #dbg_value(i64 %5, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1632)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1631, !DIExpression(), !1632)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %x.sroa.5.0.copyload.i.i.i, i64 noundef %5, i64 noundef range(i64 1, -9223372036854775807) 1) #22, !dbg !1634, !noalias !1487
  br label %bb25.i.i, !dbg !1635

bb4.i.i.i.i:                                      ; preds = %bb8.i.i.i
  %_16.i.i.i.i = load i64, ptr %self1.i.i.i.i, align 8, !dbg !1636, !range !1637, !noalias !1487, !noundef !23
  %9 = trunc nuw i64 %_16.i.i.i.i to i1, !dbg !1638
  br i1 %9, label %bb6.i.i.i.i, label %bb7.i.i.i.i, !dbg !1638

bb6.i.i.i.i:                                      ; preds = %bb4.i.i.i.i
    #dbg_value(ptr poison, !1431, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1639)
    #dbg_value(i64 poison, !1431, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1639)
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i.i), !dbg !1640, !noalias !1487
  br label %bb8.i.i.i.i, !dbg !1641

bb7.i.i.i.i:                                      ; preds = %bb4.i.i.i.i
  %10 = getelementptr inbounds nuw i8, ptr %self1.i.i.i.i, i64 8, !dbg !1642
  %x.0.i.i.i.i = load ptr, ptr %10, align 8, !dbg !1642, !noalias !1487, !nonnull !23, !align !1643, !noundef !23
  %11 = getelementptr inbounds nuw i8, ptr %self1.i.i.i.i, i64 16, !dbg !1642
  %x.1.i.i.i.i = load i64, ptr %11, align 8, !dbg !1642, !noalias !1487, !noundef !23
    #dbg_value(ptr %x.0.i.i.i.i, !1431, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1639)
    #dbg_value(i64 %x.1.i.i.i.i, !1431, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1639)
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i.i), !dbg !1640, !noalias !1487
    #dbg_value(ptr %x.0.i.i.i.i, !1432, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1644)
    #dbg_value(ptr %x.0.i.i.i.i, !1483, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1645)
    #dbg_value(ptr %x.0.i.i.i.i, !1475, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1646)
    #dbg_value(ptr %x.0.i.i.i.i, !1469, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1647)
    #dbg_value(ptr %x.0.i.i.i.i, !1461, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1462)
    #dbg_value(i64 %x.1.i.i.i.i, !1432, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1644)
    #dbg_value(i64 %x.1.i.i.i.i, !1483, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1645)
    #dbg_value(i64 %x.1.i.i.i.i, !1475, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1646)
    #dbg_value(i64 %x.1.i.i.i.i, !1469, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1647)
    #dbg_value(i64 %x.1.i.i.i.i, !1461, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1462)
    #dbg_value(ptr %x.0.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1712)
    #dbg_value(ptr %x.0.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1714)
    #dbg_value(i64 %x.1.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1712)
    #dbg_value(i64 %x.1.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1714)
    #dbg_value(i32 10, !1657, !DIExpression(), !1712)
    #dbg_value(i32 10, !1715, !DIExpression(), !1722)
    #dbg_value(i8 0, !1658, !DIExpression(), !1724)
    #dbg_value(i8 0, !1720, !DIExpression(), !1722)
  switch i64 %x.1.i.i.i.i, label %bb9thread-pre-split.i.i.i.i.i [
    i64 0, label %bb8.i.i.i.i
    i64 1, label %bb7.i.i.i.i.i
  ], !dbg !1725

bb7.i.i.i.i.i:                                    ; preds = %bb7.i.i.i.i
  %12 = load i8, ptr %x.0.i.i.i.i, align 1, !dbg !1726, !alias.scope !1727, !noalias !1730, !noundef !23
  switch i8 %12, label %bb9.i.i.i.i.i [
    i8 43, label %bb8.i.i.i.i
    i8 45, label %bb8.i.i.i.i
  ], !dbg !1726

bb9thread-pre-split.i.i.i.i.i:                    ; preds = %bb7.i.i.i.i
  %.pr.i.i.i.i.i = load i8, ptr %x.0.i.i.i.i, align 1, !dbg !1726, !alias.scope !1727, !noalias !1730
  br label %bb9.i.i.i.i.i, !dbg !1726

bb9.i.i.i.i.i:                                    ; preds = %bb9thread-pre-split.i.i.i.i.i, %bb7.i.i.i.i.i
  %13 = phi i8 [ %.pr.i.i.i.i.i, %bb9thread-pre-split.i.i.i.i.i ], [ %12, %bb7.i.i.i.i.i ], !dbg !1726
  %cond.i.i.i.i.i = icmp eq i8 %13, 43, !dbg !1726
  %rest.1.i.i.i.i.i = sext i1 %cond.i.i.i.i.i to i64, !dbg !1726
  %src.sroa.15.0.i.i.i.i.i = add nsw i64 %x.1.i.i.i.i, %rest.1.i.i.i.i.i, !dbg !1726
  %src.sroa.0.0.idx.i.i.i.i.i = zext i1 %cond.i.i.i.i.i to i64, !dbg !1726
  %src.sroa.0.0.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %x.0.i.i.i.i, i64 %src.sroa.0.0.idx.i.i.i.i.i, !dbg !1726
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1714)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1712)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1714)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1712)
    #dbg_value(i64 0, !1669, !DIExpression(), !1732)
    #dbg_value(i64 0, !1733, !DIExpression(), !1747)
    #dbg_value(i64 0, !1749, !DIExpression(), !1759)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1721, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1722)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1721, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1722)
  %_10.i.i.i.i.i = icmp samesign ult i64 %src.sroa.15.0.i.i.i.i.i, 17
  br i1 %_10.i.i.i.i.i, label %bb15.preheader.i.i.i.i.i, label %bb22.i.i.i.i.i, !dbg !1761

bb15.preheader.i.i.i.i.i:                         ; preds = %bb9.i.i.i.i.i
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1714)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1712)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1714)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1712)
    #dbg_value(i64 0, !1749, !DIExpression(), !1759)
    #dbg_value(i64 0, !1733, !DIExpression(), !1747)
    #dbg_value(i64 0, !1669, !DIExpression(), !1732)
  %_13.not62.i.i.i.i.i = icmp eq i64 %src.sroa.15.0.i.i.i.i.i, 0, !dbg !1762
  br i1 %_13.not62.i.i.i.i.i, label %bb8.i.i.i.i, label %bb16.i.i.i.i.i, !dbg !1762

bb22.i.i.i.i.i:                                   ; preds = %bb9.i.i.i.i.i, %bb33.i.i.i.i.i
  %result.sroa.0.0.i.i.i.i.i = phi i64 [ %_66.0.i.i.i.i.i, %bb33.i.i.i.i.i ], [ 0, %bb9.i.i.i.i.i ], !dbg !1714
  %src.sroa.15.1.i.i.i.i.i = phi i64 [ %rest.13.i.i.i.i.i, %bb33.i.i.i.i.i ], [ %src.sroa.15.0.i.i.i.i.i, %bb9.i.i.i.i.i ], !dbg !1724
  %src.sroa.0.1.i.i.i.i.i = phi ptr [ %rest.02.i.i.i.i.i, %bb33.i.i.i.i.i ], [ %src.sroa.0.0.i.i.i.i.i, %bb9.i.i.i.i.i ], !dbg !1724
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1714)
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1712)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1714)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1712)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !1749, !DIExpression(), !1759)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !1733, !DIExpression(), !1747)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !1669, !DIExpression(), !1732)
  %_30.not.i.not.i.i.i.i = icmp eq i64 %src.sroa.15.1.i.i.i.i.i, 0, !dbg !1763
  br i1 %_30.not.i.not.i.i.i.i, label %bb8.i.i.i.i, label %bb23.i.i.i.i.i, !dbg !1763

bb23.i.i.i.i.i:                                   ; preds = %bb22.i.i.i.i.i
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1686, !DIExpression(), !1764)
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !1688, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !1764)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !1688, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1764)
    #dbg_value(i64 10, !1740, !DIExpression(), !1747)
    #dbg_value(i64 10, !1758, !DIExpression(), !1759)
  %14 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %result.sroa.0.0.i.i.i.i.i, i64 10), !dbg !1765
  %_60.1.i.i.i.i.i = extractvalue { i64, i1 } %14, 1, !dbg !1765
    #dbg_value(i1 %_60.1.i.i.i.i.i, !1743, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1766)
    #dbg_value(i1 %_60.1.i.i.i.i.i, !1767, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1774)
    #dbg_value(i64 poison, !1741, !DIExpression(), !1766)
  br i1 %_60.1.i.i.i.i.i, label %bb8.i.i.i.i, label %bb33.i.i.i.i.i, !dbg !1776, !prof !1010

bb33.i.i.i.i.i:                                   ; preds = %bb23.i.i.i.i.i
  %_60.0.i.i.i.i.i = extractvalue { i64, i1 } %14, 0, !dbg !1765
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1741, !DIExpression(), !1766)
  %rest.13.i.i.i.i.i = add nsw i64 %src.sroa.15.1.i.i.i.i.i, -1, !dbg !1777
    #dbg_value(i64 %rest.13.i.i.i.i.i, !1688, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1764)
  %rest.02.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %src.sroa.0.1.i.i.i.i.i, i64 1, !dbg !1777
    #dbg_value(ptr %rest.02.i.i.i.i.i, !1688, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1764)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1689, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1778)
    #dbg_value(i64 1, !1689, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1778)
  %15 = load i8, ptr %src.sroa.0.1.i.i.i.i.i, align 1, !dbg !1779, !alias.scope !1727, !noalias !1730, !noundef !23
  %16 = zext i8 %15 to i32, !dbg !1780
    #dbg_value(i32 %16, !1781, !DIExpression(), !1805)
    #dbg_value(i32 10, !1802, !DIExpression(), !1805)
    #dbg_value(i32 65, !1807, !DIExpression(), !1814)
    #dbg_value(i32 48, !1807, !DIExpression(), !1816)
    #dbg_value(i32 %16, !1813, !DIExpression(), !1816)
  %17 = add nsw i32 %16, -48, !dbg !1818
    #dbg_value(i32 %17, !1803, !DIExpression(), !1819)
  %_14.i.i.i.i.i.i = icmp ugt i32 %17, 9, !dbg !1820
  %18 = zext nneg i32 %17 to i64
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1669, !DIExpression(), !1732)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1733, !DIExpression(), !1747)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !1749, !DIExpression(), !1759)
  %_66.0.i.i.i.i.i = add i64 %_60.0.i.i.i.i.i, %18
  %_66.1.i.i.i.i.i = icmp ult i64 %_66.0.i.i.i.i.i, %_60.0.i.i.i.i.i
    #dbg_value(i1 %_66.1.i.i.i.i.i, !1767, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1821)
  %or.cond.i.i.i.i = select i1 %_14.i.i.i.i.i.i, i1 true, i1 %_66.1.i.i.i.i.i, !dbg !1828, !prof !1829
  br i1 %or.cond.i.i.i.i, label %bb8.i.i.i.i, label %bb22.i.i.i.i.i, !dbg !1828, !prof !1829

bb16.i.i.i.i.i:                                   ; preds = %bb15.preheader.i.i.i.i.i, %bb20.i.i.i.i.i
  %src.sroa.0.265.i.i.i.i.i = phi ptr [ %rest.010.i.i.i.i.i, %bb20.i.i.i.i.i ], [ %src.sroa.0.0.i.i.i.i.i, %bb15.preheader.i.i.i.i.i ]
  %src.sroa.15.264.i.i.i.i.i = phi i64 [ %rest.111.i.i.i.i.i, %bb20.i.i.i.i.i ], [ %src.sroa.15.0.i.i.i.i.i, %bb15.preheader.i.i.i.i.i ]
  %result.sroa.0.263.i.i.i.i.i = phi i64 [ %21, %bb20.i.i.i.i.i ], [ 0, %bb15.preheader.i.i.i.i.i ]
    #dbg_value(ptr %src.sroa.0.265.i.i.i.i.i, !1671, !DIExpression(), !1830)
    #dbg_value(ptr %src.sroa.0.265.i.i.i.i.i, !1674, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !1830)
    #dbg_value(i64 %src.sroa.15.264.i.i.i.i.i, !1674, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !1830)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !1669, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !1732)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !1733, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !1747)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !1749, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !1759)
  %_20.i.i.i.i.i = load i8, ptr %src.sroa.0.265.i.i.i.i.i, align 1, !dbg !1831, !alias.scope !1727, !noalias !1730, !noundef !23
  %_19.i.i.i.i.i = zext i8 %_20.i.i.i.i.i to i32, !dbg !1832
    #dbg_value(i32 %_19.i.i.i.i.i, !1781, !DIExpression(), !1833)
    #dbg_value(i32 10, !1802, !DIExpression(), !1833)
    #dbg_value(i32 65, !1807, !DIExpression(), !1835)
    #dbg_value(i32 48, !1807, !DIExpression(), !1837)
    #dbg_value(i32 %_19.i.i.i.i.i, !1813, !DIExpression(), !1837)
  %19 = add nsw i32 %_19.i.i.i.i.i, -48, !dbg !1839
    #dbg_value(i32 %19, !1803, !DIExpression(), !1840)
  %_14.i52.i.i.i.i.i = icmp ugt i32 %19, 9, !dbg !1841
  br i1 %_14.i52.i.i.i.i.i, label %bb8.i.i.i.i, label %bb20.i.i.i.i.i, !dbg !1842

bb20.i.i.i.i.i:                                   ; preds = %bb16.i.i.i.i.i
  %20 = mul i64 %result.sroa.0.263.i.i.i.i.i, 10, !dbg !1843
    #dbg_value(i64 %20, !1669, !DIExpression(), !1732)
    #dbg_value(i64 %20, !1733, !DIExpression(), !1747)
    #dbg_value(i64 %20, !1749, !DIExpression(), !1759)
  %rest.111.i.i.i.i.i = add nsw i64 %src.sroa.15.264.i.i.i.i.i, -1, !dbg !1844
    #dbg_value(i64 %rest.111.i.i.i.i.i, !1674, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1830)
  %rest.010.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %src.sroa.0.265.i.i.i.i.i, i64 1, !dbg !1844
    #dbg_value(ptr %rest.010.i.i.i.i.i, !1674, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1830)
    #dbg_value(i32 %19, !1675, !DIExpression(), !1845)
  %_24.i.i.i.i.i = zext nneg i32 %19 to i64, !dbg !1846
  %21 = add i64 %20, %_24.i.i.i.i.i, !dbg !1847
    #dbg_value(ptr %rest.010.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1714)
    #dbg_value(ptr %rest.010.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1712)
    #dbg_value(i64 %rest.111.i.i.i.i.i, !1662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1714)
    #dbg_value(i64 %rest.111.i.i.i.i.i, !1648, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1712)
    #dbg_value(i64 %21, !1749, !DIExpression(), !1759)
    #dbg_value(i64 %21, !1733, !DIExpression(), !1747)
    #dbg_value(i64 %21, !1669, !DIExpression(), !1732)
  %_13.not.i.i.i.i.i = icmp eq i64 %rest.111.i.i.i.i.i, 0, !dbg !1762
  br i1 %_13.not.i.i.i.i.i, label %bb8.i.i.i.i, label %bb16.i.i.i.i.i, !dbg !1762

bb8.i.i.i.i:                                      ; preds = %bb33.i.i.i.i.i, %bb23.i.i.i.i.i, %bb22.i.i.i.i.i, %bb20.i.i.i.i.i, %bb16.i.i.i.i.i, %bb15.preheader.i.i.i.i.i, %bb7.i.i.i.i.i, %bb7.i.i.i.i.i, %bb7.i.i.i.i, %bb6.i.i.i.i
  %_0.sroa.0.1.i.i.i.i = phi i64 [ 2097152, %bb6.i.i.i.i ], [ 0, %bb15.preheader.i.i.i.i.i ], [ 2097152, %bb7.i.i.i.i.i ], [ 2097152, %bb7.i.i.i.i ], [ 2097152, %bb7.i.i.i.i.i ], [ %21, %bb20.i.i.i.i.i ], [ 2097152, %bb16.i.i.i.i.i ], [ 2097152, %bb33.i.i.i.i.i ], [ 2097152, %bb23.i.i.i.i.i ], [ %result.sroa.0.0.i.i.i.i.i, %bb22.i.i.i.i.i ], !dbg !1639
    #dbg_value(ptr poison, !1505, !DIExpression(), !1848)
    #dbg_value(ptr poison, !1514, !DIExpression(), !1850)
    #dbg_value(ptr poison, !1524, !DIExpression(), !1852)
    #dbg_value(ptr poison, !1534, !DIExpression(), !1854)
    #dbg_value(ptr poison, !1544, !DIExpression(), !1856)
    #dbg_value(ptr poison, !1554, !DIExpression(), !1858)
    #dbg_value(i64 1, !1561, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1858)
    #dbg_value(i64 1, !1561, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1858)
    #dbg_value(ptr poison, !1567, !DIExpression(), !1860)
    #dbg_value(i64 1, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1860)
    #dbg_value(i64 1, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1860)
  %22 = icmp eq i64 %5, 0, !dbg !1862
  br i1 %22, label %bb10.i.i.i, label %bb2.i.i.i4.i.i.i10.i.i.i.i, !dbg !1862

bb2.i.i.i4.i.i.i10.i.i.i.i:                       ; preds = %bb8.i.i.i.i
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1562, !DIExpression(), !1863)
    #dbg_value(i64 1, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1863)
    #dbg_value(i64 %5, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1863)
    #dbg_value(ptr poison, !1600, !DIExpression(), !1864)
    #dbg_value(ptr poison, !1609, !DIExpression(), !1866)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1605, !DIExpression(), !1864)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1613, !DIExpression(), !1866)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1617, !DIExpression(), !1868)
    #dbg_value(i64 1, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1864)
    #dbg_value(i64 1, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1866)
    #dbg_value(i64 1, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1868)
    #dbg_value(i64 1, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1870)
    #dbg_value(i64 %5, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1864)
    #dbg_value(i64 %5, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1866)
    #dbg_value(i64 %5, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1868)
    #dbg_value(i64 %5, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1870)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1631, !DIExpression(), !1870)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %x.sroa.5.0.copyload.i.i.i, i64 noundef %5, i64 noundef range(i64 1, -9223372036854775807) 1) #22, !dbg !1872, !noalias !1487
  br label %bb10.i.i.i, !dbg !1873

bb10.i.i.i:                                       ; preds = %bb2.i.i.i4.i.i.i10.i.i.i.i, %bb8.i.i.i.i, %.noexc.i.i
  %amt.sroa.0.0.i.i.i = phi i64 [ %_0.sroa.0.1.i.i.i.i, %bb2.i.i.i4.i.i.i10.i.i.i.i ], [ %_0.sroa.0.1.i.i.i.i, %bb8.i.i.i.i ], [ 2097152, %.noexc.i.i ], !dbg !1290
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i), !dbg !1874, !noalias !1146
    #dbg_value(i64 %amt.sroa.0.0.i.i.i, !1229, !DIExpression(), !1331)
  %val.i.i.i = add i64 %amt.sroa.0.0.i.i.i, 1, !dbg !1875
    #dbg_value(i64 %val.i.i.i, !1298, !DIExpression(), !1300)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1876, !DIExpression(), !1883)
    #dbg_value(i64 %val.i.i.i, !1881, !DIExpression(), !1883)
    #dbg_value(i8 0, !1882, !DIExpression(), !1883)
  store atomic i64 %val.i.i.i, ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN monotonic, align 8, !dbg !1885, !noalias !1146
  br label %bb29.i.i, !dbg !1332

bb26.i.i:                                         ; preds = %bb2.i.i.i.i.i.i, %bb17.i.i
  br i1 %_45.sroa.0.2.i.i, label %bb25.i.thread.i, label %bb5, !dbg !1886

cleanup.thread.i.i:                               ; preds = %bb1.i.i, %bb29.i.i, %bb2.i50.i.i
  %lpad.thr_comm.i.i = landingpad { ptr, i32 }
          cleanup
  br label %bb25.i.i, !dbg !1886

bb29.i.i:                                         ; preds = %bb10.i.i.i, %bb1.i.i.i
  %stack_size1.sroa.0.0.i.i = phi i64 [ %6, %bb1.i.i.i ], [ %amt.sroa.0.0.i.i.i, %bb10.i.i.i ], !dbg !1144
    #dbg_value(i64 %stack_size1.sroa.0.0.i.i, !1069, !DIExpression(), !1887)
; invoke <std::thread::id::ThreadId>::new
  %id.i.i = invoke noundef i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new()
          to label %bb1.i.i unwind label %cleanup.thread.i.i, !dbg !1888, !noalias !1146

bb1.i.i:                                          ; preds = %bb29.i.i
    #dbg_value(i64 %id.i.i, !1071, !DIExpression(), !1889)
  call void @llvm.lifetime.start.p0(ptr nonnull %thread.i.i), !dbg !1890, !noalias !1146
; invoke <std::thread::thread::Thread>::new
  %23 = invoke noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef %id.i.i, ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %name.i)
          to label %bb3.i.i unwind label %cleanup.thread.i.i, !dbg !1891, !noalias !1892

bb3.i.i:                                          ; preds = %bb1.i.i
  store ptr %23, ptr %thread.i.i, align 8, !dbg !1891, !noalias !1146
  call void @llvm.lifetime.start.p0(ptr nonnull %hooks.i.i), !dbg !1893, !noalias !1146
; invoke std::thread::spawnhook::run_spawn_hooks
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr noalias noundef nonnull sret([32 x i8]) align 8 captures(none) dereferenceable(32) %hooks.i.i, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(8) %thread.i.i)
          to label %bb5.i.i unwind label %cleanup11.i.i, !dbg !1894, !noalias !1146

bb17.i.i:                                         ; preds = %bb23.i.i, %bb2.i.i68.i.i, %bb16.i.i, %bb24.i.i, %cleanup11.i.i
  %_45.sroa.0.2.i.i = phi i1 [ true, %bb23.i.i ], [ false, %bb24.i.i ], [ true, %cleanup11.i.i ], [ false, %bb16.i.i ], [ false, %bb2.i.i68.i.i ], !dbg !1110
  %.pn.pn.i.i = phi { ptr, i32 } [ %31, %bb23.i.i ], [ %33, %bb24.i.i ], [ %26, %cleanup11.i.i ], [ %eh.lpad-body10.i.i, %bb16.i.i ], [ %eh.lpad-body10.i.i, %bb2.i.i68.i.i ]
  call void @llvm.experimental.noalias.scope.decl(metadata !1895), !dbg !1898
    #dbg_value(ptr %thread.i.i, !1899, !DIExpression(), !1907)
  call void @llvm.experimental.noalias.scope.decl(metadata !1909), !dbg !1912
    #dbg_value(ptr %thread.i.i, !1913, !DIExpression(), !1921)
  call void @llvm.experimental.noalias.scope.decl(metadata !1923), !dbg !1926
    #dbg_value(ptr %thread.i.i, !1927, !DIExpression(), !1935)
  call void @llvm.experimental.noalias.scope.decl(metadata !1937), !dbg !1940
    #dbg_value(ptr %thread.i.i, !1941, !DIExpression(), !1948)
    #dbg_value(ptr %thread.i.i, !1950, !DIExpression(), !1957)
    #dbg_value(i64 1, !1959, !DIExpression(), !1965)
    #dbg_value(i8 1, !1964, !DIExpression(), !1965)
    #dbg_value(i64 1, !1967, !DIExpression(), !1972)
    #dbg_value(i8 1, !1971, !DIExpression(), !1972)
  %_10.i.i.i.i.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !1974, !alias.scope !1982, !noalias !1146, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i.i, !1963, !DIExpression(), !1983)
    #dbg_value(ptr %_10.i.i.i.i.i.i, !1970, !DIExpression(), !1972)
  %24 = atomicrmw sub ptr %_10.i.i.i.i.i.i, i64 1 release, align 8, !dbg !1984, !noalias !1985
  %25 = icmp eq i64 %24, 1, !dbg !1986
  br i1 %25, label %bb2.i.i.i.i.i.i, label %bb26.i.i, !dbg !1986

bb2.i.i.i.i.i.i:                                  ; preds = %bb17.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !1992)
  fence acquire, !dbg !1994
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %thread.i.i) #24
          to label %bb26.i.i unwind label %terminate.i.i, !dbg !1995, !noalias !1146

cleanup11.i.i:                                    ; preds = %bb3.i.i
  %26 = landingpad { ptr, i32 }
          cleanup
  br label %bb17.i.i

bb5.i.i:                                          ; preds = %bb3.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %my_packet.i.i), !dbg !1996, !noalias !1146
    #dbg_value(ptr null, !1997, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2006)
    #dbg_value(i64 0, !1997, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2006)
  call void @llvm.lifetime.start.p0(ptr nonnull %_51.i.i), !dbg !2008, !noalias !1146
  store i64 1, ptr %_51.i.i, align 8, !dbg !2008, !noalias !1146
  %27 = getelementptr inbounds nuw i8, ptr %_51.i.i, i64 8, !dbg !2008
  store i64 1, ptr %27, align 8, !dbg !2008, !noalias !1146
  %28 = getelementptr inbounds nuw i8, ptr %_51.i.i, i64 16, !dbg !2008
    #dbg_declare(ptr %_51.i.i, !2009, !DIExpression(), !2017)
    #dbg_value(i64 8, !901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2019)
    #dbg_value(i64 8, !927, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2021)
    #dbg_value(i64 8, !955, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2023)
    #dbg_value(i64 48, !901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2019)
    #dbg_value(i64 48, !927, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2021)
    #dbg_value(i64 48, !955, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2023)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !952, !DIExpression(), !2021)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !961, !DIExpression(), !2023)
    #dbg_value(i8 0, !962, !DIExpression(), !2023)
    #dbg_value(i64 8, !965, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2025)
    #dbg_value(i64 8, !997, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2027)
    #dbg_value(i64 48, !965, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2025)
    #dbg_value(i64 48, !997, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2027)
    #dbg_value(i1 false, !971, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2025)
    #dbg_value(i64 48, !972, !DIExpression(), !2029)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %28, i8 0, i64 16, i1 false), !dbg !2008, !noalias !1146
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #22, !dbg !2030, !noalias !2031
; call __rustc::__rust_alloc
  %29 = call noundef align 8 dereferenceable_or_null(48) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 48, i64 noundef 8) #22, !dbg !2034, !noalias !2031
  %30 = icmp eq ptr %29, null, !dbg !2035
  br i1 %30, label %bb2.i53.i.i, label %bb33.i.i, !dbg !2036, !prof !1010

bb2.i53.i.i:                                      ; preds = %bb5.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 48) #23
          to label %.noexc54.i.i unwind label %cleanup.i45.i.i, !dbg !2037, !noalias !1146

.noexc54.i.i:                                     ; preds = %bb2.i53.i.i
  unreachable, !dbg !2037

cleanup.i45.i.i:                                  ; preds = %bb2.i53.i.i
  %31 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_51.i.i, !2038, !DIExpression(), !2043)
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h2d3d0a6ec9fc173bE"(ptr noalias noundef align 8 dereferenceable(32) %28)
          to label %bb23.i.i unwind label %terminate.i46.i.i, !dbg !2045, !noalias !1146

terminate.i46.i.i:                                ; preds = %cleanup.i45.i.i
  %32 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2046, !noalias !1146
  unreachable, !dbg !2046

bb24.i.i:                                         ; preds = %bb2.i.i.i.i
  %33 = landingpad { ptr, i32 }
          cleanup
  br label %bb17.i.i, !dbg !2047

bb33.i.i:                                         ; preds = %bb5.i.i
    #dbg_value(ptr %29, !2014, !DIExpression(), !2048)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %29, ptr noundef nonnull align 8 dereferenceable(48) %_51.i.i, i64 48, i1 false), !dbg !2049, !noalias !1146
    #dbg_value(ptr %29, !2003, !DIExpression(), !2050)
  call void @llvm.lifetime.end.p0(ptr nonnull %_51.i.i), !dbg !2051, !noalias !1146
    #dbg_value(ptr %29, !2052, !DIExpression(), !2058)
  store ptr %29, ptr %my_packet.i.i, align 8, !dbg !2060, !noalias !1146
    #dbg_value(ptr %my_packet.i.i, !1169, !DIExpression(), !2062)
    #dbg_value(ptr %29, !1160, !DIExpression(), !2063)
    #dbg_value(ptr %29, !1176, !DIExpression(), !1178)
  %34 = atomicrmw add ptr %29, i64 1 monotonic, align 8, !dbg !2064, !noalias !1146
    #dbg_value(i64 %34, !1170, !DIExpression(), !2065)
  %_59.i.i = icmp slt i64 %34, 0, !dbg !2066
  br i1 %_59.i.i, label %bb34.i.i, label %bb35.i.i, !dbg !2066

bb35.i.i:                                         ; preds = %bb33.i.i
    #dbg_value(ptr %29, !1186, !DIExpression(), !2067)
    #dbg_value(ptr %29, !1079, !DIExpression(), !2068)
    #dbg_value(ptr %0, !1081, !DIExpression(), !2069)
  call void @llvm.lifetime.start.p0(ptr nonnull %rust_start.i.i), !dbg !2070, !noalias !1146
  %35 = getelementptr inbounds nuw i8, ptr %rust_start.i.i, i64 40, !dbg !2071
  store ptr %0, ptr %35, align 8, !dbg !2071, !noalias !1146
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %rust_start.i.i, ptr noundef nonnull align 8 dereferenceable(32) %hooks.i.i, i64 32, i1 false), !dbg !2071, !noalias !1146
  %36 = getelementptr inbounds nuw i8, ptr %rust_start.i.i, i64 32, !dbg !2071
  store ptr %29, ptr %36, align 8, !dbg !2071, !noalias !1146
  %37 = getelementptr inbounds nuw i8, ptr %29, i64 16, !dbg !2072
  %38 = load ptr, ptr %37, align 8, !dbg !2072, !noalias !1146, !noundef !23
  %.not.i.i = icmp eq ptr %38, null, !dbg !2072
  br i1 %.not.i.i, label %bb8.i.i, label %bb6.i.i, !dbg !2073

bb34.i.i:                                         ; preds = %bb33.i.i
  call void @llvm.trap(), !dbg !2074
  unreachable, !dbg !2074

bb6.i.i:                                          ; preds = %bb35.i.i
    #dbg_value(ptr %29, !1085, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !2075)
    #dbg_value(ptr %29, !2076, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !2082)
  %_26.i.i = getelementptr inbounds nuw i8, ptr %38, i64 16, !dbg !2084
; invoke <std::thread::scoped::ScopeData>::increment_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8 %_26.i.i)
          to label %bb8.i.i unwind label %bb21.i.i, !dbg !2085, !noalias !1146

bb8.i.i:                                          ; preds = %bb6.i.i, %bb35.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %_30.i.i), !dbg !2086, !noalias !1146
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %_30.i.i, ptr noundef nonnull align 8 dereferenceable(48) %rust_start.i.i, i64 48, i1 false), !dbg !2086, !noalias !1146
    #dbg_declare(ptr %_30.i.i, !2087, !DIExpression(), !2097)
    #dbg_value(i64 8, !901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2099)
    #dbg_value(i64 8, !927, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2101)
    #dbg_value(i64 8, !955, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2103)
    #dbg_value(i64 48, !901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2099)
    #dbg_value(i64 48, !927, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2101)
    #dbg_value(i64 48, !955, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2103)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !952, !DIExpression(), !2101)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !961, !DIExpression(), !2103)
    #dbg_value(i8 0, !962, !DIExpression(), !2103)
    #dbg_value(i64 8, !965, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2105)
    #dbg_value(i64 8, !997, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2107)
    #dbg_value(i64 48, !965, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2105)
    #dbg_value(i64 48, !997, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2107)
    #dbg_value(i1 false, !971, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2105)
    #dbg_value(i64 48, !972, !DIExpression(), !2109)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #22, !dbg !2110, !noalias !2111
; call __rustc::__rust_alloc
  %39 = call noundef align 8 dereferenceable_or_null(48) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 48, i64 noundef 8) #22, !dbg !2114, !noalias !2111
  %40 = icmp eq ptr %39, null, !dbg !2115
  br i1 %40, label %bb2.i56.i.i, label %bb9.i.i, !dbg !2116, !prof !1010

bb2.i56.i.i:                                      ; preds = %bb8.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 48) #23
          to label %.noexc57.i.i unwind label %cleanup.i38.i.i, !dbg !2117, !noalias !1146

.noexc57.i.i:                                     ; preds = %bb2.i56.i.i
  unreachable, !dbg !2117

cleanup.i38.i.i:                                  ; preds = %bb2.i56.i.i
  %41 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<std_atomic_relaxed::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr161drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h13de2565bb0c52e0E"(ptr noalias noundef nonnull align 8 dereferenceable(48) %_30.i.i) #26
          to label %bb16.i.i unwind label %terminate.i39.i.i, !dbg !2118, !noalias !1146

terminate.i39.i.i:                                ; preds = %cleanup.i38.i.i
  %42 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2119, !noalias !1146
  unreachable, !dbg !2119

cleanup17.body.i.i:                               ; preds = %bb10.i.i
  %43 = landingpad { ptr, i32 }
          cleanup
  br label %bb16.i.i, !dbg !2120

bb9.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(ptr %39, !2093, !DIExpression(), !2121)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %39, ptr noundef nonnull align 8 dereferenceable(48) %rust_start.i.i, i64 48, i1 false), !dbg !2122, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %_30.i.i), !dbg !2123, !noalias !1146
    #dbg_value(ptr %39, !1088, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2124)
    #dbg_value(ptr @vtable.2, !1088, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2124)
  call void @llvm.lifetime.start.p0(ptr nonnull %_33.i.i), !dbg !2125, !noalias !1146
    #dbg_value(ptr %thread.i.i, !1217, !DIExpression(), !2126)
    #dbg_value(ptr %thread.i.i, !1208, !DIExpression(), !2127)
    #dbg_value(ptr %thread.i.i, !1197, !DIExpression(), !2128)
    #dbg_value(ptr %thread.i.i, !2129, !DIExpression(), !2132)
  %_92.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2134, !noalias !1146, !nonnull !23, !noundef !23
    #dbg_value(ptr %_92.i.i, !1160, !DIExpression(), !2138)
    #dbg_value(ptr %_92.i.i, !1176, !DIExpression(), !1219)
  %44 = atomicrmw add ptr %_92.i.i, i64 1 monotonic, align 8, !dbg !2139, !noalias !1146
    #dbg_value(i64 %44, !1198, !DIExpression(), !2140)
  %_87.i.i = icmp slt i64 %44, 0, !dbg !2141
  br i1 %_87.i.i, label %bb40.i.i, label %bb41.i.i, !dbg !2141

bb41.i.i:                                         ; preds = %bb9.i.i
  %ptr24.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2142, !noalias !1146, !nonnull !23, !noundef !23
  store ptr %ptr24.i.i, ptr %_33.i.i, align 8, !dbg !2125, !noalias !1146
  %45 = getelementptr inbounds nuw i8, ptr %_33.i.i, i64 8, !dbg !2125
  store ptr %39, ptr %45, align 8, !dbg !2125, !noalias !1146
  %46 = getelementptr inbounds nuw i8, ptr %_33.i.i, i64 16, !dbg !2125
  store ptr @vtable.2, ptr %46, align 8, !dbg !2125, !noalias !1146
    #dbg_declare(ptr %_33.i.i, !2143, !DIExpression(), !2153)
    #dbg_value(i64 8, !901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2155)
    #dbg_value(i64 8, !927, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2157)
    #dbg_value(i64 8, !955, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2159)
    #dbg_value(i64 24, !901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2155)
    #dbg_value(i64 24, !927, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2157)
    #dbg_value(i64 24, !955, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2159)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !952, !DIExpression(), !2157)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !961, !DIExpression(), !2159)
    #dbg_value(i8 0, !962, !DIExpression(), !2159)
    #dbg_value(i64 8, !965, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2161)
    #dbg_value(i64 8, !997, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2163)
    #dbg_value(i64 24, !965, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2161)
    #dbg_value(i64 24, !997, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2163)
    #dbg_value(i1 false, !971, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2161)
    #dbg_value(i64 24, !972, !DIExpression(), !2165)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #22, !dbg !2166, !noalias !2167
; call __rustc::__rust_alloc
  %47 = call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 24, i64 noundef 8) #22, !dbg !2170, !noalias !2167
  %48 = icmp eq ptr %47, null, !dbg !2171
  br i1 %48, label %bb2.i59.i.i, label %bb10.i.i, !dbg !2172, !prof !1010

bb2.i59.i.i:                                      ; preds = %bb41.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 24) #23
          to label %.noexc60.i.i unwind label %cleanup.i.i.i, !dbg !2173, !noalias !1146

.noexc60.i.i:                                     ; preds = %bb2.i59.i.i
  unreachable, !dbg !2173

cleanup.i.i.i:                                    ; preds = %bb2.i59.i.i
  %49 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
  invoke fastcc void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h916e29c4ffbd68faE"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_33.i.i) #26
          to label %bb16.i.i unwind label %terminate.i.i.i, !dbg !2174, !noalias !1146

terminate.i.i.i:                                  ; preds = %cleanup.i.i.i
  %50 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2175, !noalias !1146
  unreachable, !dbg !2175

bb40.i.i:                                         ; preds = %bb9.i.i
  call void @llvm.trap(), !dbg !2176
  unreachable, !dbg !2176

bb10.i.i:                                         ; preds = %bb41.i.i
    #dbg_value(ptr %47, !2148, !DIExpression(), !2177)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %47, ptr noundef nonnull align 8 dereferenceable(24) %_33.i.i, i64 24, i1 false), !dbg !2178, !noalias !1146
    #dbg_value(ptr %47, !1099, !DIExpression(), !2179)
  call void @llvm.lifetime.end.p0(ptr nonnull %_33.i.i), !dbg !2180, !noalias !1146
; invoke <std::sys::thread::unix::Thread>::new
  %51 = invoke { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef %stack_size1.sroa.0.0.i.i, ptr noalias noundef nonnull align 8 %47)
          to label %bb11.i.i unwind label %cleanup17.body.i.i, !dbg !2181, !noalias !1146

bb11.i.i:                                         ; preds = %bb10.i.i
  %52 = extractvalue { i64, ptr } %51, 0, !dbg !2181
  %53 = extractvalue { i64, ptr } %51, 1, !dbg !2181
    #dbg_value(i64 %52, !2182, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2225)
    #dbg_value(ptr %53, !2182, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2225)
  %54 = trunc nuw i64 %52 to i1, !dbg !2227
  br i1 %54, label %bb43.i.i, label %bb13, !dbg !2227

bb43.i.i:                                         ; preds = %bb11.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %rust_start.i.i), !dbg !2120, !noalias !1146
    #dbg_value(ptr %my_packet.i.i, !2228, !DIExpression(), !2236)
    #dbg_value(ptr %my_packet.i.i, !2238, !DIExpression(), !2244)
    #dbg_value(i64 1, !2246, !DIExpression(), !2251)
    #dbg_value(i8 1, !2250, !DIExpression(), !2251)
    #dbg_value(i64 1, !2253, !DIExpression(), !2258)
    #dbg_value(i8 1, !2257, !DIExpression(), !2258)
    #dbg_value(ptr %29, !2249, !DIExpression(), !2260)
    #dbg_value(ptr %29, !2256, !DIExpression(), !2258)
  %55 = atomicrmw sub ptr %29, i64 1 release, align 8, !dbg !2261, !noalias !2262
  %56 = icmp eq i64 %55, 1, !dbg !2267
  br i1 %56, label %bb2.i.i.i.i, label %bb13.i.i, !dbg !2267

bb2.i.i.i.i:                                      ; preds = %bb43.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2268)
  fence acquire, !dbg !2270
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %my_packet.i.i) #24
          to label %bb13.i.i unwind label %bb24.i.i, !dbg !2271, !noalias !1146

bb13.i.i:                                         ; preds = %bb2.i.i.i.i, %bb43.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %my_packet.i.i), !dbg !2272, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %hooks.i.i), !dbg !2047, !noalias !1146
  call void @llvm.experimental.noalias.scope.decl(metadata !2273), !dbg !1898
    #dbg_value(ptr %thread.i.i, !1899, !DIExpression(), !2276)
  call void @llvm.experimental.noalias.scope.decl(metadata !2278), !dbg !2281
    #dbg_value(ptr %thread.i.i, !1913, !DIExpression(), !2282)
  call void @llvm.experimental.noalias.scope.decl(metadata !2284), !dbg !2287
    #dbg_value(ptr %thread.i.i, !1927, !DIExpression(), !2288)
  call void @llvm.experimental.noalias.scope.decl(metadata !2290), !dbg !2293
    #dbg_value(ptr %thread.i.i, !1941, !DIExpression(), !2294)
    #dbg_value(ptr %thread.i.i, !1950, !DIExpression(), !2296)
    #dbg_value(i64 1, !1959, !DIExpression(), !2298)
    #dbg_value(i8 1, !1964, !DIExpression(), !2298)
    #dbg_value(i64 1, !1967, !DIExpression(), !2300)
    #dbg_value(i8 1, !1971, !DIExpression(), !2300)
  %_10.i.i.i.i63.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2302, !alias.scope !2304, !noalias !1146, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i63.i.i, !1963, !DIExpression(), !2305)
    #dbg_value(ptr %_10.i.i.i.i63.i.i, !1970, !DIExpression(), !2300)
  %57 = atomicrmw sub ptr %_10.i.i.i.i63.i.i, i64 1 release, align 8, !dbg !2306, !noalias !2307
  %58 = icmp eq i64 %57, 1, !dbg !2308
  br i1 %58, label %bb2.i.i.i.i64.i.i, label %bb2.i16, !dbg !2308

bb2.i.i.i.i64.i.i:                                ; preds = %bb13.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2309)
  fence acquire, !dbg !2311
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %thread.i.i) #24
          to label %bb2.i16 unwind label %cleanup, !dbg !2312

bb16.i.i:                                         ; preds = %bb21.i.i, %cleanup.i.i.i, %cleanup17.body.i.i, %cleanup.i38.i.i
  %eh.lpad-body10.i.i = phi { ptr, i32 } [ %43, %cleanup17.body.i.i ], [ %61, %bb21.i.i ], [ %41, %cleanup.i38.i.i ], [ %49, %cleanup.i.i.i ]
    #dbg_value(ptr %my_packet.i.i, !2228, !DIExpression(), !2313)
    #dbg_value(ptr %my_packet.i.i, !2238, !DIExpression(), !2315)
    #dbg_value(i64 1, !2246, !DIExpression(), !2317)
    #dbg_value(i8 1, !2250, !DIExpression(), !2317)
    #dbg_value(i64 1, !2253, !DIExpression(), !2319)
    #dbg_value(i8 1, !2257, !DIExpression(), !2319)
    #dbg_value(ptr %29, !2249, !DIExpression(), !2321)
    #dbg_value(ptr %29, !2256, !DIExpression(), !2319)
  %59 = atomicrmw sub ptr %29, i64 1 release, align 8, !dbg !2322, !noalias !2323
  %60 = icmp eq i64 %59, 1, !dbg !2328
  br i1 %60, label %bb2.i.i68.i.i, label %bb17.i.i, !dbg !2328

bb2.i.i68.i.i:                                    ; preds = %bb16.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2329)
  fence acquire, !dbg !2331
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %my_packet.i.i) #24
          to label %bb17.i.i unwind label %terminate.i.i, !dbg !2332, !noalias !1146

bb21.i.i:                                         ; preds = %bb6.i.i
  %61 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<std_atomic_relaxed::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr161drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h13de2565bb0c52e0E"(ptr noalias noundef nonnull align 8 dereferenceable(48) %rust_start.i.i) #26
          to label %bb16.i.i unwind label %terminate.i.i, !dbg !2120, !noalias !1146

terminate.i.i:                                    ; preds = %bb23.i.i, %bb21.i.i, %bb2.i.i68.i.i, %bb2.i.i.i.i.i.i
  %62 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2333, !noalias !1146
  unreachable, !dbg !2333

bb23.i.i:                                         ; preds = %cleanup.i45.i.i
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17hac5e803eed1c1a93E"(ptr noalias noundef align 8 dereferenceable(32) %hooks.i.i) #26
          to label %bb17.i.i unwind label %terminate.i.i, !dbg !2047, !noalias !1146

bb25.i.i:                                         ; preds = %cleanup.thread.i.i, %bb2.i.i.i4.i.i.i.i.i.i.i, %cleanup.i.i.i.i
  %.pn3522.i.i = phi { ptr, i32 } [ %lpad.thr_comm.i.i, %cleanup.thread.i.i ], [ %7, %cleanup.i.i.i.i ], [ %7, %bb2.i.i.i4.i.i.i.i.i.i.i ]
    #dbg_value(ptr %f.i.i, !2334, !DIExpression(), !2340)
    #dbg_value(ptr %f.i.i, !2342, !DIExpression(), !2350)
    #dbg_value(ptr %f.i.i, !2352, !DIExpression(), !2358)
    #dbg_value(i64 1, !2360, !DIExpression(), !2365)
    #dbg_value(i8 1, !2364, !DIExpression(), !2365)
    #dbg_value(i64 1, !2367, !DIExpression(), !2372)
    #dbg_value(i8 1, !2371, !DIExpression(), !2372)
    #dbg_value(ptr %0, !2363, !DIExpression(), !2374)
    #dbg_value(ptr %0, !2370, !DIExpression(), !2372)
  %63 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2375, !noalias !2376
  %64 = icmp eq i64 %63, 1, !dbg !2383
  br i1 %64, label %bb2.i.i.i.i.i, label %bb5, !dbg !2383

bb25.i.thread.i:                                  ; preds = %bb26.i.i
    #dbg_value(ptr %f.i.i, !2334, !DIExpression(), !2340)
    #dbg_value(ptr %f.i.i, !2342, !DIExpression(), !2350)
    #dbg_value(ptr %f.i.i, !2352, !DIExpression(), !2358)
    #dbg_value(i64 1, !2360, !DIExpression(), !2365)
    #dbg_value(i8 1, !2364, !DIExpression(), !2365)
    #dbg_value(i64 1, !2367, !DIExpression(), !2372)
    #dbg_value(i8 1, !2371, !DIExpression(), !2372)
    #dbg_value(ptr %0, !2363, !DIExpression(), !2374)
    #dbg_value(ptr %0, !2370, !DIExpression(), !2372)
  %65 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2375, !noalias !2376
  %66 = icmp eq i64 %65, 1, !dbg !2383
  br i1 %66, label %bb2.i.i.i.i.thread.i, label %bb5, !dbg !2383

bb2.i.i.i.i.thread.i:                             ; preds = %bb25.i.thread.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2384)
  fence acquire, !dbg !2386
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %f.i.i) #24, !dbg !2387, !noalias !1146
  br label %bb5, !dbg !1886

bb2.i.i.i.i.i:                                    ; preds = %bb25.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2384)
  fence acquire, !dbg !2386
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %f.i.i) #24, !dbg !2387, !noalias !1146
  br label %bb5, !dbg !1886

bb10:                                             ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
  tail call void @llvm.trap(), !dbg !2388
  unreachable, !dbg !2388

bb5:                                              ; preds = %bb25.i.i, %bb2.i.i.i.i.i, %cleanup.i, %cleanup4.i, %bb2.i.i.i, %bb6.i, %bb2.i.i15.i, %cleanup7.body, %cleanup.i17, %bb2.i.i.i.i.thread.i, %bb25.i.thread.i, %bb26.i.i, %cleanup, %bb7
  %.pn = phi { ptr, i32 } [ %lpad.thr_comm, %bb7 ], [ %lpad.thr_comm.split-lp, %cleanup7.body ], [ %97, %cleanup.i ], [ %75, %bb2.i.i15.i ], [ %.pn.pn.i.i, %bb2.i.i.i.i.thread.i ], [ %.pn3522.i.i, %bb2.i.i.i.i.i ], [ %86, %bb2.i.i.i ], [ %.pn.pn.i.i, %bb26.i.i ], [ %.pn.pn.i.i, %bb25.i.thread.i ], [ %69, %cleanup ], [ %71, %cleanup.i17 ], [ %75, %bb6.i ], [ %86, %cleanup4.i ], [ %.pn3522.i.i, %bb25.i.i ]
    #dbg_value(ptr %shared_atomic, !2342, !DIExpression(), !2389)
    #dbg_value(ptr %shared_atomic, !2352, !DIExpression(), !2391)
    #dbg_value(i64 1, !2360, !DIExpression(), !2393)
    #dbg_value(i8 1, !2364, !DIExpression(), !2393)
    #dbg_value(i64 1, !2367, !DIExpression(), !2395)
    #dbg_value(i8 1, !2371, !DIExpression(), !2395)
    #dbg_value(ptr %0, !2363, !DIExpression(), !2397)
    #dbg_value(ptr %0, !2370, !DIExpression(), !2395)
  %67 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2398, !noalias !2399
  %68 = icmp eq i64 %67, 1, !dbg !2404
  br i1 %68, label %bb2.i.i14, label %bb6, !dbg !2404

bb2.i.i14:                                        ; preds = %bb5
    #dbg_value(i8 2, !1987, !DIExpression(), !2405)
  fence acquire, !dbg !2407
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %shared_atomic) #24, !dbg !2408
  br label %bb6, !dbg !2408

cleanup:                                          ; preds = %bb2.i.i.i.i64.i.i
  %69 = landingpad { ptr, i32 }
          cleanup
  br label %bb5

bb2.i16:                                          ; preds = %bb13.i.i, %bb2.i.i.i.i64.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %thread.i.i), !dbg !1898, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !2409, !noalias !1042
  %70 = icmp ne ptr %53, null
  call void @llvm.assume(i1 %70)
    #dbg_value(i64 poison, !2410, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !2421)
    #dbg_value(ptr %53, !2410, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2421)
    #dbg_value(ptr null, !2410, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2421)
  call void @llvm.lifetime.end.p0(ptr nonnull %name.i), !dbg !2423
    #dbg_value(ptr @alloc_e3605bf48dd8479a638909176cc37fce, !2416, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2421)
    #dbg_value(i64 22, !2416, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2421)
    #dbg_declare(ptr %e.i15, !2419, !DIExpression(), !2424)
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i15), !dbg !2425, !noalias !2426
  store ptr %53, ptr %e.i15, align 8, !dbg !2425, !noalias !2426
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_e3605bf48dd8479a638909176cc37fce, i64 noundef 22, ptr noundef nonnull align 1 %e.i15, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_0246dd9f5900f3685febed10b072f357) #23
          to label %unreachable.i20 unwind label %cleanup.i17, !dbg !2430, !noalias !2426

cleanup.i17:                                      ; preds = %bb2.i16
  %71 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha0cddcdf4f650811E"(ptr noalias noundef nonnull align 8 dereferenceable(8) %e.i15) #26
          to label %bb5 unwind label %terminate.i18, !dbg !2431, !noalias !2426

unreachable.i20:                                  ; preds = %bb2.i16
  unreachable

terminate.i18:                                    ; preds = %cleanup.i17
  %72 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2432, !noalias !2426
  unreachable, !dbg !2432

bb13:                                             ; preds = %bb11.i.i
  %73 = ptrtoint ptr %53 to i64, !dbg !2181
    #dbg_value(i64 %73, !2182, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2225)
  %_41.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !2433, !noalias !1146, !nonnull !23, !noundef !23
  call void @llvm.lifetime.end.p0(ptr nonnull %rust_start.i.i), !dbg !2120, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %my_packet.i.i), !dbg !2272, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %hooks.i.i), !dbg !2047, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %thread.i.i), !dbg !1898, !noalias !1146
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !2409, !noalias !1042
    #dbg_value(i64 %73, !2410, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !2421)
    #dbg_value(ptr %29, !2410, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2421)
    #dbg_value(ptr %_41.i.i, !2410, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2421)
  call void @llvm.lifetime.end.p0(ptr nonnull %name.i), !dbg !2423
  call void @llvm.experimental.noalias.scope.decl(metadata !2434), !dbg !2435
  call void @llvm.experimental.noalias.scope.decl(metadata !2436), !dbg !2435
    #dbg_value(ptr @alloc_e3605bf48dd8479a638909176cc37fce, !2416, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2421)
    #dbg_value(i64 22, !2416, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2421)
    #dbg_declare(ptr %e.i15, !2419, !DIExpression(), !2424)
  store ptr %_41.i.i, ptr %join_handle, align 8, !dbg !2437, !alias.scope !2426
  %_31.sroa.6.0.join_handle.sroa_idx = getelementptr inbounds nuw i8, ptr %join_handle, i64 8, !dbg !2437
  store ptr %29, ptr %_31.sroa.6.0.join_handle.sroa_idx, align 8, !dbg !2437, !alias.scope !2426
  %_31.sroa.9.0.join_handle.sroa_idx = getelementptr inbounds nuw i8, ptr %join_handle, i64 16, !dbg !2437
  store i64 %73, ptr %_31.sroa.9.0.join_handle.sroa_idx, align 8, !dbg !2437, !alias.scope !2426
; invoke std::thread::functions::sleep
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef 0, i32 noundef 50000000)
          to label %bb1 unwind label %bb7, !dbg !2438

cleanup7.body:                                    ; preds = %bb2.i.i12.i
  %lpad.thr_comm.split-lp = landingpad { ptr, i32 }
          cleanup
  br label %bb5, !dbg !2439

bb1:                                              ; preds = %bb13
; call std_atomic_relaxed::writer
  call fastcc void @_ZN18std_atomic_relaxed6writer17h3dff6ac30efdb7b3E(ptr noundef nonnull align 8 %_14.sroa.5.0..sroa_idx), !dbg !2440
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %self1, ptr noundef nonnull align 8 dereferenceable(24) %join_handle, i64 24, i1 false), !dbg !2441
  call void @llvm.experimental.noalias.scope.decl(metadata !2442), !dbg !2445
    #dbg_declare(ptr %self1, !2446, !DIExpression(), !2452)
    #dbg_value(ptr @alloc_987f9181f01088182face37be6d0a1cd, !2454, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2477)
    #dbg_value(i64 41, !2454, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2477)
  %74 = getelementptr inbounds nuw i8, ptr %self1, i64 16, !dbg !2479
  %_3.i = load i64, ptr %74, align 8, !dbg !2479, !alias.scope !2442, !noundef !23
; invoke <std::sys::thread::unix::Thread>::join
  invoke void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef %_3.i)
          to label %bb1.i unwind label %cleanup.i23, !dbg !2480, !noalias !2442

cleanup.i23:                                      ; preds = %bb12.i, %bb10.i, %bb1
  %75 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.experimental.noalias.scope.decl(metadata !2481), !dbg !2484
    #dbg_value(ptr %self1, !1899, !DIExpression(), !2485)
  call void @llvm.experimental.noalias.scope.decl(metadata !2487), !dbg !2490
    #dbg_value(ptr %self1, !1913, !DIExpression(), !2491)
  call void @llvm.experimental.noalias.scope.decl(metadata !2493), !dbg !2496
    #dbg_value(ptr %self1, !1927, !DIExpression(), !2497)
  call void @llvm.experimental.noalias.scope.decl(metadata !2499), !dbg !2502
    #dbg_value(ptr %self1, !1941, !DIExpression(), !2503)
    #dbg_value(ptr %self1, !1950, !DIExpression(), !2505)
    #dbg_value(i64 1, !1959, !DIExpression(), !2507)
    #dbg_value(i8 1, !1964, !DIExpression(), !2507)
    #dbg_value(i64 1, !1967, !DIExpression(), !2509)
    #dbg_value(i8 1, !1971, !DIExpression(), !2509)
  %_10.i.i.i.i.i24 = load ptr, ptr %self1, align 8, !dbg !2511, !alias.scope !2513, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i24, !1963, !DIExpression(), !2514)
    #dbg_value(ptr %_10.i.i.i.i.i24, !1970, !DIExpression(), !2509)
  %76 = atomicrmw sub ptr %_10.i.i.i.i.i24, i64 1 release, align 8, !dbg !2515, !noalias !2513
  %77 = icmp eq i64 %76, 1, !dbg !2516
  br i1 %77, label %bb2.i.i.i.i.i27, label %bb6.i, !dbg !2516

bb2.i.i.i.i.i27:                                  ; preds = %cleanup.i23
    #dbg_value(i8 2, !1987, !DIExpression(), !2517)
  fence acquire, !dbg !2519
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %self1) #24
          to label %bb6.i unwind label %terminate.i26, !dbg !2520

bb1.i:                                            ; preds = %bb1
    #dbg_value(ptr %self1, !2521, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2527)
    #dbg_value(ptr %self1, !2529, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2535)
  %_11.i = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !2537
  call void @llvm.experimental.noalias.scope.decl(metadata !2538), !dbg !2541
    #dbg_value(ptr %_11.i, !2542, !DIExpression(), !2550)
    #dbg_value(ptr %_11.i, !2552, !DIExpression(), !2559)
    #dbg_value(ptr %_11.i, !2552, !DIExpression(), !2561)
    #dbg_value(ptr %_11.i, !2552, !DIExpression(), !2563)
    #dbg_value(i64 1, !2565, !DIExpression(), !2590)
    #dbg_value(i64 -1, !2587, !DIExpression(), !2590)
    #dbg_value(i8 2, !2588, !DIExpression(), !2590)
    #dbg_value(i8 0, !2589, !DIExpression(), !2590)
    #dbg_value(i8 2, !2592, !DIExpression(), !2596)
    #dbg_value(i64 1, !2598, !DIExpression(), !2603)
    #dbg_value(i8 1, !2602, !DIExpression(), !2603)
  %_9.i.i = load ptr, ptr %_11.i, align 8, !dbg !2605, !alias.scope !2612, !nonnull !23, !noundef !23
    #dbg_value(ptr %_9.i.i, !2586, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2613)
    #dbg_value(ptr %_9.i.i, !2614, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2622)
  %_12.i.i = getelementptr inbounds nuw i8, ptr %_9.i.i, i64 8, !dbg !2624
    #dbg_value(ptr %_12.i.i, !2625, !DIExpression(), !2637)
    #dbg_value(i64 1, !2630, !DIExpression(), !2637)
    #dbg_value(i64 -1, !2631, !DIExpression(), !2637)
    #dbg_value(i8 2, !2632, !DIExpression(), !2637)
    #dbg_value(i8 0, !2633, !DIExpression(), !2637)
  %78 = cmpxchg ptr %_12.i.i, i64 1, i64 -1 acquire monotonic, align 8, !dbg !2639, !noalias !2612
  %79 = extractvalue { i64, i1 } %78, 1, !dbg !2639
  br i1 %79, label %bb8.i, label %bb10.i, !dbg !2640, !prof !2641

bb8.i:                                            ; preds = %bb1.i
    #dbg_value(ptr %_9.i.i, !2595, !DIExpression(), !2642)
    #dbg_value(ptr %_9.i.i, !2614, !DIExpression(), !2643)
    #dbg_value(ptr %_9.i.i, !1302, !DIExpression(), !2645)
    #dbg_value(i8 2, !1308, !DIExpression(), !2645)
  %80 = load atomic i64, ptr %_9.i.i acquire, align 8, !dbg !2647, !noalias !2612
  %81 = icmp eq i64 %80, 1, !dbg !2648
    #dbg_value(i1 %81, !2548, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2649)
    #dbg_value(ptr %_9.i.i, !2601, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2650)
    #dbg_value(ptr %_9.i.i, !2614, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2651)
    #dbg_value(ptr %_12.i.i, !1876, !DIExpression(), !2653)
    #dbg_value(i64 1, !1881, !DIExpression(), !2653)
    #dbg_value(i8 1, !1882, !DIExpression(), !2653)
  store atomic i64 1, ptr %_12.i.i release, align 8, !dbg !2655, !noalias !2612
    #dbg_value(i8 poison, !2548, !DIExpression(), !2649)
  br i1 %81, label %bb9.i, label %bb10.i, !dbg !2541, !prof !2656

bb10.i:                                           ; preds = %bb8.i, %bb1.i
    #dbg_value(ptr null, !2474, !DIExpression(), !2477)
; invoke core::option::expect_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_987f9181f01088182face37be6d0a1cd, i64 noundef 41, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_c8fa0f44c6d4fbb5209642c5dc0b0954) #23
          to label %unreachable.i28 unwind label %cleanup.i23, !dbg !2657, !noalias !2442

bb9.i:                                            ; preds = %bb8.i
  %_14.i = load ptr, ptr %_11.i, align 8, !dbg !2658, !alias.scope !2442, !nonnull !23, !noundef !23
    #dbg_value(ptr %_14.i, !2474, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !2477)
    #dbg_value(ptr %_14.i, !2659, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !2666)
    #dbg_value(ptr %_14.i, !2668, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !2674)
  %82 = getelementptr inbounds nuw i8, ptr %_14.i, i64 24, !dbg !2676
  %self1.sroa.0.0.copyload.i = load i64, ptr %82, align 8, !dbg !2676, !noalias !2442
    #dbg_value(i64 %self1.sroa.0.0.copyload.i, !2677, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2685)
  %self1.sroa.4.0..sroa_idx.i = getelementptr inbounds nuw i8, ptr %_14.i, i64 32, !dbg !2676
  %self1.sroa.4.0.copyload.i = load ptr, ptr %self1.sroa.4.0..sroa_idx.i, align 8, !dbg !2676, !noalias !2442
    #dbg_value(ptr %self1.sroa.4.0.copyload.i, !2677, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2685)
  %self1.sroa.5.0..sroa_idx.i = getelementptr inbounds nuw i8, ptr %_14.i, i64 40, !dbg !2676
  %self1.sroa.5.0.copyload.i = load ptr, ptr %self1.sroa.5.0..sroa_idx.i, align 8, !dbg !2676, !noalias !2442
    #dbg_value(ptr %self1.sroa.5.0.copyload.i, !2677, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !2685)
  store i64 0, ptr %82, align 8, !dbg !2687, !noalias !2442
  %83 = trunc nuw i64 %self1.sroa.0.0.copyload.i to i1, !dbg !2688
  br i1 %83, label %bb13.i, label %bb12.i, !dbg !2688, !prof !2689

unreachable.i28:                                  ; preds = %bb12.i, %bb10.i
  unreachable

bb13.i:                                           ; preds = %bb9.i
  call void @llvm.experimental.noalias.scope.decl(metadata !2690), !dbg !2484
    #dbg_value(ptr %self1, !1899, !DIExpression(), !2693)
  call void @llvm.experimental.noalias.scope.decl(metadata !2695), !dbg !2698
    #dbg_value(ptr %self1, !1913, !DIExpression(), !2699)
  call void @llvm.experimental.noalias.scope.decl(metadata !2701), !dbg !2704
    #dbg_value(ptr %self1, !1927, !DIExpression(), !2705)
  call void @llvm.experimental.noalias.scope.decl(metadata !2707), !dbg !2710
    #dbg_value(ptr %self1, !1941, !DIExpression(), !2711)
    #dbg_value(ptr %self1, !1950, !DIExpression(), !2713)
    #dbg_value(i64 1, !1959, !DIExpression(), !2715)
    #dbg_value(i8 1, !1964, !DIExpression(), !2715)
    #dbg_value(i64 1, !1967, !DIExpression(), !2717)
    #dbg_value(i8 1, !1971, !DIExpression(), !2717)
  %_10.i.i.i.i6.i = load ptr, ptr %self1, align 8, !dbg !2719, !alias.scope !2721, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i6.i, !1963, !DIExpression(), !2722)
    #dbg_value(ptr %_10.i.i.i.i6.i, !1970, !DIExpression(), !2717)
  %84 = atomicrmw sub ptr %_10.i.i.i.i6.i, i64 1 release, align 8, !dbg !2723, !noalias !2721
  %85 = icmp eq i64 %84, 1, !dbg !2724
  br i1 %85, label %bb2.i.i.i.i7.i, label %bb5.i29, !dbg !2724

bb2.i.i.i.i7.i:                                   ; preds = %bb13.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2725)
  fence acquire, !dbg !2727
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %self1) #24
          to label %bb5.i29 unwind label %cleanup4.i, !dbg !2728

bb12.i:                                           ; preds = %bb9.i
; invoke core::option::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5) #23
          to label %unreachable.i28 unwind label %cleanup.i23, !dbg !2729, !noalias !2442

cleanup4.i:                                       ; preds = %bb2.i.i.i.i7.i
  %86 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.experimental.noalias.scope.decl(metadata !2730), !dbg !2484
    #dbg_value(ptr %_11.i, !2228, !DIExpression(), !2733)
  call void @llvm.experimental.noalias.scope.decl(metadata !2735), !dbg !2738
    #dbg_value(ptr %_11.i, !2238, !DIExpression(), !2739)
    #dbg_value(ptr %_11.i, !2741, !DIExpression(), !2744)
    #dbg_value(i64 1, !2246, !DIExpression(), !2746)
    #dbg_value(i8 1, !2250, !DIExpression(), !2746)
    #dbg_value(i64 1, !2253, !DIExpression(), !2748)
    #dbg_value(i8 1, !2257, !DIExpression(), !2748)
  %_10.i.i.i = load ptr, ptr %_11.i, align 8, !dbg !2750, !alias.scope !2753, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i, !2249, !DIExpression(), !2754)
    #dbg_value(ptr %_10.i.i.i, !2256, !DIExpression(), !2748)
  %87 = atomicrmw sub ptr %_10.i.i.i, i64 1 release, align 8, !dbg !2755, !noalias !2756
  %88 = icmp eq i64 %87, 1, !dbg !2757
  br i1 %88, label %bb2.i.i.i, label %bb5, !dbg !2757

bb2.i.i.i:                                        ; preds = %cleanup4.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2758)
  fence acquire, !dbg !2760
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_11.i) #24
          to label %bb5 unwind label %terminate.i26, !dbg !2761

bb5.i29:                                          ; preds = %bb2.i.i.i.i7.i, %bb13.i
  call void @llvm.experimental.noalias.scope.decl(metadata !2762), !dbg !2484
    #dbg_value(ptr %_11.i, !2228, !DIExpression(), !2765)
  call void @llvm.experimental.noalias.scope.decl(metadata !2767), !dbg !2770
    #dbg_value(ptr %_11.i, !2238, !DIExpression(), !2771)
    #dbg_value(ptr %_11.i, !2741, !DIExpression(), !2773)
    #dbg_value(i64 1, !2246, !DIExpression(), !2775)
    #dbg_value(i8 1, !2250, !DIExpression(), !2775)
    #dbg_value(i64 1, !2253, !DIExpression(), !2777)
    #dbg_value(i8 1, !2257, !DIExpression(), !2777)
  %_10.i.i11.i = load ptr, ptr %_11.i, align 8, !dbg !2779, !alias.scope !2781, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i11.i, !2249, !DIExpression(), !2782)
    #dbg_value(ptr %_10.i.i11.i, !2256, !DIExpression(), !2777)
  %89 = atomicrmw sub ptr %_10.i.i11.i, i64 1 release, align 8, !dbg !2783, !noalias !2784
  %90 = icmp eq i64 %89, 1, !dbg !2785
  br i1 %90, label %bb2.i.i12.i, label %bb15, !dbg !2785

bb2.i.i12.i:                                      ; preds = %bb5.i29
    #dbg_value(i8 2, !1987, !DIExpression(), !2786)
  fence acquire, !dbg !2788
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_11.i) #24
          to label %bb15 unwind label %cleanup7.body, !dbg !2789

terminate.i26:                                    ; preds = %bb2.i.i15.i, %bb2.i.i.i, %bb2.i.i.i.i.i27
  %91 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2790
  unreachable, !dbg !2790

bb6.i:                                            ; preds = %bb2.i.i.i.i.i27, %cleanup.i23
  %92 = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !2484
  call void @llvm.experimental.noalias.scope.decl(metadata !2791), !dbg !2484
    #dbg_value(ptr %92, !2228, !DIExpression(), !2794)
  call void @llvm.experimental.noalias.scope.decl(metadata !2796), !dbg !2799
    #dbg_value(ptr %92, !2238, !DIExpression(), !2800)
    #dbg_value(ptr %92, !2741, !DIExpression(), !2802)
    #dbg_value(i64 1, !2246, !DIExpression(), !2804)
    #dbg_value(i8 1, !2250, !DIExpression(), !2804)
    #dbg_value(i64 1, !2253, !DIExpression(), !2806)
    #dbg_value(i8 1, !2257, !DIExpression(), !2806)
  %_10.i.i14.i = load ptr, ptr %92, align 8, !dbg !2808, !alias.scope !2810, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i14.i, !2249, !DIExpression(), !2811)
    #dbg_value(ptr %_10.i.i14.i, !2256, !DIExpression(), !2806)
  %93 = atomicrmw sub ptr %_10.i.i14.i, i64 1 release, align 8, !dbg !2812, !noalias !2813
  %94 = icmp eq i64 %93, 1, !dbg !2814
  br i1 %94, label %bb2.i.i15.i, label %bb5, !dbg !2814

bb2.i.i15.i:                                      ; preds = %bb6.i
    #dbg_value(i8 2, !1987, !DIExpression(), !2815)
  fence acquire, !dbg !2817
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %92) #24
          to label %bb5 unwind label %terminate.i26, !dbg !2818

bb15:                                             ; preds = %bb5.i29, %bb2.i.i12.i
    #dbg_value(ptr %self1.sroa.4.0.copyload.i, !2819, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2829)
    #dbg_value(ptr %self1.sroa.5.0.copyload.i, !2819, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2829)
    #dbg_declare(ptr %e.i, !2827, !DIExpression(), !2831)
  %.not.i = icmp eq ptr %self1.sroa.4.0.copyload.i, null, !dbg !2832
  br i1 %.not.i, label %bb3, label %bb2.i, !dbg !2833, !prof !2689

bb2.i:                                            ; preds = %bb15
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !2834
  %95 = icmp ne ptr %self1.sroa.5.0.copyload.i, null
  call void @llvm.assume(i1 %95)
  store ptr %self1.sroa.4.0.copyload.i, ptr %e.i, align 8, !dbg !2834
  %96 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !2834
  store ptr %self1.sroa.5.0.copyload.i, ptr %96, align 8, !dbg !2834
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_360cb98fe9ff6dfb3beb83232be3b117) #23
          to label %unreachable.i unwind label %cleanup.i, !dbg !2835

cleanup.i:                                        ; preds = %bb2.i
  %97 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #26
          to label %bb5 unwind label %terminate.i, !dbg !2836

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %98 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2837
  unreachable, !dbg !2837

bb3:                                              ; preds = %bb15
  call void @llvm.lifetime.end.p0(ptr nonnull %join_handle), !dbg !2439
    #dbg_value(ptr %shared_atomic, !2342, !DIExpression(), !2838)
    #dbg_value(ptr %shared_atomic, !2352, !DIExpression(), !2840)
    #dbg_value(i64 1, !2360, !DIExpression(), !2842)
    #dbg_value(i8 1, !2364, !DIExpression(), !2842)
    #dbg_value(i64 1, !2367, !DIExpression(), !2844)
    #dbg_value(i8 1, !2371, !DIExpression(), !2844)
    #dbg_value(ptr %0, !2363, !DIExpression(), !2846)
    #dbg_value(ptr %0, !2370, !DIExpression(), !2844)
  %99 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !2847, !noalias !2848
  %100 = icmp eq i64 %99, 1, !dbg !2853
  br i1 %100, label %bb2.i.i35, label %"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE.exit36", !dbg !2853

bb2.i.i35:                                        ; preds = %bb3
    #dbg_value(i8 2, !1987, !DIExpression(), !2854)
  fence acquire, !dbg !2856
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %shared_atomic) #24, !dbg !2857
  br label %"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE.exit36", !dbg !2857

"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE.exit36": ; preds = %bb3, %bb2.i.i35
  call void @llvm.lifetime.end.p0(ptr nonnull %shared_atomic), !dbg !2858
  ret void, !dbg !2859

bb7:                                              ; preds = %bb13
  %lpad.thr_comm = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
  invoke fastcc void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17h56b5155b68204671E"(ptr noalias noundef align 8 dereferenceable(24) %join_handle) #26
          to label %bb5 unwind label %terminate, !dbg !2439

terminate:                                        ; preds = %bb7
  %101 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2860
  unreachable, !dbg !2860

bb6:                                              ; preds = %bb2.i.i14, %bb5
  resume { ptr, i32 } %.pn, !dbg !2860
}

; std_atomic_relaxed::reader
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable
define internal fastcc void @_ZN18std_atomic_relaxed6reader17hf160e20a79c48b02E(ptr noundef nonnull readonly align 8 captures(none) %a) unnamed_addr #1 !dbg !2861 {
start:
    #dbg_value(ptr %a, !2865, !DIExpression(), !2866)
    #dbg_value(ptr %a, !2867, !DIExpression(), !2871)
    #dbg_value(i8 0, !2870, !DIExpression(), !2871)
  br label %bb1, !dbg !2873

bb1:                                              ; preds = %bb1, %start
    #dbg_value(ptr %a, !1302, !DIExpression(), !2874)
    #dbg_value(i8 0, !1308, !DIExpression(), !2874)
  %0 = load atomic i64, ptr %a monotonic, align 8, !dbg !2876
  %1 = icmp eq i64 %0, 0, !dbg !2877
  br i1 %1, label %bb1, label %bb3, !dbg !2877

bb3:                                              ; preds = %bb1
  ret void, !dbg !2878
}

; std_atomic_relaxed::writer
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define internal fastcc void @_ZN18std_atomic_relaxed6writer17h3dff6ac30efdb7b3E(ptr noundef nonnull writeonly align 8 captures(none) %a) unnamed_addr #2 !dbg !2879 {
start:
    #dbg_value(ptr %a, !2881, !DIExpression(), !2882)
    #dbg_value(ptr %a, !2883, !DIExpression(), !2888)
    #dbg_value(i64 1, !2886, !DIExpression(), !2888)
    #dbg_value(i8 0, !2887, !DIExpression(), !2888)
    #dbg_value(ptr %a, !1876, !DIExpression(), !2890)
    #dbg_value(i64 1, !1881, !DIExpression(), !2890)
    #dbg_value(i8 0, !1882, !DIExpression(), !2890)
  store atomic i64 1, ptr %a monotonic, align 8, !dbg !2892
  ret void, !dbg !2893
}

; std::io::Write::write_all
; Function Attrs: nonlazybind uwtable
define internal fastcc noundef ptr @_ZN3std2io5Write9write_all17hce508be5f368a17cE(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2894 {
start:
  %_4 = alloca [16 x i8], align 8
    #dbg_value(ptr %0, !2901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2913)
    #dbg_value(ptr %0, !2914, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2932)
    #dbg_value(ptr %0, !2934, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2943)
    #dbg_value(ptr %0, !2945, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2952)
    #dbg_value(i64 %1, !2901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2913)
    #dbg_value(i64 %1, !2914, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2932)
    #dbg_value(i64 %1, !2934, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2943)
    #dbg_value(i64 %1, !2945, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2952)
    #dbg_value(ptr %self, !2900, !DIExpression(), !2913)
    #dbg_value(ptr poison, !2954, !DIExpression(), !2963)
    #dbg_value(ptr poison, !2954, !DIExpression(), !2981)
    #dbg_value(ptr poison, !2954, !DIExpression(), !2983)
  %2 = icmp eq i64 %1, 0, !dbg !2985
  br i1 %2, label %bb13, label %bb3.lr.ph, !dbg !2985

bb3.lr.ph:                                        ; preds = %start
  %3 = getelementptr inbounds nuw i8, ptr %_4, i64 8
  br label %bb3, !dbg !2985

bb3:                                              ; preds = %bb3.lr.ph, %bb15
  %buf.sroa.0.056 = phi ptr [ %0, %bb3.lr.ph ], [ %buf.sroa.0.121, %bb15 ]
  %buf.sroa.6.055 = phi i64 [ %1, %bb3.lr.ph ], [ %buf.sroa.6.119, %bb15 ]
    #dbg_value(ptr %buf.sroa.0.056, !2945, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2952)
    #dbg_value(i64 %buf.sroa.6.055, !2945, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2952)
  call void @llvm.lifetime.start.p0(ptr nonnull %_4), !dbg !2986
; call <std::sys::stdio::unix::Stderr as std::io::Write>::write
  %4 = tail call { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %buf.sroa.0.056, i64 noundef %buf.sroa.6.055), !dbg !2987
  %5 = extractvalue { i64, ptr } %4, 0, !dbg !2987
  %6 = extractvalue { i64, ptr } %4, 1, !dbg !2987
  store i64 %5, ptr %_4, align 8, !dbg !2987
  store ptr %6, ptr %3, align 8, !dbg !2987
  %7 = trunc nuw i64 %5 to i1, !dbg !2988
  %8 = ptrtoint ptr %6 to i64, !dbg !2988
  br i1 %7, label %bb7, label %bb6, !dbg !2988

bb13:                                             ; preds = %bb15, %start, %bb12
  %_0.sroa.0.0 = phi ptr [ %_0.sroa.0.1, %bb12 ], [ null, %start ], [ null, %bb15 ], !dbg !2913
  ret ptr %_0.sroa.0.0, !dbg !2989

bb7:                                              ; preds = %bb3
    #dbg_value(ptr %_4, !2971, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !2990)
    #dbg_value(ptr %_4, !2991, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !3022)
    #dbg_value(ptr %6, !3024, !DIExpression(), !3046)
    #dbg_declare(ptr poison, !3032, !DIExpression(), !3048)
    #dbg_value(i64 1, !3049, !DIExpression(), !3059)
    #dbg_value(i64 1, !3061, !DIExpression(), !3067)
    #dbg_value(i64 -1, !3069, !DIExpression(), !3076)
    #dbg_value(ptr %6, !3058, !DIExpression(), !3059)
    #dbg_value(i64 %8, !3033, !DIExpression(), !3078)
  %_5.i = and i64 %8, 3, !dbg !3079
  switch i64 %_5.i, label %default.unreachable [
    i64 2, label %bb23
    i64 3, label %bb24
    i64 0, label %bb20
    i64 1, label %bb22
  ], !dbg !3080, !prof !3081

default.unreachable:                              ; preds = %bb7
  unreachable

bb6:                                              ; preds = %bb3
  %9 = icmp eq ptr %6, null, !dbg !2988
  br i1 %9, label %bb12, label %bb8, !dbg !2988

bb8:                                              ; preds = %bb6
    #dbg_value(i64 %8, !2902, !DIExpression(), !3082)
    #dbg_value(i64 %8, !2929, !DIExpression(), !2932)
    #dbg_value(i64 %8, !2940, !DIExpression(), !2943)
    #dbg_value(i64 %8, !2950, !DIExpression(), !2952)
  %_29 = icmp ult i64 %buf.sroa.6.055, %8, !dbg !3083
  br i1 %_29, label %bb26, label %bb17, !dbg !3083, !prof !1010

bb12:                                             ; preds = %bb24, %bb23, %bb22, %bb20, %bb6
  %_0.sroa.0.1 = phi ptr [ @alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2, %bb6 ], [ %6, %bb20 ], [ %6, %bb22 ], [ %6, %bb23 ], [ %6, %bb24 ], !dbg !2913
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !3084
  br label %bb13, !dbg !2989

bb26:                                             ; preds = %bb8
; call core::slice::index::slice_index_fail
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef %8, i64 noundef %buf.sroa.6.055, i64 noundef %buf.sroa.6.055, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a2b462ac72db38b51a27d3bbf062bd3b) #23, !dbg !3085
  unreachable

bb17:                                             ; preds = %bb8
  %new_len = sub nuw nsw i64 %buf.sroa.6.055, %8, !dbg !3086
    #dbg_value(i64 %new_len, !2941, !DIExpression(), !3087)
    #dbg_value(i64 %new_len, !2951, !DIExpression(), !2952)
  %_36 = getelementptr inbounds nuw i8, ptr %buf.sroa.0.056, i64 %8, !dbg !3088
    #dbg_value(ptr %_36, !2945, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2952)
    #dbg_value(ptr %_36, !2934, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2943)
    #dbg_value(ptr %_36, !2914, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2932)
    #dbg_value(ptr %_36, !2901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2913)
    #dbg_value(i64 %new_len, !2945, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2952)
    #dbg_value(i64 %new_len, !2934, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2943)
    #dbg_value(i64 %new_len, !2914, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2932)
    #dbg_value(i64 %new_len, !2901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2913)
  br label %bb15, !dbg !3084

bb23:                                             ; preds = %bb7
    #dbg_value(i64 %8, !2972, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !3089)
    #dbg_value(i64 %8, !3090, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !3099)
  %_7.i.mask = and i64 %8, -4294967296, !dbg !3101
  %10 = icmp eq i64 %_7.i.mask, 17179869184, !dbg !3101
  br i1 %10, label %bb16, label %bb12, !dbg !3102

bb20:                                             ; preds = %bb7
  %11 = icmp ne ptr %6, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %6, !2979, !DIExpression(), !3103)
    #dbg_value(ptr %6, !2962, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !3104)
  %12 = getelementptr inbounds nuw i8, ptr %6, i64 16, !dbg !3104
  %13 = load i8, ptr %12, align 8, !dbg !3104, !range !3105, !noundef !23
  %14 = icmp eq i8 %13, 35, !dbg !3104
  br i1 %14, label %bb16, label %bb12, !dbg !3102

bb22:                                             ; preds = %bb7
    #dbg_value(ptr %6, !3066, !DIExpression(), !3067)
    #dbg_value(ptr %6, !3075, !DIExpression(), !3076)
    #dbg_value(ptr %6, !2974, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !3106)
    #dbg_value(ptr %6, !2962, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_plus_uconst, 16, DW_OP_stack_value), !3107)
  %15 = getelementptr i8, ptr %6, i64 15, !dbg !3107
  %16 = load i8, ptr %15, align 8, !dbg !3107, !range !3105, !noundef !23
  %17 = icmp eq i8 %16, 35, !dbg !3107
  br i1 %17, label %bb16, label %bb12, !dbg !3102

bb24:                                             ; preds = %bb7
    #dbg_value(i64 %8, !3037, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !3108)
    #dbg_value(i32 poison, !3109, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !3138)
    #dbg_value(ptr poison, !3135, !DIExpression(), !3140)
  %18 = icmp ult ptr %6, inttoptr (i64 180388626432 to ptr), !dbg !3141
  tail call void @llvm.assume(i1 %18), !dbg !3142
    #dbg_value(i32 poison, !2977, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !3143)
    #dbg_value(ptr poison, !2962, !DIExpression(), !3144)
  %_10.i.mask = and i64 %8, -4294967296, !dbg !3144
  %19 = icmp eq i64 %_10.i.mask, 150323855360, !dbg !3144
  br i1 %19, label %bb16, label %bb12, !dbg !3102

bb16:                                             ; preds = %bb24, %bb23, %bb22, %bb20
    #dbg_value(ptr %buf.sroa.0.056, !2945, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2952)
    #dbg_value(ptr %buf.sroa.0.056, !2934, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2943)
    #dbg_value(ptr %buf.sroa.0.056, !2914, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2932)
    #dbg_value(ptr %buf.sroa.0.056, !2901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2913)
    #dbg_value(i64 %buf.sroa.6.055, !2945, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2952)
    #dbg_value(i64 %buf.sroa.6.055, !2934, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2943)
    #dbg_value(i64 %buf.sroa.6.055, !2914, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2932)
    #dbg_value(i64 %buf.sroa.6.055, !2901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2913)
; call core::ptr::drop_in_place<std::io::error::Error>
  call void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha0cddcdf4f650811E"(ptr noalias noundef nonnull align 8 dereferenceable(8) %3), !dbg !3084
  br label %bb15, !dbg !3084

bb15:                                             ; preds = %bb17, %bb16
  %buf.sroa.0.121 = phi ptr [ %buf.sroa.0.056, %bb16 ], [ %_36, %bb17 ]
  %buf.sroa.6.119 = phi i64 [ %buf.sroa.6.055, %bb16 ], [ %new_len, %bb17 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !3084
    #dbg_value(ptr %buf.sroa.0.121, !2945, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2952)
    #dbg_value(ptr %buf.sroa.0.121, !2934, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2943)
    #dbg_value(ptr %buf.sroa.0.121, !2914, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2932)
    #dbg_value(ptr %buf.sroa.0.121, !2901, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2913)
    #dbg_value(i64 %buf.sroa.6.119, !2945, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2952)
    #dbg_value(i64 %buf.sroa.6.119, !2934, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2943)
    #dbg_value(i64 %buf.sroa.6.119, !2914, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2932)
    #dbg_value(i64 %buf.sroa.6.119, !2901, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2913)
  %20 = icmp eq i64 %buf.sroa.6.119, 0, !dbg !2985
  br i1 %20, label %bb13, label %bb3, !dbg !2985
}

; std::rt::lang_start
; Function Attrs: nonlazybind uwtable
define hidden noundef i64 @_ZN3std2rt10lang_start17h7dece4bac4442f5cE(ptr noundef nonnull %main, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe) unnamed_addr #0 !dbg !3145 {
start:
  %_7 = alloca [8 x i8], align 8
    #dbg_value(ptr %main, !3151, !DIExpression(), !3155)
    #dbg_value(i64 %argc, !3152, !DIExpression(), !3155)
    #dbg_value(ptr %argv, !3153, !DIExpression(), !3155)
    #dbg_value(i8 %sigpipe, !3154, !DIExpression(), !3155)
  call void @llvm.lifetime.start.p0(ptr nonnull %_7), !dbg !3156
  store ptr %main, ptr %_7, align 8, !dbg !3156
; call std::rt::lang_start_internal
  %_0 = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe), !dbg !3157
  call void @llvm.lifetime.end.p0(ptr nonnull %_7), !dbg !3158
  ret i64 %_0, !dbg !3159
}

; std::rt::lang_start::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h4084a77eefe710e2E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #3 !dbg !3160 {
start:
    #dbg_value(ptr %_1, !3165, !DIExpression(DW_OP_deref), !3166)
  %_4 = load ptr, ptr %_1, align 8, !dbg !3167, !nonnull !23, !noundef !23
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h1784fda7474208d1E(ptr noundef nonnull %_4) #24, !dbg !3168
  ret i32 0, !dbg !3169
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h1784fda7474208d1E(ptr noundef nonnull readonly captures(none) %f) unnamed_addr #4 !dbg !3170 {
start:
    #dbg_declare(ptr poison, !3177, !DIExpression(), !3181)
    #dbg_value(ptr %f, !3176, !DIExpression(), !3182)
    #dbg_declare(ptr poison, !3183, !DIExpression(), !3190)
    #dbg_value(ptr %f, !3192, !DIExpression(), !3202)
    #dbg_declare(ptr poison, !3198, !DIExpression(), !3204)
  tail call void %f(), !dbg !3204
  tail call void asm sideeffect "", "~{memory}"() #22, !dbg !3205, !srcloc !3206
  ret void, !dbg !3207
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h8a6e076cb9bb366dE(ptr dead_on_return noalias noundef nonnull readonly align 8 captures(none) dereferenceable(32) %f) unnamed_addr #4 !dbg !3208 {
start:
  %_2.i = alloca [32 x i8], align 8
    #dbg_declare(ptr poison, !3218, !DIExpression(), !3222)
    #dbg_declare(ptr %f, !3217, !DIExpression(), !3223)
    #dbg_declare(ptr poison, !3224, !DIExpression(), !3227)
    #dbg_declare(ptr %f, !3229, !DIExpression(), !3232)
  call void @llvm.lifetime.start.p0(ptr nonnull %_2.i), !dbg !3234, !noalias !3235
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %_2.i, ptr noundef nonnull readonly align 8 dereferenceable(32) %f, i64 32, i1 false), !dbg !3234
; call <std::thread::spawnhook::ChildSpawnHooks>::run
  call void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr noalias noundef nonnull align 8 captures(address) dereferenceable(32) %_2.i), !dbg !3238, !noalias !3235
  call void @llvm.lifetime.end.p0(ptr nonnull %_2.i), !dbg !3239, !noalias !3235
  call void asm sideeffect "", "~{memory}"() #22, !dbg !3240, !srcloc !3206
  ret void, !dbg !3241
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h95c9c9e7896d2e34E(ptr noundef nonnull %f) unnamed_addr #5 personality ptr @rust_eh_personality !dbg !3242 {
start:
  %_1.i = alloca [8 x i8], align 8
    #dbg_declare(ptr poison, !3247, !DIExpression(), !3249)
    #dbg_value(ptr %f, !3246, !DIExpression(), !3250)
    #dbg_declare(ptr poison, !3251, !DIExpression(), !3254)
  call void @llvm.lifetime.start.p0(ptr nonnull %_1.i)
  store ptr %f, ptr %_1.i, align 8
    #dbg_declare(ptr %_1.i, !3256, !DIExpression(), !3259)
    #dbg_value(ptr %_1.i, !3261, !DIExpression(), !3266)
  %_2.i = getelementptr inbounds nuw i8, ptr %f, i64 16, !dbg !3268
; call std_atomic_relaxed::reader
  tail call fastcc void @_ZN18std_atomic_relaxed6reader17hf160e20a79c48b02E(ptr noundef nonnull align 8 %_2.i), !dbg !3269
    #dbg_value(ptr %_1.i, !2334, !DIExpression(), !3270)
    #dbg_value(ptr %_1.i, !2342, !DIExpression(), !3272)
    #dbg_value(ptr %_1.i, !2352, !DIExpression(), !3274)
    #dbg_value(i64 1, !2360, !DIExpression(), !3276)
    #dbg_value(i8 1, !2364, !DIExpression(), !3276)
    #dbg_value(i64 1, !2367, !DIExpression(), !3278)
    #dbg_value(i8 1, !2371, !DIExpression(), !3278)
    #dbg_value(ptr %f, !2363, !DIExpression(), !3280)
    #dbg_value(ptr %f, !2370, !DIExpression(), !3278)
  %0 = atomicrmw sub ptr %f, i64 1 release, align 8, !dbg !3281, !noalias !3282
  %1 = icmp eq i64 %0, 1, !dbg !3289
  br i1 %1, label %bb2.i.i.i2.i, label %"_ZN18std_atomic_relaxed4main28_$u7b$$u7b$closure$u7d$$u7d$17haf3975beba51d677E.exit", !dbg !3289

bb2.i.i.i2.i:                                     ; preds = %start
    #dbg_value(i8 2, !1987, !DIExpression(), !3290)
  fence acquire, !dbg !3292
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1.i) #24, !dbg !3293
  br label %"_ZN18std_atomic_relaxed4main28_$u7b$$u7b$closure$u7d$$u7d$17haf3975beba51d677E.exit", !dbg !3293

"_ZN18std_atomic_relaxed4main28_$u7b$$u7b$closure$u7d$$u7d$17haf3975beba51d677E.exit": ; preds = %start, %bb2.i.i.i2.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_1.i), !dbg !3294
  tail call void asm sideeffect "", "~{memory}"() #22, !dbg !3295, !srcloc !3206
  ret void, !dbg !3296
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h46865a18cd774489E"(ptr noundef readonly captures(none) %_1) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !3297 {
start:
  %f.i.i = alloca [40 x i8], align 16
    #dbg_declare(ptr poison, !3305, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !3364)
    #dbg_value(ptr poison, !3384, !DIExpression(), !3392)
    #dbg_value(ptr poison, !3403, !DIExpression(), !3407)
    #dbg_value(ptr poison, !3401, !DIExpression(), !3408)
    #dbg_value(ptr poison, !3400, !DIExpression(), !3409)
    #dbg_value(ptr poison, !3410, !DIExpression(), !3422)
    #dbg_value(ptr poison, !3419, !DIExpression(), !3424)
    #dbg_value(ptr poison, !3417, !DIExpression(), !3425)
    #dbg_value(ptr poison, !3324, !DIExpression(), !3426)
  %_x.i = alloca [8 x i8], align 8
    #dbg_value(ptr %_1, !3301, !DIExpression(), !3427)
    #dbg_declare(ptr poison, !3302, !DIExpression(), !3428)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3429), !dbg !3428
    #dbg_declare(ptr poison, !3370, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !3432)
    #dbg_declare(ptr poison, !3323, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !3433)
    #dbg_declare(ptr %_1, !3377, !DIExpression(DW_OP_plus_uconst, 40), !3434)
    #dbg_declare(ptr %_1, !3378, !DIExpression(), !3435)
    #dbg_declare(ptr %_1, !3379, !DIExpression(DW_OP_plus_uconst, 32), !3436)
    #dbg_declare(ptr %_x.i, !3437, !DIExpression(), !3442)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 40, !dbg !3444
  %self.i = load ptr, ptr %0, align 8, !dbg !3444, !alias.scope !3429, !nonnull !23, !noundef !23
    #dbg_value(ptr %self.i, !3380, !DIExpression(), !3445)
  %_6.sroa.0.sroa.5.0._1.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !3446
  %data.sroa.8.0.f.i.sroa_idx.i = getelementptr inbounds nuw i8, ptr %f.i.i, i64 16, !dbg !3447
  call void @llvm.lifetime.start.p0(ptr nonnull %f.i.i), !dbg !3447, !noalias !3429
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %data.sroa.8.0.f.i.sroa_idx.i, ptr noundef nonnull readonly align 8 dereferenceable(16) %_6.sroa.0.sroa.5.0._1.sroa_idx.i, i64 16, i1 false), !dbg !3446
    #dbg_value(ptr poison, !3323, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3453)
    #dbg_value(ptr poison, !3370, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3454)
    #dbg_value(ptr poison, !3323, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3453)
    #dbg_value(ptr poison, !3370, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3454)
    #dbg_value(ptr %self.i, !3370, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !3454)
    #dbg_value(ptr %self.i, !3323, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !3453)
    #dbg_value(ptr poison, !3305, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3455)
    #dbg_value(ptr poison, !3305, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3455)
    #dbg_value(ptr %self.i, !3305, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !3455)
    #dbg_value(ptr undef, !3324, !DIExpression(), !3426)
    #dbg_value(ptr undef, !3400, !DIExpression(), !3409)
    #dbg_declare(ptr %f.i.i, !3404, !DIExpression(), !3456)
    #dbg_value(ptr undef, !3401, !DIExpression(), !3408)
    #dbg_value(ptr undef, !3403, !DIExpression(), !3407)
    #dbg_value(ptr undef, !3384, !DIExpression(), !3392)
  %1 = load <2 x ptr>, ptr %_1, align 8, !dbg !3446, !alias.scope !3429
  store <2 x ptr> %1, ptr %f.i.i, align 16, !dbg !3447, !noalias !3429
  %data.sroa.821.0.f.i.sroa_idx.i = getelementptr inbounds nuw i8, ptr %f.i.i, i64 32, !dbg !3447
  store ptr %self.i, ptr %data.sroa.821.0.f.i.sroa_idx.i, align 16, !dbg !3447, !noalias !3429
    #dbg_declare(ptr %f.i.i, !3457, !DIExpression(), !3468)
    #dbg_declare(ptr poison, !3465, !DIExpression(), !3470)
    #dbg_declare(ptr poison, !3464, !DIExpression(), !3470)
    #dbg_declare(ptr %f.i.i, !3471, !DIExpression(), !3477)
    #dbg_declare(ptr %f.i.i, !3476, !DIExpression(DW_OP_plus_uconst, 32), !3479)
; invoke std::sys::backtrace::__rust_begin_short_backtrace
  invoke fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h8a6e076cb9bb366dE(ptr noalias noundef nonnull readonly align 8 captures(address) dereferenceable(40) %f.i.i)
          to label %9 unwind label %bb4.i.i.i.i, !dbg !3480, !noalias !3429

bb4.i.i.i.i:                                      ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(ptr %data.sroa.821.0.f.i.sroa_idx.i, !2334, !DIExpression(), !3481)
    #dbg_value(ptr %data.sroa.821.0.f.i.sroa_idx.i, !2342, !DIExpression(), !3483)
    #dbg_value(ptr %data.sroa.821.0.f.i.sroa_idx.i, !2352, !DIExpression(), !3485)
    #dbg_value(i64 1, !2360, !DIExpression(), !3487)
    #dbg_value(i8 1, !2364, !DIExpression(), !3487)
    #dbg_value(i64 1, !2367, !DIExpression(), !3489)
    #dbg_value(i8 1, !2371, !DIExpression(), !3489)
    #dbg_value(ptr %self.i, !2363, !DIExpression(), !3491)
    #dbg_value(ptr %self.i, !2370, !DIExpression(), !3489)
  %3 = atomicrmw sub ptr %self.i, i64 1 release, align 8, !dbg !3492, !noalias !3493
  %4 = icmp eq i64 %3, 1, !dbg !3504
  br i1 %4, label %bb2.i.i.i.i.i.i.i, label %catch.i.body.i, !dbg !3504

bb2.i.i.i.i.i.i.i:                                ; preds = %bb4.i.i.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !3505)
  fence acquire, !dbg !3507
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %data.sroa.821.0.f.i.sroa_idx.i) #24, !dbg !3508, !noalias !3429
  br label %catch.i.body.i, !dbg !3508

catch.i.body.i:                                   ; preds = %bb2.i.i.i.i.i.i.i, %bb4.i.i.i.i
  %5 = extractvalue { ptr, i32 } %2, 0, !dbg !3509
    #dbg_value(ptr undef, !3417, !DIExpression(), !3425)
    #dbg_value(ptr %5, !3418, !DIExpression(), !3425)
    #dbg_value(ptr undef, !3419, !DIExpression(), !3424)
    #dbg_value(ptr undef, !3410, !DIExpression(), !3422)
; invoke std::panicking::catch_unwind::cleanup
  %6 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %5)
          to label %8 unwind label %terminate.i.i, !dbg !3510, !noalias !3429

terminate.i.i:                                    ; preds = %catch.i.body.i
  %7 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #25, !dbg !3511, !noalias !3429
  unreachable, !dbg !3511

8:                                                ; preds = %catch.i.body.i
  %obj.0.i.i = extractvalue { ptr, ptr } %6, 0, !dbg !3510
  %obj.1.i.i = extractvalue { ptr, ptr } %6, 1, !dbg !3510
    #dbg_value(ptr %obj.0.i.i, !3305, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3455)
    #dbg_value(ptr %obj.1.i.i, !3305, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3455)
  br label %10, !dbg !3509

9:                                                ; preds = %start
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h95c9c9e7896d2e34E(ptr noundef nonnull %self.i), !dbg !3512, !noalias !3513
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !3514, !noalias !3429
    #dbg_value(ptr poison, !3305, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3455)
    #dbg_value(ptr poison, !3305, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3455)
  br label %10, !dbg !3509

10:                                               ; preds = %9, %8
  %11 = phi ptr [ undef, %9 ], [ %obj.1.i.i, %8 ]
  %12 = phi ptr [ null, %9 ], [ %obj.0.i.i, %8 ], !dbg !3509
    #dbg_value(ptr %12, !3381, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3515)
    #dbg_value(ptr %11, !3381, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3515)
    #dbg_value(ptr %_1, !3516, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !3522)
    #dbg_value(ptr %_1, !3524, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !3527)
  %13 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !3529
  %_37.i = load ptr, ptr %13, align 8, !dbg !3529, !alias.scope !3429, !nonnull !23, !noundef !23
    #dbg_value(ptr %_37.i, !3532, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !3540)
  %_38.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 24, !dbg !3542
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3543), !dbg !3546
    #dbg_value(ptr %_38.i, !3547, !DIExpression(), !3552)
  %_2.i.i = load i64, ptr %_38.i, align 8, !dbg !3554, !range !1637, !alias.scope !3543, !noalias !3429, !noundef !23
  %14 = icmp eq i64 %_2.i.i, 0, !dbg !3554
  br i1 %14, label %bb1.i, label %bb2.i.i, !dbg !3554

bb2.i.i:                                          ; preds = %10
  %15 = getelementptr inbounds nuw i8, ptr %_37.i, i64 32, !dbg !3554
  %.val.i.i = load ptr, ptr %15, align 8, !dbg !3554, !alias.scope !3543, !noalias !3429, !align !1643, !noundef !23
  %16 = getelementptr inbounds nuw i8, ptr %_37.i, i64 40, !dbg !3554
  %.val1.i.i = load ptr, ptr %16, align 8, !dbg !3554, !alias.scope !3543, !noalias !3429
    #dbg_value(ptr poison, !3555, !DIExpression(), !3561)
  %17 = icmp eq ptr %.val.i.i, null, !dbg !3563
  br i1 %17, label %bb1.i, label %bb2.i.i.i, !dbg !3563

bb2.i.i.i:                                        ; preds = %bb2.i.i
    #dbg_value(ptr poison, !3564, !DIExpression(), !3570)
  %18 = icmp ne ptr %.val1.i.i, null
  tail call void @llvm.assume(i1 %18)
  %19 = load ptr, ptr %.val1.i.i, align 8, !dbg !3572, !invariant.load !23, !noalias !3573
  %.not.i.i.i.i = icmp eq ptr %19, null, !dbg !3572
  br i1 %.not.i.i.i.i, label %bb3.i.i.i.i, label %is_not_null.i.i.i.i, !dbg !3572

is_not_null.i.i.i.i:                              ; preds = %bb2.i.i.i
  invoke void %19(ptr noundef nonnull %.val.i.i)
          to label %bb3.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !3572, !noalias !3573

bb3.i.i.i.i:                                      ; preds = %is_not_null.i.i.i.i, %bb2.i.i.i
    #dbg_value(ptr poison, !3576, !DIExpression(), !3602)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3604)
    #dbg_value(ptr %.val1.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3604)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3615)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3622)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3633)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3638)
    #dbg_value(ptr %.val1.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3615)
    #dbg_value(ptr %.val1.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3622)
    #dbg_value(ptr %.val1.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3633)
    #dbg_value(ptr %.val1.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3638)
  %20 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !3640
  %21 = load i64, ptr %20, align 8, !dbg !3640, !range !3641, !invariant.load !23, !noalias !3573
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3642)
    #dbg_value(i64 %21, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3642)
  %22 = icmp eq i64 %21, 0, !dbg !3643
  br i1 %22, label %bb1.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, !dbg !3643

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i: ; preds = %bb3.i.i.i.i
  %23 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !3640
  %24 = load i64, ptr %23, align 8, !dbg !3644, !range !3645, !invariant.load !23, !noalias !3573
    #dbg_value(i64 %24, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3642)
    #dbg_value(ptr %.val.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3615)
    #dbg_value(ptr %.val.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3622)
    #dbg_value(ptr %.val.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3633)
    #dbg_value(ptr %.val.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3638)
    #dbg_value(ptr %.val.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3604)
    #dbg_value(ptr poison, !1600, !DIExpression(), !3646)
    #dbg_value(ptr poison, !1609, !DIExpression(), !3648)
    #dbg_value(ptr %.val.i.i, !1605, !DIExpression(), !3646)
    #dbg_value(ptr %.val.i.i, !1613, !DIExpression(), !3648)
    #dbg_value(ptr %.val.i.i, !1617, !DIExpression(), !3650)
    #dbg_value(i64 %24, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3646)
    #dbg_value(i64 %24, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3648)
    #dbg_value(i64 %24, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3650)
    #dbg_value(i64 %24, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3652)
    #dbg_value(i64 %21, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3646)
    #dbg_value(i64 %21, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3648)
    #dbg_value(i64 %21, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3650)
    #dbg_value(i64 %21, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3652)
    #dbg_value(ptr %.val.i.i, !1631, !DIExpression(), !3652)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %21, i64 noundef range(i64 1, -9223372036854775807) %24) #22, !dbg !3654, !noalias !3573
  br label %bb1.i, !dbg !3655

cleanup.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i
  %25 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3576, !DIExpression(), !3656)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3658)
    #dbg_value(ptr %.val1.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3658)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3659)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3661)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3663)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3665)
    #dbg_value(ptr %.val1.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3659)
    #dbg_value(ptr %.val1.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3661)
    #dbg_value(ptr %.val1.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3663)
    #dbg_value(ptr %.val1.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3665)
  %26 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !3667
  %27 = load i64, ptr %26, align 8, !dbg !3667, !range !3641, !invariant.load !23, !noalias !3573
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3668)
    #dbg_value(i64 %27, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3668)
  %28 = icmp eq i64 %27, 0, !dbg !3669
  br i1 %28, label %bb5.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, !dbg !3669

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i: ; preds = %cleanup.i.i.i.i
  %29 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !3667
  %30 = load i64, ptr %29, align 8, !dbg !3670, !range !3645, !invariant.load !23, !noalias !3573
    #dbg_value(i64 %30, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3668)
    #dbg_value(ptr %.val.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3659)
    #dbg_value(ptr %.val.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3661)
    #dbg_value(ptr %.val.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3663)
    #dbg_value(ptr %.val.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3665)
    #dbg_value(ptr %.val.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3658)
    #dbg_value(ptr poison, !1600, !DIExpression(), !3671)
    #dbg_value(ptr poison, !1609, !DIExpression(), !3673)
    #dbg_value(ptr %.val.i.i, !1605, !DIExpression(), !3671)
    #dbg_value(ptr %.val.i.i, !1613, !DIExpression(), !3673)
    #dbg_value(ptr %.val.i.i, !1617, !DIExpression(), !3675)
    #dbg_value(i64 %30, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3671)
    #dbg_value(i64 %30, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3673)
    #dbg_value(i64 %30, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3675)
    #dbg_value(i64 %30, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3677)
    #dbg_value(i64 %27, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3671)
    #dbg_value(i64 %27, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3673)
    #dbg_value(i64 %27, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3675)
    #dbg_value(i64 %27, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3677)
    #dbg_value(ptr %.val.i.i, !1631, !DIExpression(), !3677)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %27, i64 noundef range(i64 1, -9223372036854775807) %30) #22, !dbg !3679, !noalias !3573
  br label %bb5.i, !dbg !3680

bb1.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, %bb3.i.i.i.i, %bb2.i.i, %10
  store i64 1, ptr %_38.i, align 8, !dbg !3546, !noalias !3429
  %_7.sroa.5.0._38.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 32, !dbg !3546
  store ptr %12, ptr %_7.sroa.5.0._38.sroa_idx.i, align 8, !dbg !3546, !noalias !3429
  %_7.sroa.6.0._38.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 40, !dbg !3546
  store ptr %11, ptr %_7.sroa.6.0._38.sroa_idx.i, align 8, !dbg !3546, !noalias !3429
  call void @llvm.lifetime.start.p0(ptr nonnull %_x.i), !dbg !3681, !noalias !3429
  store ptr %_37.i, ptr %_x.i, align 8, !dbg !3681, !noalias !3429
    #dbg_value(ptr %_x.i, !2228, !DIExpression(), !3682)
    #dbg_value(ptr %_x.i, !2238, !DIExpression(), !3684)
    #dbg_value(i64 1, !2246, !DIExpression(), !3686)
    #dbg_value(i8 1, !2250, !DIExpression(), !3686)
    #dbg_value(i64 1, !2253, !DIExpression(), !3688)
    #dbg_value(i8 1, !2257, !DIExpression(), !3688)
    #dbg_value(ptr %_37.i, !2249, !DIExpression(), !3690)
    #dbg_value(ptr %_37.i, !2256, !DIExpression(), !3688)
  %31 = atomicrmw sub ptr %_37.i, i64 1 release, align 8, !dbg !3691, !noalias !3692
  %32 = icmp eq i64 %31, 1, !dbg !3697
  br i1 %32, label %bb2.i.i12.i, label %"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h64bdc5eb1c30292bE.exit", !dbg !3697

bb2.i.i12.i:                                      ; preds = %bb1.i
    #dbg_value(i8 2, !1987, !DIExpression(), !3698)
  fence acquire, !dbg !3700
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_x.i) #24, !dbg !3701, !noalias !3429
  br label %"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h64bdc5eb1c30292bE.exit", !dbg !3701

bb3.i:                                            ; preds = %bb2.i.i14.i, %bb5.i
  resume { ptr, i32 } %25, !dbg !3702

bb5.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, %cleanup.i.i.i.i
  store i64 1, ptr %_38.i, align 8, !dbg !3546, !noalias !3429
  store ptr %12, ptr %15, align 8, !dbg !3546, !noalias !3429
  store ptr %11, ptr %16, align 8, !dbg !3546, !noalias !3429
    #dbg_value(ptr %13, !2228, !DIExpression(), !3703)
    #dbg_value(ptr %13, !2238, !DIExpression(), !3705)
    #dbg_value(i64 1, !2246, !DIExpression(), !3707)
    #dbg_value(i8 1, !2250, !DIExpression(), !3707)
    #dbg_value(i64 1, !2253, !DIExpression(), !3709)
    #dbg_value(i8 1, !2257, !DIExpression(), !3709)
    #dbg_value(ptr %_37.i, !2249, !DIExpression(), !3711)
    #dbg_value(ptr %_37.i, !2256, !DIExpression(), !3709)
  %33 = atomicrmw sub ptr %_37.i, i64 1 release, align 8, !dbg !3712, !noalias !3713
  %34 = icmp eq i64 %33, 1, !dbg !3718
  br i1 %34, label %bb2.i.i14.i, label %bb3.i, !dbg !3718

bb2.i.i14.i:                                      ; preds = %bb5.i
    #dbg_value(i8 2, !1987, !DIExpression(), !3719)
  fence acquire, !dbg !3721
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %13) #24
          to label %bb3.i unwind label %terminate.i, !dbg !3722

terminate.i:                                      ; preds = %bb2.i.i14.i
  %35 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !3702, !noalias !3429
  unreachable, !dbg !3702

"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h64bdc5eb1c30292bE.exit": ; preds = %bb1.i, %bb2.i.i12.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_x.i), !dbg !3723, !noalias !3429
  ret void, !dbg !3428
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h60bbe3556d5a4780E"(ptr noundef readonly captures(none) %_1) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !3724 {
start:
    #dbg_value(ptr %_1, !3729, !DIExpression(), !3733)
    #dbg_declare(ptr poison, !3730, !DIExpression(), !3734)
  %0 = load ptr, ptr %_1, align 8, !dbg !3734, !nonnull !23, !noundef !23
    #dbg_value(ptr %0, !3165, !DIExpression(), !3735)
    #dbg_value(ptr %0, !3741, !DIExpression(), !3744)
    #dbg_declare(ptr poison, !3742, !DIExpression(), !3745)
    #dbg_value(ptr undef, !3165, !DIExpression(DW_OP_deref), !3735)
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h1784fda7474208d1E(ptr noundef nonnull readonly %0) #24, !dbg !3746, !noalias !3747
  ret i32 0, !dbg !3734
}

; core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E"(ptr %_1.0.val, ptr readonly captures(address_is_null) %_1.8.val) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3556 {
start:
    #dbg_value(ptr poison, !3555, !DIExpression(), !3750)
  %0 = icmp eq ptr %_1.0.val, null, !dbg !3751
  br i1 %0, label %bb1, label %bb2, !dbg !3751

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, %bb3.i, %start
  ret void, !dbg !3751

bb2:                                              ; preds = %start
    #dbg_value(ptr poison, !3564, !DIExpression(), !3752)
  %1 = icmp ne ptr %_1.8.val, null
  tail call void @llvm.assume(i1 %1)
  %2 = load ptr, ptr %_1.8.val, align 8, !dbg !3754, !invariant.load !23, !noalias !3755
  %.not.i = icmp eq ptr %2, null, !dbg !3754
  br i1 %.not.i, label %bb3.i, label %is_not_null.i, !dbg !3754

is_not_null.i:                                    ; preds = %bb2
  invoke void %2(ptr noundef nonnull %_1.0.val)
          to label %bb3.i unwind label %cleanup.i, !dbg !3754, !noalias !3755

bb3.i:                                            ; preds = %is_not_null.i, %bb2
    #dbg_value(ptr poison, !3576, !DIExpression(), !3758)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3760)
    #dbg_value(ptr %_1.8.val, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3760)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3761)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3763)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3765)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3767)
    #dbg_value(ptr %_1.8.val, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3761)
    #dbg_value(ptr %_1.8.val, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3763)
    #dbg_value(ptr %_1.8.val, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3765)
    #dbg_value(ptr %_1.8.val, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3767)
  %3 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3769
  %4 = load i64, ptr %3, align 8, !dbg !3769, !range !3641, !invariant.load !23, !noalias !3755
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3770)
    #dbg_value(i64 %4, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3770)
  %5 = icmp eq i64 %4, 0, !dbg !3771
  br i1 %5, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, !dbg !3771

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
  %6 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3769
  %7 = load i64, ptr %6, align 8, !dbg !3772, !range !3645, !invariant.load !23, !noalias !3755
    #dbg_value(i64 %7, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3770)
    #dbg_value(ptr %_1.0.val, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3761)
    #dbg_value(ptr %_1.0.val, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3763)
    #dbg_value(ptr %_1.0.val, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3765)
    #dbg_value(ptr %_1.0.val, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3767)
    #dbg_value(ptr %_1.0.val, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3760)
    #dbg_value(ptr poison, !1600, !DIExpression(), !3773)
    #dbg_value(ptr poison, !1609, !DIExpression(), !3775)
    #dbg_value(ptr %_1.0.val, !1605, !DIExpression(), !3773)
    #dbg_value(ptr %_1.0.val, !1613, !DIExpression(), !3775)
    #dbg_value(ptr %_1.0.val, !1617, !DIExpression(), !3777)
    #dbg_value(i64 %7, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3773)
    #dbg_value(i64 %7, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3775)
    #dbg_value(i64 %7, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3777)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3779)
    #dbg_value(i64 %4, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3773)
    #dbg_value(i64 %4, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3775)
    #dbg_value(i64 %4, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3777)
    #dbg_value(i64 %4, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3779)
    #dbg_value(ptr %_1.0.val, !1631, !DIExpression(), !3779)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %4, i64 noundef range(i64 1, -9223372036854775807) %7) #22, !dbg !3781, !noalias !3755
  br label %bb1, !dbg !3782

cleanup.i:                                        ; preds = %is_not_null.i
  %8 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3576, !DIExpression(), !3783)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3785)
    #dbg_value(ptr %_1.8.val, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3785)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3786)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3788)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3790)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3792)
    #dbg_value(ptr %_1.8.val, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3786)
    #dbg_value(ptr %_1.8.val, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3788)
    #dbg_value(ptr %_1.8.val, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3790)
    #dbg_value(ptr %_1.8.val, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3792)
  %9 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3794
  %10 = load i64, ptr %9, align 8, !dbg !3794, !range !3641, !invariant.load !23, !noalias !3755
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3795)
    #dbg_value(i64 %10, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3795)
  %11 = icmp eq i64 %10, 0, !dbg !3796
  br i1 %11, label %bb1.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, !dbg !3796

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
  %12 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3794
  %13 = load i64, ptr %12, align 8, !dbg !3797, !range !3645, !invariant.load !23, !noalias !3755
    #dbg_value(i64 %13, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3795)
    #dbg_value(ptr %_1.0.val, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3786)
    #dbg_value(ptr %_1.0.val, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3788)
    #dbg_value(ptr %_1.0.val, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3790)
    #dbg_value(ptr %_1.0.val, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3792)
    #dbg_value(ptr %_1.0.val, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3785)
    #dbg_value(ptr poison, !1600, !DIExpression(), !3798)
    #dbg_value(ptr poison, !1609, !DIExpression(), !3800)
    #dbg_value(ptr %_1.0.val, !1605, !DIExpression(), !3798)
    #dbg_value(ptr %_1.0.val, !1613, !DIExpression(), !3800)
    #dbg_value(ptr %_1.0.val, !1617, !DIExpression(), !3802)
    #dbg_value(i64 %13, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3798)
    #dbg_value(i64 %13, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3800)
    #dbg_value(i64 %13, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3802)
    #dbg_value(i64 %13, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3804)
    #dbg_value(i64 %10, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3798)
    #dbg_value(i64 %10, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3800)
    #dbg_value(i64 %10, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3802)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3804)
    #dbg_value(ptr %_1.0.val, !1631, !DIExpression(), !3804)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %10, i64 noundef range(i64 1, -9223372036854775807) %13) #22, !dbg !3806, !noalias !3755
  br label %bb1.i, !dbg !3807

bb1.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, %cleanup.i
  resume { ptr, i32 } %8, !dbg !3754
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E"(ptr %_1.0.val, ptr readonly captures(address_is_null) %_1.8.val) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3808 {
start:
    #dbg_value(ptr poison, !3813, !DIExpression(), !3814)
  %0 = icmp ne ptr %_1.8.val, null
  tail call void @llvm.assume(i1 %0)
  %1 = load ptr, ptr %_1.8.val, align 8, !dbg !3815, !invariant.load !23
  %.not = icmp eq ptr %1, null, !dbg !3815
  br i1 %.not, label %bb3, label %is_not_null, !dbg !3815

is_not_null:                                      ; preds = %start
  %2 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %2)
  invoke void %1(ptr noundef nonnull %_1.0.val)
          to label %bb3 unwind label %cleanup, !dbg !3815

bb3:                                              ; preds = %is_not_null, %start
    #dbg_value(ptr poison, !3816, !DIExpression(), !3841)
    #dbg_value(ptr poison, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3843)
    #dbg_value(ptr %_1.8.val, !3822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3843)
    #dbg_value(ptr poison, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3853)
    #dbg_value(ptr poison, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3860)
    #dbg_value(ptr poison, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3870)
    #dbg_value(ptr poison, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3875)
    #dbg_value(ptr %_1.8.val, !3844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3853)
    #dbg_value(ptr %_1.8.val, !3855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3860)
    #dbg_value(ptr %_1.8.val, !3862, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3870)
    #dbg_value(ptr %_1.8.val, !3872, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3875)
  %3 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3877
  %4 = load i64, ptr %3, align 8, !dbg !3877, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3878)
    #dbg_value(i64 %4, !3838, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3878)
  %5 = icmp eq i64 %4, 0, !dbg !3879
  br i1 %5, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4548f8578e0a951dE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i, !dbg !3879

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %6 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3877
  %7 = load i64, ptr %6, align 8, !dbg !3880, !range !3645, !invariant.load !23
    #dbg_value(i64 %7, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3878)
  %8 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %8)
    #dbg_value(ptr %_1.0.val, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3853)
    #dbg_value(ptr %_1.0.val, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3860)
    #dbg_value(ptr %_1.0.val, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3870)
    #dbg_value(ptr %_1.0.val, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3875)
    #dbg_value(ptr %_1.0.val, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3843)
    #dbg_value(ptr poison, !1600, !DIExpression(), !3881)
    #dbg_value(ptr poison, !1609, !DIExpression(), !3883)
    #dbg_value(ptr %_1.0.val, !1605, !DIExpression(), !3881)
    #dbg_value(ptr %_1.0.val, !1613, !DIExpression(), !3883)
    #dbg_value(ptr %_1.0.val, !1617, !DIExpression(), !3885)
    #dbg_value(i64 %7, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3881)
    #dbg_value(i64 %7, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3883)
    #dbg_value(i64 %7, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3885)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3887)
    #dbg_value(i64 %4, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3881)
    #dbg_value(i64 %4, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3883)
    #dbg_value(i64 %4, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3885)
    #dbg_value(i64 %4, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3887)
    #dbg_value(ptr %_1.0.val, !1631, !DIExpression(), !3887)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %4, i64 noundef range(i64 1, -9223372036854775807) %7) #22, !dbg !3889
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4548f8578e0a951dE.exit", !dbg !3890

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4548f8578e0a951dE.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void, !dbg !3815

cleanup:                                          ; preds = %is_not_null
  %9 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3816, !DIExpression(), !3891)
    #dbg_value(ptr poison, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3893)
    #dbg_value(ptr %_1.8.val, !3822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3893)
    #dbg_value(ptr poison, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3894)
    #dbg_value(ptr poison, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3896)
    #dbg_value(ptr poison, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3898)
    #dbg_value(ptr poison, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3900)
    #dbg_value(ptr %_1.8.val, !3844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3894)
    #dbg_value(ptr %_1.8.val, !3855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3896)
    #dbg_value(ptr %_1.8.val, !3862, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3898)
    #dbg_value(ptr %_1.8.val, !3872, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3900)
  %10 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !3902
  %11 = load i64, ptr %10, align 8, !dbg !3902, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3903)
    #dbg_value(i64 %11, !3838, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3903)
  %12 = icmp eq i64 %11, 0, !dbg !3904
  br i1 %12, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, !dbg !3904

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4: ; preds = %cleanup
  %13 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !3902
  %14 = load i64, ptr %13, align 8, !dbg !3905, !range !3645, !invariant.load !23
    #dbg_value(i64 %14, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3903)
    #dbg_value(ptr %_1.0.val, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3894)
    #dbg_value(ptr %_1.0.val, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3896)
    #dbg_value(ptr %_1.0.val, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3898)
    #dbg_value(ptr %_1.0.val, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3900)
    #dbg_value(ptr %_1.0.val, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3893)
    #dbg_value(ptr poison, !1600, !DIExpression(), !3906)
    #dbg_value(ptr poison, !1609, !DIExpression(), !3908)
    #dbg_value(ptr %_1.0.val, !1605, !DIExpression(), !3906)
    #dbg_value(ptr %_1.0.val, !1613, !DIExpression(), !3908)
    #dbg_value(ptr %_1.0.val, !1617, !DIExpression(), !3910)
    #dbg_value(i64 %14, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3906)
    #dbg_value(i64 %14, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3908)
    #dbg_value(i64 %14, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3910)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3912)
    #dbg_value(i64 %11, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3906)
    #dbg_value(i64 %11, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3908)
    #dbg_value(i64 %11, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3910)
    #dbg_value(i64 %11, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3912)
    #dbg_value(ptr %_1.0.val, !1631, !DIExpression(), !3912)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %11, i64 noundef range(i64 1, -9223372036854775807) %14) #22, !dbg !3914
  br label %bb1, !dbg !3915

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, %cleanup
  resume { ptr, i32 } %9, !dbg !3815
}

; core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<std_atomic_relaxed::main::{{closure}},()>::{{closure}}>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr161drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h13de2565bb0c52e0E"(ptr noalias noundef align 8 dereferenceable(48) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3916 {
start:
    #dbg_value(ptr %_1, !3918, !DIExpression(), !3919)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 40, !dbg !3920
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3921), !dbg !3920
    #dbg_value(ptr %0, !3924, !DIExpression(), !3932)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3934), !dbg !3937
    #dbg_value(ptr %0, !3938, !DIExpression(), !3945)
    #dbg_value(ptr %0, !3947, !DIExpression(), !3955)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3957), !dbg !3960
    #dbg_value(ptr %0, !2334, !DIExpression(), !3961)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3963), !dbg !3966
    #dbg_value(ptr %0, !2342, !DIExpression(), !3967)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3969), !dbg !3972
    #dbg_value(ptr %0, !2352, !DIExpression(), !3973)
    #dbg_value(ptr %0, !3975, !DIExpression(), !3982)
    #dbg_value(i64 1, !2360, !DIExpression(), !3984)
    #dbg_value(i8 1, !2364, !DIExpression(), !3984)
    #dbg_value(i64 1, !2367, !DIExpression(), !3986)
    #dbg_value(i8 1, !2371, !DIExpression(), !3986)
  %_10.i.i.i.i.i = load ptr, ptr %0, align 8, !dbg !3988, !alias.scope !3995, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !2363, !DIExpression(), !3996)
    #dbg_value(ptr %_10.i.i.i.i.i, !2370, !DIExpression(), !3986)
  %1 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !3997, !noalias !3995
  %2 = icmp eq i64 %1, 1, !dbg !3998
  br i1 %2, label %bb2.i.i.i.i.i, label %bb6, !dbg !3998

bb2.i.i.i.i.i:                                    ; preds = %start
    #dbg_value(i8 2, !1987, !DIExpression(), !3999)
  fence acquire, !dbg !4001
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %0) #24, !dbg !4002
  br label %bb6, !dbg !4002

bb6:                                              ; preds = %bb2.i.i.i.i.i, %start
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17hac5e803eed1c1a93E"(ptr noalias noundef align 8 dereferenceable(32) %_1)
          to label %bb5 unwind label %cleanup1, !dbg !3920

bb2.i.i:                                          ; preds = %cleanup1
    #dbg_value(i8 2, !1987, !DIExpression(), !4003)
  fence acquire, !dbg !4007
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %4) #24
          to label %bb1 unwind label %terminate, !dbg !4008

cleanup1:                                         ; preds = %bb6
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !3920
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4009), !dbg !3920
    #dbg_value(ptr %4, !2228, !DIExpression(), !4012)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4013), !dbg !4016
    #dbg_value(ptr %4, !2238, !DIExpression(), !4017)
    #dbg_value(ptr %4, !2741, !DIExpression(), !4018)
    #dbg_value(i64 1, !2246, !DIExpression(), !4020)
    #dbg_value(i8 1, !2250, !DIExpression(), !4020)
    #dbg_value(i64 1, !2253, !DIExpression(), !4022)
    #dbg_value(i8 1, !2257, !DIExpression(), !4022)
  %_10.i.i = load ptr, ptr %4, align 8, !dbg !4024, !alias.scope !4026, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i, !2249, !DIExpression(), !4027)
    #dbg_value(ptr %_10.i.i, !2256, !DIExpression(), !4022)
  %5 = atomicrmw sub ptr %_10.i.i, i64 1 release, align 8, !dbg !4028, !noalias !4026
  %6 = icmp eq i64 %5, 1, !dbg !4029
  br i1 %6, label %bb2.i.i, label %bb1, !dbg !4029

bb5:                                              ; preds = %bb6
  %7 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !3920
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4030), !dbg !3920
    #dbg_value(ptr %7, !2228, !DIExpression(), !4033)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4035), !dbg !4038
    #dbg_value(ptr %7, !2238, !DIExpression(), !4039)
    #dbg_value(ptr %7, !2741, !DIExpression(), !4041)
    #dbg_value(i64 1, !2246, !DIExpression(), !4043)
    #dbg_value(i8 1, !2250, !DIExpression(), !4043)
    #dbg_value(i64 1, !2253, !DIExpression(), !4045)
    #dbg_value(i8 1, !2257, !DIExpression(), !4045)
  %_10.i.i3 = load ptr, ptr %7, align 8, !dbg !4047, !alias.scope !4049, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i3, !2249, !DIExpression(), !4050)
    #dbg_value(ptr %_10.i.i3, !2256, !DIExpression(), !4045)
  %8 = atomicrmw sub ptr %_10.i.i3, i64 1 release, align 8, !dbg !4051, !noalias !4049
  %9 = icmp eq i64 %8, 1, !dbg !4052
  br i1 %9, label %bb2.i.i4, label %"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E.exit5", !dbg !4052

bb2.i.i4:                                         ; preds = %bb5
    #dbg_value(i8 2, !1987, !DIExpression(), !4053)
  fence acquire, !dbg !4055
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %7) #24, !dbg !4056
  br label %"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E.exit5", !dbg !4056

"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E.exit5": ; preds = %bb5, %bb2.i.i4
  ret void, !dbg !3920

terminate:                                        ; preds = %bb2.i.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !3920
  unreachable, !dbg !3920

bb1:                                              ; preds = %cleanup1, %bb2.i.i
  resume { ptr, i32 } %3, !dbg !3920
}

; core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h7d605f79b6998cafE"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4057 {
start:
    #dbg_value(ptr %_1, !4062, !DIExpression(), !4065)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4066
  %_1.val = load ptr, ptr %0, align 8, !dbg !4066, !nonnull !23, !noundef !23
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4066
  %_1.val1 = load i64, ptr %1, align 8, !dbg !4066, !noundef !23
    #dbg_value(ptr poison, !4067, !DIExpression(), !4075)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4077), !dbg !4080
    #dbg_value(ptr %_1.val, !4081, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4091)
    #dbg_value(i64 %_1.val1, !4081, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4091)
  %_78.i.i = icmp eq i64 %_1.val1, 0, !dbg !4093
  br i1 %_78.i.i, label %bb4, label %bb5.i.i, !dbg !4093

bb5.i.i:                                          ; preds = %start, %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit.i.i"
  %_3.sroa.0.09.i.i = phi i64 [ %2, %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit.i.i" ], [ 0, %start ]
  %_6.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.val, i64 %_3.sroa.0.09.i.i, !dbg !4093
  %2 = add nuw i64 %_3.sroa.0.09.i.i, 1, !dbg !4093
  %_6.val.i.i = load ptr, ptr %_6.i.i, align 8, !dbg !4093, !alias.scope !4077
  %3 = getelementptr i8, ptr %_6.i.i, i64 8, !dbg !4093
  %_6.val7.i.i = load ptr, ptr %3, align 8, !dbg !4093, !alias.scope !4077, !nonnull !23, !align !4094, !noundef !23
    #dbg_value(ptr poison, !3813, !DIExpression(), !4095)
  %4 = load ptr, ptr %_6.val7.i.i, align 8, !dbg !4097, !invariant.load !23, !noalias !4077
  %.not.i.i.i = icmp eq ptr %4, null, !dbg !4097
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i, !dbg !4097

is_not_null.i.i.i:                                ; preds = %bb5.i.i
  %5 = icmp ne ptr %_6.val.i.i, null
  tail call void @llvm.assume(i1 %5)
  invoke void %4(ptr noundef nonnull %_6.val.i.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !dbg !4097, !noalias !4077

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb5.i.i
    #dbg_value(ptr poison, !3816, !DIExpression(), !4098)
    #dbg_value(ptr poison, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4100)
    #dbg_value(ptr %_6.val7.i.i, !3822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4100)
    #dbg_value(ptr poison, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4101)
    #dbg_value(ptr poison, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4103)
    #dbg_value(ptr poison, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4105)
    #dbg_value(ptr poison, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4107)
    #dbg_value(ptr %_6.val7.i.i, !3844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4101)
    #dbg_value(ptr %_6.val7.i.i, !3855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4103)
    #dbg_value(ptr %_6.val7.i.i, !3862, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4105)
    #dbg_value(ptr %_6.val7.i.i, !3872, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4107)
  %6 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 8, !dbg !4109
  %7 = load i64, ptr %6, align 8, !dbg !4109, !range !3641, !invariant.load !23, !noalias !4077
    #dbg_value(i64 poison, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4110)
    #dbg_value(i64 %7, !3838, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4110)
  %8 = icmp eq i64 %7, 0, !dbg !4111
  br i1 %8, label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, !dbg !4111

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 16, !dbg !4109
  %10 = load i64, ptr %9, align 8, !dbg !4112, !range !3645, !invariant.load !23, !noalias !4077
    #dbg_value(i64 %10, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4110)
  %11 = icmp ne ptr %_6.val.i.i, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %_6.val.i.i, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4101)
    #dbg_value(ptr %_6.val.i.i, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4103)
    #dbg_value(ptr %_6.val.i.i, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4105)
    #dbg_value(ptr %_6.val.i.i, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4107)
    #dbg_value(ptr %_6.val.i.i, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4100)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4113)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4115)
    #dbg_value(ptr %_6.val.i.i, !1605, !DIExpression(), !4113)
    #dbg_value(ptr %_6.val.i.i, !1613, !DIExpression(), !4115)
    #dbg_value(ptr %_6.val.i.i, !1617, !DIExpression(), !4117)
    #dbg_value(i64 %10, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4113)
    #dbg_value(i64 %10, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4115)
    #dbg_value(i64 %10, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4117)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4119)
    #dbg_value(i64 %7, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4113)
    #dbg_value(i64 %7, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4115)
    #dbg_value(i64 %7, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4117)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4119)
    #dbg_value(ptr %_6.val.i.i, !1631, !DIExpression(), !4119)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #22, !dbg !4121, !noalias !4077
  br label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit.i.i", !dbg !4122

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %12 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3816, !DIExpression(), !4123)
    #dbg_value(ptr poison, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4125)
    #dbg_value(ptr %_6.val7.i.i, !3822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4125)
    #dbg_value(ptr poison, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4126)
    #dbg_value(ptr poison, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4128)
    #dbg_value(ptr poison, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4130)
    #dbg_value(ptr poison, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4132)
    #dbg_value(ptr %_6.val7.i.i, !3844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4126)
    #dbg_value(ptr %_6.val7.i.i, !3855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4128)
    #dbg_value(ptr %_6.val7.i.i, !3862, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4130)
    #dbg_value(ptr %_6.val7.i.i, !3872, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4132)
  %13 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 8, !dbg !4134
  %14 = load i64, ptr %13, align 8, !dbg !4134, !range !3641, !invariant.load !23, !noalias !4077
    #dbg_value(i64 poison, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4135)
    #dbg_value(i64 %14, !3838, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4135)
  %15 = icmp eq i64 %14, 0, !dbg !4136
  br i1 %15, label %bb4.i.i.preheader, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, !dbg !4136

bb4.i.i.preheader:                                ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, %cleanup.i.i.i
  br label %bb4.i.i, !dbg !4093

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i: ; preds = %cleanup.i.i.i
  %16 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 16, !dbg !4134
  %17 = load i64, ptr %16, align 8, !dbg !4137, !range !3645, !invariant.load !23, !noalias !4077
    #dbg_value(i64 %17, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4135)
    #dbg_value(ptr %_6.val.i.i, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4126)
    #dbg_value(ptr %_6.val.i.i, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4128)
    #dbg_value(ptr %_6.val.i.i, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4130)
    #dbg_value(ptr %_6.val.i.i, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4132)
    #dbg_value(ptr %_6.val.i.i, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4125)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4138)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4140)
    #dbg_value(ptr %_6.val.i.i, !1605, !DIExpression(), !4138)
    #dbg_value(ptr %_6.val.i.i, !1613, !DIExpression(), !4140)
    #dbg_value(ptr %_6.val.i.i, !1617, !DIExpression(), !4142)
    #dbg_value(i64 %17, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4138)
    #dbg_value(i64 %17, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4140)
    #dbg_value(i64 %17, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4142)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4144)
    #dbg_value(i64 %14, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4138)
    #dbg_value(i64 %14, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4140)
    #dbg_value(i64 %14, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4142)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4144)
    #dbg_value(ptr %_6.val.i.i, !1631, !DIExpression(), !4144)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i, i64 noundef %14, i64 noundef range(i64 1, -9223372036854775807) %17) #22, !dbg !4146, !noalias !4077
  br label %bb4.i.i.preheader, !dbg !4147

"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, %bb3.i.i.i
  %_7.i.i = icmp eq i64 %2, %_1.val1, !dbg !4093
  br i1 %_7.i.i, label %bb4, label %bb5.i.i, !dbg !4093

bb4.i.i:                                          ; preds = %bb4.i.i.preheader, %bb3.i.i
  %_3.sroa.0.1.i.i = phi i64 [ %18, %bb3.i.i ], [ %2, %bb4.i.i.preheader ], !dbg !4093
  %_5.i.i = icmp eq i64 %_3.sroa.0.1.i.i, %_1.val1, !dbg !4093
  br i1 %_5.i.i, label %cleanup.body, label %bb3.i.i, !dbg !4093

bb3.i.i:                                          ; preds = %bb4.i.i
  %_4.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.val, i64 %_3.sroa.0.1.i.i, !dbg !4093
  %18 = add i64 %_3.sroa.0.1.i.i, 1, !dbg !4093
  %_4.val.i.i = load ptr, ptr %_4.i.i, align 8, !dbg !4093, !alias.scope !4077
  %19 = getelementptr i8, ptr %_4.i.i, i64 8, !dbg !4093
  %_4.val6.i.i = load ptr, ptr %19, align 8, !dbg !4093, !alias.scope !4077, !nonnull !23, !align !4094, !noundef !23
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E"(ptr %_4.val.i.i, ptr nonnull %_4.val6.i.i) #26
          to label %bb4.i.i unwind label %terminate.i.i, !dbg !4093, !noalias !4077

terminate.i.i:                                    ; preds = %bb3.i.i
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !4093, !noalias !4077
  unreachable, !dbg !4093

cleanup.body:                                     ; preds = %bb4.i.i
  %_1.val2 = load i64, ptr %_1, align 8, !dbg !4066, !range !3641, !noundef !23
    #dbg_value(ptr poison, !4148, !DIExpression(), !4156)
    #dbg_value(ptr poison, !4158, !DIExpression(), !4164)
    #dbg_value(ptr poison, !1554, !DIExpression(), !4166)
    #dbg_value(i64 8, !1561, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4166)
    #dbg_value(i64 16, !1561, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4166)
    #dbg_value(ptr poison, !1567, !DIExpression(), !4168)
    #dbg_value(i64 8, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4168)
    #dbg_value(i64 16, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4168)
    #dbg_value(i64 16, !4170, !DIExpression(), !4176)
  %21 = icmp eq i64 %_1.val2, 0, !dbg !4178
  br i1 %21, label %bb1, label %bb2.i.i.i, !dbg !4178

bb2.i.i.i:                                        ; preds = %cleanup.body
    #dbg_value(i64 %_1.val2, !4175, !DIExpression(), !4176)
  %alloc_size.i.i.i.i = shl nuw i64 %_1.val2, 4, !dbg !4179
    #dbg_value(ptr %_1.val, !1562, !DIExpression(), !4180)
    #dbg_value(i64 8, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4180)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4180)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4181)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4183)
    #dbg_value(ptr %_1.val, !1605, !DIExpression(), !4181)
    #dbg_value(ptr %_1.val, !1613, !DIExpression(), !4183)
    #dbg_value(ptr %_1.val, !1617, !DIExpression(), !4185)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4181)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4183)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4185)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4187)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4181)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4183)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4185)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4187)
    #dbg_value(ptr %_1.val, !1631, !DIExpression(), !4187)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val, i64 noundef %alloc_size.i.i.i.i, i64 noundef range(i64 1, -9223372036854775807) 8) #22, !dbg !4189
  br label %bb1, !dbg !4190

bb4:                                              ; preds = %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit.i.i", %start
  %_1.val4 = load i64, ptr %_1, align 8, !dbg !4066, !range !3641, !noundef !23
    #dbg_value(ptr poison, !4148, !DIExpression(), !4191)
    #dbg_value(ptr poison, !4158, !DIExpression(), !4193)
    #dbg_value(ptr poison, !1554, !DIExpression(), !4195)
    #dbg_value(i64 8, !1561, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4195)
    #dbg_value(i64 16, !1561, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4195)
    #dbg_value(ptr poison, !1567, !DIExpression(), !4197)
    #dbg_value(i64 8, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4197)
    #dbg_value(i64 16, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4197)
    #dbg_value(i64 16, !4170, !DIExpression(), !4199)
  %22 = icmp eq i64 %_1.val4, 0, !dbg !4201
  br i1 %22, label %"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h3234166f21b58597E.exit8", label %bb2.i.i.i6, !dbg !4201

bb2.i.i.i6:                                       ; preds = %bb4
    #dbg_value(i64 %_1.val4, !4175, !DIExpression(), !4199)
  %alloc_size.i.i.i.i7 = shl nuw i64 %_1.val4, 4, !dbg !4202
    #dbg_value(ptr %_1.val, !1562, !DIExpression(), !4203)
    #dbg_value(i64 8, !1564, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4203)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1564, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4203)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4204)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4206)
    #dbg_value(ptr %_1.val, !1605, !DIExpression(), !4204)
    #dbg_value(ptr %_1.val, !1613, !DIExpression(), !4206)
    #dbg_value(ptr %_1.val, !1617, !DIExpression(), !4208)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4204)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4206)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4208)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4210)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4204)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4206)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4208)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4210)
    #dbg_value(ptr %_1.val, !1631, !DIExpression(), !4210)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val, i64 noundef %alloc_size.i.i.i.i7, i64 noundef range(i64 1, -9223372036854775807) 8) #22, !dbg !4212
  br label %"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h3234166f21b58597E.exit8", !dbg !4213

"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h3234166f21b58597E.exit8": ; preds = %bb4, %bb2.i.i.i6
  ret void, !dbg !4066

bb1:                                              ; preds = %bb2.i.i.i, %cleanup.body
  resume { ptr, i32 } %12, !dbg !4066
}

; core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4214 {
start:
    #dbg_value(ptr %_1, !4219, !DIExpression(), !4222)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4223), !dbg !4226
    #dbg_value(ptr %_1, !3547, !DIExpression(), !4227)
  %_2.i = load i64, ptr %_1, align 8, !dbg !4229, !range !1637, !alias.scope !4223, !noundef !23
  %0 = icmp eq i64 %_2.i, 0, !dbg !4229
  br i1 %0, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E.exit", label %bb2.i, !dbg !4229

bb2.i:                                            ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4229
  %.val.i = load ptr, ptr %1, align 8, !dbg !4229, !alias.scope !4223, !align !1643, !noundef !23
  %2 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4229
  %.val1.i = load ptr, ptr %2, align 8, !dbg !4229, !alias.scope !4223
    #dbg_value(ptr poison, !3555, !DIExpression(), !4230)
  %3 = icmp eq ptr %.val.i, null, !dbg !4232
  br i1 %3, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E.exit", label %bb2.i.i, !dbg !4232

bb2.i.i:                                          ; preds = %bb2.i
    #dbg_value(ptr poison, !3564, !DIExpression(), !4233)
  %4 = icmp ne ptr %.val1.i, null
  tail call void @llvm.assume(i1 %4)
  %5 = load ptr, ptr %.val1.i, align 8, !dbg !4235, !invariant.load !23, !noalias !4236
  %.not.i.i.i = icmp eq ptr %5, null, !dbg !4235
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i, !dbg !4235

is_not_null.i.i.i:                                ; preds = %bb2.i.i
  invoke void %5(ptr noundef nonnull %.val.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !dbg !4235, !noalias !4236

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb2.i.i
    #dbg_value(ptr poison, !3576, !DIExpression(), !4239)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4241)
    #dbg_value(ptr %.val1.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4241)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4242)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4244)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4246)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4248)
    #dbg_value(ptr %.val1.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4242)
    #dbg_value(ptr %.val1.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4244)
    #dbg_value(ptr %.val1.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4246)
    #dbg_value(ptr %.val1.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4248)
  %6 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 8, !dbg !4250
  %7 = load i64, ptr %6, align 8, !dbg !4250, !range !3641, !invariant.load !23, !noalias !4236
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4251)
    #dbg_value(i64 %7, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4251)
  %8 = icmp eq i64 %7, 0, !dbg !4252
  br i1 %8, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, !dbg !4252

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 16, !dbg !4250
  %10 = load i64, ptr %9, align 8, !dbg !4253, !range !3645, !invariant.load !23, !noalias !4236
    #dbg_value(i64 %10, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4251)
    #dbg_value(ptr %.val.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4242)
    #dbg_value(ptr %.val.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4244)
    #dbg_value(ptr %.val.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4246)
    #dbg_value(ptr %.val.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4248)
    #dbg_value(ptr %.val.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4241)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4254)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4256)
    #dbg_value(ptr %.val.i, !1605, !DIExpression(), !4254)
    #dbg_value(ptr %.val.i, !1613, !DIExpression(), !4256)
    #dbg_value(ptr %.val.i, !1617, !DIExpression(), !4258)
    #dbg_value(i64 %10, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4254)
    #dbg_value(i64 %10, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4256)
    #dbg_value(i64 %10, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4258)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4260)
    #dbg_value(i64 %7, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4254)
    #dbg_value(i64 %7, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4256)
    #dbg_value(i64 %7, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4258)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4260)
    #dbg_value(ptr %.val.i, !1631, !DIExpression(), !4260)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #22, !dbg !4262, !noalias !4236
  br label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E.exit", !dbg !4263

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %11 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3576, !DIExpression(), !4264)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4266)
    #dbg_value(ptr %.val1.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4266)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4267)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4269)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4271)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4273)
    #dbg_value(ptr %.val1.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4267)
    #dbg_value(ptr %.val1.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4269)
    #dbg_value(ptr %.val1.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4271)
    #dbg_value(ptr %.val1.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4273)
  %12 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 8, !dbg !4275
  %13 = load i64, ptr %12, align 8, !dbg !4275, !range !3641, !invariant.load !23, !noalias !4236
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4276)
    #dbg_value(i64 %13, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4276)
  %14 = icmp eq i64 %13, 0, !dbg !4277
  br i1 %14, label %bb1.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, !dbg !4277

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i: ; preds = %cleanup.i.i.i
  %15 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 16, !dbg !4275
  %16 = load i64, ptr %15, align 8, !dbg !4278, !range !3645, !invariant.load !23, !noalias !4236
    #dbg_value(i64 %16, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4276)
    #dbg_value(ptr %.val.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4267)
    #dbg_value(ptr %.val.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4269)
    #dbg_value(ptr %.val.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4271)
    #dbg_value(ptr %.val.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4273)
    #dbg_value(ptr %.val.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4266)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4279)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4281)
    #dbg_value(ptr %.val.i, !1605, !DIExpression(), !4279)
    #dbg_value(ptr %.val.i, !1613, !DIExpression(), !4281)
    #dbg_value(ptr %.val.i, !1617, !DIExpression(), !4283)
    #dbg_value(i64 %16, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4279)
    #dbg_value(i64 %16, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4281)
    #dbg_value(i64 %16, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4283)
    #dbg_value(i64 %16, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4285)
    #dbg_value(i64 %13, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4279)
    #dbg_value(i64 %13, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4281)
    #dbg_value(i64 %13, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4283)
    #dbg_value(i64 %13, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4285)
    #dbg_value(ptr %.val.i, !1631, !DIExpression(), !4285)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i, i64 noundef %13, i64 noundef range(i64 1, -9223372036854775807) %16) #22, !dbg !4287, !noalias !4236
  br label %bb1.i.i.i, !dbg !4288

bb1.i.i.i:                                        ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, %cleanup.i.i.i
  resume { ptr, i32 } %11, !dbg !4235

"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E.exit": ; preds = %start, %bb2.i, %bb3.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i
  ret void, !dbg !4226
}

; core::ptr::drop_in_place<std::io::error::Error>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha0cddcdf4f650811E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4289 {
start:
    #dbg_value(ptr %_1, !4294, !DIExpression(), !4297)
  %_1.val = load ptr, ptr %_1, align 8, !dbg !4298, !nonnull !23, !noundef !23
    #dbg_value(ptr poison, !4299, !DIExpression(), !4307)
    #dbg_value(ptr poison, !4309, !DIExpression(), !4316)
    #dbg_value(ptr %_1.val, !4318, !DIExpression(), !4338)
    #dbg_declare(ptr poison, !4325, !DIExpression(), !4340)
    #dbg_value(i64 1, !4341, !DIExpression(), !4345)
    #dbg_value(i64 1, !4347, !DIExpression(), !4351)
    #dbg_value(i64 -1, !4353, !DIExpression(), !4357)
    #dbg_value(ptr %_1.val, !4359, !DIExpression(), !4364)
    #dbg_value(ptr %_1.val, !4344, !DIExpression(), !4345)
  %bits.i.i.i = ptrtoint ptr %_1.val to i64, !dbg !4366
    #dbg_value(i64 %bits.i.i.i, !4326, !DIExpression(), !4367)
  %_5.i.i.i = and i64 %bits.i.i.i, 3, !dbg !4368
  switch i64 %_5.i.i.i, label %default.unreachable [
    i64 2, label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17h70753410869f463fE.exit"
    i64 3, label %bb4.i.i.i
    i64 0, label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17h70753410869f463fE.exit"
    i64 1, label %bb2.i2.i.i
  ], !dbg !4369, !prof !3081

default.unreachable:                              ; preds = %start
  unreachable

bb4.i.i.i:                                        ; preds = %start
    #dbg_value(i64 %bits.i.i.i, !4330, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !4370)
    #dbg_value(i32 poison, !4371, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !4385)
    #dbg_value(ptr poison, !4382, !DIExpression(), !4387)
  %0 = icmp ult ptr %_1.val, inttoptr (i64 180388626432 to ptr), !dbg !4388
  tail call void @llvm.assume(i1 %0), !dbg !4389
  br label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17h70753410869f463fE.exit", !dbg !4390

bb2.i2.i.i:                                       ; preds = %start
    #dbg_value(ptr %_1.val, !4350, !DIExpression(), !4351)
    #dbg_value(ptr %_1.val, !4356, !DIExpression(), !4357)
  %1 = getelementptr i8, ptr %_1.val, i64 -1, !dbg !4391
    #dbg_value(ptr poison, !4392, !DIExpression(), !4398)
  %2 = icmp ne ptr %1, null
  tail call void @llvm.assume(i1 %2)
    #dbg_value(ptr poison, !4400, !DIExpression(), !4408)
  %_6.val.i.i.i.i = load ptr, ptr %1, align 8, !dbg !4410
  %3 = getelementptr i8, ptr %_1.val, i64 7, !dbg !4410
  %_6.val1.i.i.i.i = load ptr, ptr %3, align 8, !dbg !4410, !nonnull !23, !align !4094, !noundef !23
    #dbg_value(ptr poison, !4411, !DIExpression(), !4418)
    #dbg_value(ptr poison, !4420, !DIExpression(), !4428)
  %4 = load ptr, ptr %_6.val1.i.i.i.i, align 8, !dbg !4430, !invariant.load !23
  %.not.i.i.i.i.i.i = icmp eq ptr %4, null, !dbg !4430
  br i1 %.not.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i, label %is_not_null.i.i.i.i.i.i, !dbg !4430

is_not_null.i.i.i.i.i.i:                          ; preds = %bb2.i2.i.i
  %5 = icmp ne ptr %_6.val.i.i.i.i, null
  tail call void @llvm.assume(i1 %5)
  invoke void %4(ptr noundef nonnull %_6.val.i.i.i.i)
          to label %bb3.i.i.i.i.i.i unwind label %cleanup.i.i.i.i.i.i, !dbg !4430

bb3.i.i.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i.i.i, %bb2.i2.i.i
    #dbg_value(ptr poison, !4431, !DIExpression(), !4456)
    #dbg_value(ptr poison, !4437, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4458)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4437, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4458)
    #dbg_value(ptr poison, !4459, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4468)
    #dbg_value(ptr poison, !4470, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4475)
    #dbg_value(ptr poison, !4477, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4485)
    #dbg_value(ptr poison, !4487, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4490)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4459, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4468)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4470, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4475)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4477, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4485)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4487, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4490)
  %6 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 8, !dbg !4492
  %7 = load i64, ptr %6, align 8, !dbg !4492, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !4453, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4493)
    #dbg_value(i64 %7, !4453, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4493)
  %8 = icmp eq i64 %7, 0, !dbg !4494
  br i1 %8, label %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h24380e7463a17845E.exit.i.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i, !dbg !4494

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 16, !dbg !4492
  %10 = load i64, ptr %9, align 8, !dbg !4495, !range !3645, !invariant.load !23
    #dbg_value(i64 %10, !4453, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4493)
  %11 = icmp ne ptr %_6.val.i.i.i.i, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %_6.val.i.i.i.i, !4459, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4468)
    #dbg_value(ptr %_6.val.i.i.i.i, !4470, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4475)
    #dbg_value(ptr %_6.val.i.i.i.i, !4477, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4485)
    #dbg_value(ptr %_6.val.i.i.i.i, !4487, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4490)
    #dbg_value(ptr %_6.val.i.i.i.i, !4437, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4458)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4496)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4498)
    #dbg_value(ptr %_6.val.i.i.i.i, !1605, !DIExpression(), !4496)
    #dbg_value(ptr %_6.val.i.i.i.i, !1613, !DIExpression(), !4498)
    #dbg_value(ptr %_6.val.i.i.i.i, !1617, !DIExpression(), !4500)
    #dbg_value(i64 %10, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4496)
    #dbg_value(i64 %10, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4498)
    #dbg_value(i64 %10, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4500)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4502)
    #dbg_value(i64 %7, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4496)
    #dbg_value(i64 %7, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4498)
    #dbg_value(i64 %7, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4500)
    #dbg_value(i64 %7, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4502)
    #dbg_value(ptr %_6.val.i.i.i.i, !1631, !DIExpression(), !4502)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i.i.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #22, !dbg !4504
  br label %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h24380e7463a17845E.exit.i.i.i", !dbg !4505

cleanup.i.i.i.i.i.i:                              ; preds = %is_not_null.i.i.i.i.i.i
  %12 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !4431, !DIExpression(), !4506)
    #dbg_value(ptr poison, !4437, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4508)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4437, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4508)
    #dbg_value(ptr poison, !4459, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4509)
    #dbg_value(ptr poison, !4470, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4511)
    #dbg_value(ptr poison, !4477, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4513)
    #dbg_value(ptr poison, !4487, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4515)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4459, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4509)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4470, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4511)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4477, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4513)
    #dbg_value(ptr %_6.val1.i.i.i.i, !4487, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4515)
  %13 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 8, !dbg !4517
  %14 = load i64, ptr %13, align 8, !dbg !4517, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !4453, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4518)
    #dbg_value(i64 %14, !4453, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4518)
  %15 = icmp eq i64 %14, 0, !dbg !4519
  br i1 %15, label %bb1.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i, !dbg !4519

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i: ; preds = %cleanup.i.i.i.i.i.i
  %16 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 16, !dbg !4517
  %17 = load i64, ptr %16, align 8, !dbg !4520, !range !3645, !invariant.load !23
    #dbg_value(i64 %17, !4453, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4518)
    #dbg_value(ptr %_6.val.i.i.i.i, !4459, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4509)
    #dbg_value(ptr %_6.val.i.i.i.i, !4470, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4511)
    #dbg_value(ptr %_6.val.i.i.i.i, !4477, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4513)
    #dbg_value(ptr %_6.val.i.i.i.i, !4487, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4515)
    #dbg_value(ptr %_6.val.i.i.i.i, !4437, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4508)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4521)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4523)
    #dbg_value(ptr %_6.val.i.i.i.i, !1605, !DIExpression(), !4521)
    #dbg_value(ptr %_6.val.i.i.i.i, !1613, !DIExpression(), !4523)
    #dbg_value(ptr %_6.val.i.i.i.i, !1617, !DIExpression(), !4525)
    #dbg_value(i64 %17, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4521)
    #dbg_value(i64 %17, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4523)
    #dbg_value(i64 %17, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4525)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4527)
    #dbg_value(i64 %14, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4521)
    #dbg_value(i64 %14, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4523)
    #dbg_value(i64 %14, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4525)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4527)
    #dbg_value(ptr %_6.val.i.i.i.i, !1631, !DIExpression(), !4527)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i.i.i, i64 noundef %14, i64 noundef range(i64 1, -9223372036854775807) %17) #22, !dbg !4529
  br label %bb1.i.i.i.i, !dbg !4530

bb1.i.i.i.i:                                      ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i, %cleanup.i.i.i.i.i.i
    #dbg_value(ptr poison, !4531, !DIExpression(), !4551)
    #dbg_value(i64 8, !4548, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4553)
    #dbg_value(i64 24, !4548, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4553)
    #dbg_value(ptr %1, !4537, !DIExpression(), !4554)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4555)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4557)
    #dbg_value(ptr %1, !1605, !DIExpression(), !4555)
    #dbg_value(ptr %1, !1613, !DIExpression(), !4557)
    #dbg_value(ptr %1, !1617, !DIExpression(), !4559)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4555)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4557)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4559)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4561)
    #dbg_value(i64 24, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4555)
    #dbg_value(i64 24, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4557)
    #dbg_value(i64 24, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4559)
    #dbg_value(i64 24, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4561)
    #dbg_value(ptr %1, !1631, !DIExpression(), !4561)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %1, i64 noundef 24, i64 noundef 8) #22, !dbg !4563
  resume { ptr, i32 } %12, !dbg !4410

"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h24380e7463a17845E.exit.i.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i
    #dbg_value(ptr poison, !4531, !DIExpression(), !4564)
    #dbg_value(i64 8, !4548, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4566)
    #dbg_value(i64 24, !4548, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4566)
    #dbg_value(ptr %1, !4537, !DIExpression(), !4567)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4568)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4570)
    #dbg_value(ptr %1, !1605, !DIExpression(), !4568)
    #dbg_value(ptr %1, !1613, !DIExpression(), !4570)
    #dbg_value(ptr %1, !1617, !DIExpression(), !4572)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4568)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4570)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4572)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4574)
    #dbg_value(i64 24, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4568)
    #dbg_value(i64 24, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4570)
    #dbg_value(i64 24, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4572)
    #dbg_value(i64 24, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4574)
    #dbg_value(ptr %1, !1631, !DIExpression(), !4574)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %1, i64 noundef 24, i64 noundef 8) #22, !dbg !4576
  br label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17h70753410869f463fE.exit", !dbg !4577

"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17h70753410869f463fE.exit": ; preds = %start, %start, %bb4.i.i.i, %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h24380e7463a17845E.exit.i.i.i"
  ret void, !dbg !4298
}

; core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h916e29c4ffbd68faE"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4578 {
start:
    #dbg_value(ptr %_1, !4582, !DIExpression(), !4583)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4584), !dbg !4587
    #dbg_value(ptr %_1, !1899, !DIExpression(), !4588)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4590), !dbg !4593
    #dbg_value(ptr %_1, !1913, !DIExpression(), !4594)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4596), !dbg !4599
    #dbg_value(ptr %_1, !1927, !DIExpression(), !4600)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4602), !dbg !4605
    #dbg_value(ptr %_1, !1941, !DIExpression(), !4606)
    #dbg_value(ptr %_1, !1950, !DIExpression(), !4608)
    #dbg_value(i64 1, !1959, !DIExpression(), !4610)
    #dbg_value(i8 1, !1964, !DIExpression(), !4610)
    #dbg_value(i64 1, !1967, !DIExpression(), !4612)
    #dbg_value(i8 1, !1971, !DIExpression(), !4612)
  %_10.i.i.i.i = load ptr, ptr %_1, align 8, !dbg !4614, !alias.scope !4616, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i, !1963, !DIExpression(), !4617)
    #dbg_value(ptr %_10.i.i.i.i, !1970, !DIExpression(), !4612)
  %0 = atomicrmw sub ptr %_10.i.i.i.i, i64 1 release, align 8, !dbg !4618, !noalias !4616
  %1 = icmp eq i64 %0, 1, !dbg !4619
  br i1 %1, label %bb2.i.i.i.i, label %bb4, !dbg !4619

bb2.i.i.i.i:                                      ; preds = %start
    #dbg_value(i8 2, !1987, !DIExpression(), !4620)
  fence acquire, !dbg !4622
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %_1) #24
          to label %bb4 unwind label %cleanup, !dbg !4623

cleanup:                                          ; preds = %bb2.i.i.i.i
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4587
  %.val = load ptr, ptr %3, align 8, !dbg !4587
  %4 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4587
  %.val1 = load ptr, ptr %4, align 8, !dbg !4587, !nonnull !23, !align !4094, !noundef !23
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E"(ptr %.val, ptr nonnull %.val1) #26
          to label %common.resume unwind label %terminate, !dbg !4587

bb4:                                              ; preds = %start, %bb2.i.i.i.i
  %5 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4587
  %.val2 = load ptr, ptr %5, align 8, !dbg !4587
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4587
  %.val3 = load ptr, ptr %6, align 8, !dbg !4587, !nonnull !23, !align !4094, !noundef !23
    #dbg_value(ptr poison, !3813, !DIExpression(), !4624)
  %7 = load ptr, ptr %.val3, align 8, !dbg !4626, !invariant.load !23
  %.not.i = icmp eq ptr %7, null, !dbg !4626
  br i1 %.not.i, label %bb3.i, label %is_not_null.i, !dbg !4626

is_not_null.i:                                    ; preds = %bb4
  %8 = icmp ne ptr %.val2, null
  tail call void @llvm.assume(i1 %8)
  invoke void %7(ptr noundef nonnull %.val2)
          to label %bb3.i unwind label %cleanup.i, !dbg !4626

bb3.i:                                            ; preds = %is_not_null.i, %bb4
    #dbg_value(ptr poison, !3816, !DIExpression(), !4627)
    #dbg_value(ptr poison, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4629)
    #dbg_value(ptr %.val3, !3822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4629)
    #dbg_value(ptr poison, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4630)
    #dbg_value(ptr poison, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4632)
    #dbg_value(ptr poison, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4634)
    #dbg_value(ptr poison, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4636)
    #dbg_value(ptr %.val3, !3844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4630)
    #dbg_value(ptr %.val3, !3855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4632)
    #dbg_value(ptr %.val3, !3862, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4634)
    #dbg_value(ptr %.val3, !3872, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4636)
  %9 = getelementptr inbounds nuw i8, ptr %.val3, i64 8, !dbg !4638
  %10 = load i64, ptr %9, align 8, !dbg !4638, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4639)
    #dbg_value(i64 %10, !3838, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4639)
  %11 = icmp eq i64 %10, 0, !dbg !4640
  br i1 %11, label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, !dbg !4640

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
  %12 = getelementptr inbounds nuw i8, ptr %.val3, i64 16, !dbg !4638
  %13 = load i64, ptr %12, align 8, !dbg !4641, !range !3645, !invariant.load !23
    #dbg_value(i64 %13, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4639)
  %14 = icmp ne ptr %.val2, null
  tail call void @llvm.assume(i1 %14)
    #dbg_value(ptr %.val2, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4630)
    #dbg_value(ptr %.val2, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4632)
    #dbg_value(ptr %.val2, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4634)
    #dbg_value(ptr %.val2, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4636)
    #dbg_value(ptr %.val2, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4629)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4642)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4644)
    #dbg_value(ptr %.val2, !1605, !DIExpression(), !4642)
    #dbg_value(ptr %.val2, !1613, !DIExpression(), !4644)
    #dbg_value(ptr %.val2, !1617, !DIExpression(), !4646)
    #dbg_value(i64 %13, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4642)
    #dbg_value(i64 %13, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4644)
    #dbg_value(i64 %13, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4646)
    #dbg_value(i64 %13, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4648)
    #dbg_value(i64 %10, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4642)
    #dbg_value(i64 %10, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4644)
    #dbg_value(i64 %10, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4646)
    #dbg_value(i64 %10, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4648)
    #dbg_value(ptr %.val2, !1631, !DIExpression(), !4648)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val2, i64 noundef %10, i64 noundef range(i64 1, -9223372036854775807) %13) #22, !dbg !4650
  br label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit", !dbg !4651

cleanup.i:                                        ; preds = %is_not_null.i
  %15 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3816, !DIExpression(), !4652)
    #dbg_value(ptr poison, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4654)
    #dbg_value(ptr %.val3, !3822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4654)
    #dbg_value(ptr poison, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4655)
    #dbg_value(ptr poison, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4657)
    #dbg_value(ptr poison, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4659)
    #dbg_value(ptr poison, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4661)
    #dbg_value(ptr %.val3, !3844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4655)
    #dbg_value(ptr %.val3, !3855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4657)
    #dbg_value(ptr %.val3, !3862, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4659)
    #dbg_value(ptr %.val3, !3872, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4661)
  %16 = getelementptr inbounds nuw i8, ptr %.val3, i64 8, !dbg !4663
  %17 = load i64, ptr %16, align 8, !dbg !4663, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4664)
    #dbg_value(i64 %17, !3838, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4664)
  %18 = icmp eq i64 %17, 0, !dbg !4665
  br i1 %18, label %common.resume, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, !dbg !4665

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
  %19 = getelementptr inbounds nuw i8, ptr %.val3, i64 16, !dbg !4663
  %20 = load i64, ptr %19, align 8, !dbg !4666, !range !3645, !invariant.load !23
    #dbg_value(i64 %20, !3838, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4664)
    #dbg_value(ptr %.val2, !3844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4655)
    #dbg_value(ptr %.val2, !3855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4657)
    #dbg_value(ptr %.val2, !3862, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4659)
    #dbg_value(ptr %.val2, !3872, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4661)
    #dbg_value(ptr %.val2, !3822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4654)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4667)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4669)
    #dbg_value(ptr %.val2, !1605, !DIExpression(), !4667)
    #dbg_value(ptr %.val2, !1613, !DIExpression(), !4669)
    #dbg_value(ptr %.val2, !1617, !DIExpression(), !4671)
    #dbg_value(i64 %20, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4667)
    #dbg_value(i64 %20, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4669)
    #dbg_value(i64 %20, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4671)
    #dbg_value(i64 %20, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4673)
    #dbg_value(i64 %17, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4667)
    #dbg_value(i64 %17, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4669)
    #dbg_value(i64 %17, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4671)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4673)
    #dbg_value(ptr %.val2, !1631, !DIExpression(), !4673)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val2, i64 noundef %17, i64 noundef range(i64 1, -9223372036854775807) %20) #22, !dbg !4675
  br label %common.resume, !dbg !4676

common.resume:                                    ; preds = %cleanup, %cleanup.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i
  %common.resume.op = phi { ptr, i32 } [ %15, %cleanup.i ], [ %15, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i ], [ %2, %cleanup ]
  resume { ptr, i32 } %common.resume.op, !dbg !4587

"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E.exit": ; preds = %bb3.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i
  ret void, !dbg !4587

terminate:                                        ; preds = %cleanup
  %21 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !4587
  unreachable, !dbg !4587
}

; core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17hac5e803eed1c1a93E"(ptr noalias noundef nonnull align 8 dereferenceable(32) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4677 {
start:
    #dbg_value(ptr %_1, !4682, !DIExpression(), !4685)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !4686
    #dbg_value(ptr %0, !4687, !DIExpression(), !4695)
; invoke <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
  invoke void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull align 8 dereferenceable(8) %0)
          to label %bb4.i unwind label %cleanup.i, !dbg !4697

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4698), !dbg !4697
    #dbg_value(ptr %0, !4701, !DIExpression(), !4709)
  %2 = load ptr, ptr %0, align 8, !dbg !4711, !alias.scope !4712, !noundef !23
  %3 = icmp eq ptr %2, null, !dbg !4711
  br i1 %3, label %cleanup.body, label %bb2.i.i, !dbg !4711

bb2.i.i:                                          ; preds = %cleanup.i
    #dbg_value(ptr %0, !4715, !DIExpression(), !4721)
    #dbg_value(ptr %0, !4723, !DIExpression(), !4729)
    #dbg_value(i64 1, !4731, !DIExpression(), !4736)
    #dbg_value(i8 1, !4735, !DIExpression(), !4736)
    #dbg_value(i64 1, !4738, !DIExpression(), !4743)
    #dbg_value(i8 1, !4742, !DIExpression(), !4743)
    #dbg_value(ptr %2, !4734, !DIExpression(), !4745)
    #dbg_value(ptr %2, !4741, !DIExpression(), !4743)
  %4 = atomicrmw sub ptr %2, i64 1 release, align 8, !dbg !4746, !noalias !4747
  %5 = icmp eq i64 %4, 1, !dbg !4752
  br i1 %5, label %bb2.i.i.i.i, label %cleanup.body, !dbg !4752

bb2.i.i.i.i:                                      ; preds = %bb2.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !4753)
  fence acquire, !dbg !4755
; invoke <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %0) #24
          to label %cleanup.body unwind label %terminate.i, !dbg !4756

bb4.i:                                            ; preds = %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4757), !dbg !4697
    #dbg_value(ptr %0, !4701, !DIExpression(), !4760)
  %6 = load ptr, ptr %0, align 8, !dbg !4762, !alias.scope !4763, !noundef !23
  %7 = icmp eq ptr %6, null, !dbg !4762
  br i1 %7, label %bb4, label %bb2.i1.i, !dbg !4762

bb2.i1.i:                                         ; preds = %bb4.i
    #dbg_value(ptr %0, !4715, !DIExpression(), !4764)
    #dbg_value(ptr %0, !4723, !DIExpression(), !4766)
    #dbg_value(i64 1, !4731, !DIExpression(), !4768)
    #dbg_value(i8 1, !4735, !DIExpression(), !4768)
    #dbg_value(i64 1, !4738, !DIExpression(), !4770)
    #dbg_value(i8 1, !4742, !DIExpression(), !4770)
    #dbg_value(ptr %6, !4734, !DIExpression(), !4772)
    #dbg_value(ptr %6, !4741, !DIExpression(), !4770)
  %8 = atomicrmw sub ptr %6, i64 1 release, align 8, !dbg !4773, !noalias !4774
  %9 = icmp eq i64 %8, 1, !dbg !4779
  br i1 %9, label %bb2.i.i.i2.i, label %bb4, !dbg !4779

bb2.i.i.i2.i:                                     ; preds = %bb2.i1.i
    #dbg_value(i8 2, !1987, !DIExpression(), !4780)
  fence acquire, !dbg !4782
; invoke <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %0) #24
          to label %bb4 unwind label %cleanup, !dbg !4783

terminate.i:                                      ; preds = %bb2.i.i.i.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !4697
  unreachable, !dbg !4697

cleanup:                                          ; preds = %bb2.i.i.i2.i
  %11 = landingpad { ptr, i32 }
          cleanup
  br label %cleanup.body, !dbg !4686

cleanup.body:                                     ; preds = %cleanup.i, %bb2.i.i, %bb2.i.i.i.i, %cleanup
  %eh.lpad-body = phi { ptr, i32 } [ %11, %cleanup ], [ %1, %bb2.i.i.i.i ], [ %1, %bb2.i.i ], [ %1, %cleanup.i ]
; invoke core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  invoke fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h7d605f79b6998cafE"(ptr noalias noundef align 8 dereferenceable(24) %_1) #26
          to label %bb1 unwind label %terminate, !dbg !4686

bb4:                                              ; preds = %bb2.i1.i, %bb4.i, %bb2.i.i.i2.i
; call core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  tail call fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h7d605f79b6998cafE"(ptr noalias noundef align 8 dereferenceable(24) %_1), !dbg !4686
  ret void, !dbg !4686

terminate:                                        ; preds = %cleanup.body
  %12 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !4686
  unreachable, !dbg !4686

bb1:                                              ; preds = %cleanup.body
  resume { ptr, i32 } %eh.lpad-body, !dbg !4686
}

; core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h2d3d0a6ec9fc173bE"(ptr noalias noundef nonnull align 8 captures(none) dereferenceable(32) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4784 {
start:
  %_11.i = alloca [0 x i8], align 1
    #dbg_value(ptr poison, !4790, !DIExpression(), !4828)
    #dbg_value(ptr poison, !4796, !DIExpression(), !4857)
    #dbg_value(ptr poison, !4795, !DIExpression(), !4858)
    #dbg_value(ptr poison, !4859, !DIExpression(), !4869)
    #dbg_value(ptr poison, !4866, !DIExpression(), !4871)
    #dbg_value(ptr poison, !4864, !DIExpression(), !4872)
    #dbg_value(ptr poison, !4838, !DIExpression(), !4873)
  %_12.i = alloca [8 x i8], align 8
    #dbg_value(ptr %_1, !4789, !DIExpression(), !4874)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4875), !dbg !4878
    #dbg_value(ptr %_1, !4850, !DIExpression(), !4879)
    #dbg_declare(ptr poison, !4852, !DIExpression(), !4880)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !4881
  %_5.i = load i64, ptr %0, align 8, !dbg !4881, !range !1637, !alias.scope !4875, !noundef !23
  %1 = trunc nuw i64 %_5.i to i1, !dbg !4882
  %2 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !4882
  %3 = load ptr, ptr %2, align 8, !dbg !4882, !alias.scope !4875, !align !1643
  %4 = icmp ne ptr %3, null, !dbg !4882
  %unhandled_panic.sroa.0.0.i = select i1 %1, i1 %4, i1 false, !dbg !4882
    #dbg_value(i8 poison, !4851, !DIExpression(), !4883)
    #dbg_value(ptr %0, !4843, !DIExpression(), !4884)
    #dbg_value(ptr %0, !4836, !DIExpression(), !4885)
    #dbg_value(ptr %0, !4837, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4886)
    #dbg_value(ptr undef, !4838, !DIExpression(), !4873)
    #dbg_value(ptr undef, !4795, !DIExpression(), !4858)
    #dbg_value(ptr undef, !4796, !DIExpression(), !4857)
    #dbg_value(ptr undef, !4790, !DIExpression(), !4828)
    #dbg_value(ptr %0, !4826, !DIExpression(), !4887)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4888), !dbg !4891
    #dbg_value(ptr %0, !4892, !DIExpression(), !4901)
    #dbg_declare(ptr poison, !4898, !DIExpression(), !4903)
    #dbg_declare(ptr poison, !4897, !DIExpression(), !4903)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4904), !dbg !4907
    #dbg_value(ptr %0, !4908, !DIExpression(), !4916)
    #dbg_declare(ptr poison, !4913, !DIExpression(), !4918)
    #dbg_value(ptr poison, !4919, !DIExpression(DW_OP_deref, DW_OP_deref, DW_OP_LLVM_fragment, 0, 64), !4925)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4927), !dbg !4930
    #dbg_value(ptr %0, !3547, !DIExpression(), !4931)
  %5 = icmp eq i64 %_5.i, 0, !dbg !4933
  br i1 %5, label %bb17.thread.i, label %bb2.i.i.i.i.i.i, !dbg !4933

bb2.i.i.i.i.i.i:                                  ; preds = %start
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !4933
  %.val1.i.i.i.i.i.i = load ptr, ptr %6, align 8, !dbg !4933, !alias.scope !4934
    #dbg_value(ptr poison, !3555, !DIExpression(), !4935)
  %7 = icmp eq ptr %3, null, !dbg !4937
  br i1 %7, label %bb17.thread.i, label %bb2.i.i.i.i.i.i.i, !dbg !4937

bb2.i.i.i.i.i.i.i:                                ; preds = %bb2.i.i.i.i.i.i
    #dbg_value(ptr poison, !3564, !DIExpression(), !4938)
  %8 = icmp ne ptr %.val1.i.i.i.i.i.i, null
  tail call void @llvm.assume(i1 %8)
  %9 = load ptr, ptr %.val1.i.i.i.i.i.i, align 8, !dbg !4940, !invariant.load !23, !noalias !4941
  %.not.i.i.i.i.i.i.i.i = icmp eq ptr %9, null, !dbg !4940
  br i1 %.not.i.i.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i.i.i, label %is_not_null.i.i.i.i.i.i.i.i, !dbg !4940

is_not_null.i.i.i.i.i.i.i.i:                      ; preds = %bb2.i.i.i.i.i.i.i
  invoke void %9(ptr noundef nonnull %3)
          to label %bb3.i.i.i.i.i.i.i.i unwind label %cleanup.i.i.i.i.i.i.i.i, !dbg !4940, !noalias !4941

bb3.i.i.i.i.i.i.i.i:                              ; preds = %is_not_null.i.i.i.i.i.i.i.i, %bb2.i.i.i.i.i.i.i
    #dbg_value(ptr poison, !3576, !DIExpression(), !4944)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4946)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4946)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4947)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4949)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4951)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4953)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4947)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4949)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4951)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4953)
  %10 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 8, !dbg !4955
  %11 = load i64, ptr %10, align 8, !dbg !4955, !range !3641, !invariant.load !23, !noalias !4941
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4956)
    #dbg_value(i64 %11, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4956)
  %12 = icmp eq i64 %11, 0, !dbg !4957
  br i1 %12, label %bb17.thread.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i, !dbg !4957

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i.i.i
  %13 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 16, !dbg !4955
  %14 = load i64, ptr %13, align 8, !dbg !4958, !range !3645, !invariant.load !23, !noalias !4941
    #dbg_value(i64 %14, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4956)
    #dbg_value(ptr %3, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4947)
    #dbg_value(ptr %3, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4949)
    #dbg_value(ptr %3, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4951)
    #dbg_value(ptr %3, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4953)
    #dbg_value(ptr %3, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4946)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4959)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4961)
    #dbg_value(ptr %3, !1605, !DIExpression(), !4959)
    #dbg_value(ptr %3, !1613, !DIExpression(), !4961)
    #dbg_value(ptr %3, !1617, !DIExpression(), !4963)
    #dbg_value(i64 %14, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4959)
    #dbg_value(i64 %14, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4961)
    #dbg_value(i64 %14, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4963)
    #dbg_value(i64 %14, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4965)
    #dbg_value(i64 %11, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4959)
    #dbg_value(i64 %11, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4961)
    #dbg_value(i64 %11, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4963)
    #dbg_value(i64 %11, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4965)
    #dbg_value(ptr %3, !1631, !DIExpression(), !4965)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef %11, i64 noundef range(i64 1, -9223372036854775807) %14) #22, !dbg !4967, !noalias !4941
  br label %bb17.thread.i, !dbg !4968

cleanup.i.i.i.i.i.i.i.i:                          ; preds = %is_not_null.i.i.i.i.i.i.i.i
  %15 = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(ptr poison, !3576, !DIExpression(), !4969)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4971)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4971)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4972)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4974)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4976)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4978)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4972)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4974)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4976)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4978)
  %16 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 8, !dbg !4980
  %17 = load i64, ptr %16, align 8, !dbg !4980, !range !3641, !invariant.load !23, !noalias !4941
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4981)
    #dbg_value(i64 %17, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4981)
  %18 = icmp eq i64 %17, 0, !dbg !4982
  br i1 %18, label %cleanup.body.i.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i, !dbg !4982

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i: ; preds = %cleanup.i.i.i.i.i.i.i.i
  %19 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 16, !dbg !4980
  %20 = load i64, ptr %19, align 8, !dbg !4983, !range !3645, !invariant.load !23, !noalias !4941
    #dbg_value(i64 %20, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4981)
    #dbg_value(ptr %3, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4972)
    #dbg_value(ptr %3, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4974)
    #dbg_value(ptr %3, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4976)
    #dbg_value(ptr %3, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4978)
    #dbg_value(ptr %3, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4971)
    #dbg_value(ptr poison, !1600, !DIExpression(), !4984)
    #dbg_value(ptr poison, !1609, !DIExpression(), !4986)
    #dbg_value(ptr %3, !1605, !DIExpression(), !4984)
    #dbg_value(ptr %3, !1613, !DIExpression(), !4986)
    #dbg_value(ptr %3, !1617, !DIExpression(), !4988)
    #dbg_value(i64 %20, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4984)
    #dbg_value(i64 %20, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4986)
    #dbg_value(i64 %20, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4988)
    #dbg_value(i64 %20, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4990)
    #dbg_value(i64 %17, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4984)
    #dbg_value(i64 %17, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4986)
    #dbg_value(i64 %17, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4988)
    #dbg_value(i64 %17, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4990)
    #dbg_value(ptr %3, !1631, !DIExpression(), !4990)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef %17, i64 noundef range(i64 1, -9223372036854775807) %20) #22, !dbg !4992, !noalias !4941
  br label %cleanup.body.i.i.i.i.i, !dbg !4993

cleanup.body.i.i.i.i.i:                           ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i, %cleanup.i.i.i.i.i.i.i.i
  store i64 0, ptr %0, align 8, !dbg !4930, !alias.scope !4994
  %21 = extractvalue { ptr, i32 } %15, 0, !dbg !4995
    #dbg_value(ptr undef, !4864, !DIExpression(), !4872)
    #dbg_value(ptr %21, !4865, !DIExpression(), !4872)
    #dbg_value(ptr undef, !4866, !DIExpression(), !4871)
    #dbg_value(ptr undef, !4859, !DIExpression(), !4869)
; invoke std::panicking::catch_unwind::cleanup
  %22 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %21)
          to label %bb17.i unwind label %terminate.i.i, !dbg !4996, !noalias !4875

terminate.i.i:                                    ; preds = %cleanup.body.i.i.i.i.i
  %23 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #25, !dbg !4997, !noalias !4875
  unreachable, !dbg !4997

bb17.thread.i:                                    ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i.i.i, %bb2.i.i.i.i.i.i, %start
  store i64 0, ptr %0, align 8, !dbg !4930, !alias.scope !4994
    #dbg_value(ptr poison, !4837, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4886)
    #dbg_value(ptr poison, !4837, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4886)
  br label %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E.exit.i", !dbg !4998

bb17.i:                                           ; preds = %cleanup.body.i.i.i.i.i
  %obj.0.i.i = extractvalue { ptr, ptr } %22, 0, !dbg !4996
  %obj.1.i.i = extractvalue { ptr, ptr } %22, 1, !dbg !4996
    #dbg_value(ptr %obj.0.i.i, !4837, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4886)
    #dbg_value(ptr %obj.1.i.i, !4837, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4886)
  %24 = icmp ne ptr %obj.1.i.i, null
  tail call void @llvm.assume(i1 %24)
  %.not.i = icmp eq ptr %obj.0.i.i, null, !dbg !4999
  br i1 %.not.i, label %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E.exit.i", label %bb4.i, !dbg !4998

bb4.i:                                            ; preds = %bb17.i
  call void @llvm.lifetime.start.p0(ptr nonnull %_12.i), !dbg !5000, !noalias !4875
    #dbg_value(ptr @alloc_58f213f5b48e0bea76ba0b429606a6b5, !5001, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5079)
    #dbg_value(ptr inttoptr (i64 125 to ptr), !5001, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5079)
    #dbg_value(ptr %_11.i, !5076, !DIExpression(), !5079)
    #dbg_value(ptr @alloc_58f213f5b48e0bea76ba0b429606a6b5, !5077, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5081)
    #dbg_value(i64 62, !5077, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5081)
; invoke std::io::Write::write_all
  %25 = invoke fastcc noundef ptr @_ZN3std2io5Write9write_all17hce508be5f368a17cE(ptr noalias noundef nonnull align 1 %_11.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_58f213f5b48e0bea76ba0b429606a6b5, i64 noundef 62)
          to label %bb5.i unwind label %cleanup.i, !dbg !5082, !noalias !4875

"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E.exit.i": ; preds = %bb17.i, %bb17.thread.i
    #dbg_value(ptr poison, !3555, !DIExpression(), !5083)
  %26 = load ptr, ptr %_1, align 8, !dbg !5085, !alias.scope !4875, !noundef !23
  %.not2.i = icmp eq ptr %26, null, !dbg !5085
  br i1 %.not2.i, label %bb5, label %bb9.i, !dbg !5086

cleanup.i:                                        ; preds = %bb6.i, %bb2.i6.i, %bb4.i
  %27 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
  invoke fastcc void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E"(ptr nonnull %obj.0.i.i, ptr nonnull %obj.1.i.i) #26
          to label %cleanup.body unwind label %terminate.i, !dbg !5087, !noalias !4875

bb5.i:                                            ; preds = %bb4.i
  store ptr %25, ptr %_12.i, align 8, !dbg !5000, !noalias !4875
    #dbg_value(ptr %_12.i, !5088, !DIExpression(), !5096)
  %28 = icmp eq ptr %25, null, !dbg !5098
  br i1 %28, label %bb6.i, label %bb2.i6.i, !dbg !5098

bb2.i6.i:                                         ; preds = %bb5.i
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha0cddcdf4f650811E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_12.i)
          to label %bb6.i unwind label %cleanup.i, !dbg !5098, !noalias !4875

bb6.i:                                            ; preds = %bb2.i6.i, %bb5.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_12.i), !dbg !5099, !noalias !4875
; invoke std::process::abort
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() #23
          to label %unreachable.i unwind label %cleanup.i, !dbg !5100, !noalias !4875

unreachable.i:                                    ; preds = %bb6.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %29 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5102, !noalias !4875
  unreachable, !dbg !5102

bb9.i:                                            ; preds = %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E.exit.i"
    #dbg_value(ptr %_1, !4854, !DIExpression(), !5103)
    #dbg_value(ptr %_1, !5104, !DIExpression(), !5107)
  %_19.i = getelementptr inbounds nuw i8, ptr %26, i64 16, !dbg !5109
; invoke <std::thread::scoped::ScopeData>::decrement_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8 %_19.i, i1 noundef zeroext %unhandled_panic.sroa.0.0.i)
          to label %bb2.i4 unwind label %cleanup.body.thread, !dbg !5110

cleanup.body.thread:                              ; preds = %bb9.i
  %30 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_1, !5111, !DIExpression(), !5119)
  br label %bb2.i, !dbg !5121

cleanup.body:                                     ; preds = %cleanup.i
  %.pre = load ptr, ptr %_1, align 8, !dbg !5121, !alias.scope !5122
  call void @llvm.experimental.noalias.scope.decl(metadata !5122), !dbg !4878
    #dbg_value(ptr %_1, !5111, !DIExpression(), !5119)
  %31 = icmp eq ptr %.pre, null, !dbg !5121
  br i1 %31, label %bb3, label %bb2.i, !dbg !5121

bb2.i:                                            ; preds = %cleanup.body.thread, %cleanup.body
  %eh.lpad-body18 = phi { ptr, i32 } [ %30, %cleanup.body.thread ], [ %27, %cleanup.body ]
  %32 = phi ptr [ %26, %cleanup.body.thread ], [ %.pre, %cleanup.body ]
    #dbg_value(ptr %_1, !5125, !DIExpression(), !5131)
    #dbg_value(ptr %_1, !5133, !DIExpression(), !5139)
    #dbg_value(i64 1, !5141, !DIExpression(), !5146)
    #dbg_value(i8 1, !5145, !DIExpression(), !5146)
    #dbg_value(i64 1, !5148, !DIExpression(), !5153)
    #dbg_value(i8 1, !5152, !DIExpression(), !5153)
    #dbg_value(ptr %32, !5144, !DIExpression(), !5155)
    #dbg_value(ptr %32, !5151, !DIExpression(), !5153)
  %33 = atomicrmw sub ptr %32, i64 1 release, align 8, !dbg !5156, !noalias !5157
  %34 = icmp eq i64 %33, 1, !dbg !5162
  br i1 %34, label %bb2.i.i.i, label %bb3, !dbg !5162

bb2.i.i.i:                                        ; preds = %bb2.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5163)
  fence acquire, !dbg !5165
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hb05069d9843f7f67E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1) #24
          to label %bb3 unwind label %terminate, !dbg !5166

bb2.i4:                                           ; preds = %bb9.i
    #dbg_value(ptr %_1, !5111, !DIExpression(), !5167)
    #dbg_value(ptr %_1, !5125, !DIExpression(), !5169)
    #dbg_value(ptr %_1, !5133, !DIExpression(), !5171)
    #dbg_value(i64 1, !5141, !DIExpression(), !5173)
    #dbg_value(i8 1, !5145, !DIExpression(), !5173)
    #dbg_value(i64 1, !5148, !DIExpression(), !5175)
    #dbg_value(i8 1, !5152, !DIExpression(), !5175)
    #dbg_value(ptr %26, !5144, !DIExpression(), !5177)
    #dbg_value(ptr %26, !5151, !DIExpression(), !5175)
  %35 = atomicrmw sub ptr %26, i64 1 release, align 8, !dbg !5178, !noalias !5179
  %36 = icmp eq i64 %35, 1, !dbg !5186
  br i1 %36, label %bb2.i.i.i5, label %bb5, !dbg !5186

bb2.i.i.i5:                                       ; preds = %bb2.i4
    #dbg_value(i8 2, !1987, !DIExpression(), !5187)
  fence acquire, !dbg !5189
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hb05069d9843f7f67E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1) #24
          to label %bb5 unwind label %cleanup1, !dbg !5190

bb3:                                              ; preds = %bb2.i, %cleanup.body, %bb2.i.i.i, %cleanup1
  %.pn = phi { ptr, i32 } [ %37, %cleanup1 ], [ %eh.lpad-body18, %bb2.i.i.i ], [ %27, %cleanup.body ], [ %eh.lpad-body18, %bb2.i ]
; invoke core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
  invoke fastcc void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E"(ptr noalias noundef align 8 dereferenceable(24) %0) #26
          to label %common.resume unwind label %terminate, !dbg !4878

cleanup1:                                         ; preds = %bb2.i.i.i5
  %37 = landingpad { ptr, i32 }
          cleanup
  br label %bb3

bb5:                                              ; preds = %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E.exit.i", %bb2.i4, %bb2.i.i.i5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5191), !dbg !4878
    #dbg_value(ptr %0, !4219, !DIExpression(), !5194)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5196), !dbg !5199
    #dbg_value(ptr %0, !3547, !DIExpression(), !5200)
  %_2.i.i = load i64, ptr %0, align 8, !dbg !5202, !range !1637, !alias.scope !5203, !noundef !23
  %38 = icmp eq i64 %_2.i.i, 0, !dbg !5202
  br i1 %38, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E.exit", label %bb2.i.i, !dbg !5202

bb2.i.i:                                          ; preds = %bb5
  %.val.i.i = load ptr, ptr %2, align 8, !dbg !5202, !alias.scope !5203, !align !1643, !noundef !23
  %39 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !5202
  %.val1.i.i = load ptr, ptr %39, align 8, !dbg !5202, !alias.scope !5203
    #dbg_value(ptr poison, !3555, !DIExpression(), !5204)
  %40 = icmp eq ptr %.val.i.i, null, !dbg !5206
  br i1 %40, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E.exit", label %bb2.i.i.i8, !dbg !5206

bb2.i.i.i8:                                       ; preds = %bb2.i.i
    #dbg_value(ptr poison, !3564, !DIExpression(), !5207)
  %41 = icmp ne ptr %.val1.i.i, null
  tail call void @llvm.assume(i1 %41)
  %42 = load ptr, ptr %.val1.i.i, align 8, !dbg !5209, !invariant.load !23, !noalias !5210
  %.not.i.i.i.i = icmp eq ptr %42, null, !dbg !5209
  br i1 %.not.i.i.i.i, label %bb3.i.i.i.i, label %is_not_null.i.i.i.i, !dbg !5209

is_not_null.i.i.i.i:                              ; preds = %bb2.i.i.i8
  invoke void %42(ptr noundef nonnull %.val.i.i)
          to label %bb3.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !5209, !noalias !5210

bb3.i.i.i.i:                                      ; preds = %is_not_null.i.i.i.i, %bb2.i.i.i8
    #dbg_value(ptr poison, !3576, !DIExpression(), !5213)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5215)
    #dbg_value(ptr %.val1.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5215)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5216)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5218)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5220)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5222)
    #dbg_value(ptr %.val1.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5216)
    #dbg_value(ptr %.val1.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5218)
    #dbg_value(ptr %.val1.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5220)
    #dbg_value(ptr %.val1.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5222)
  %43 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !5224
  %44 = load i64, ptr %43, align 8, !dbg !5224, !range !3641, !invariant.load !23, !noalias !5210
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5225)
    #dbg_value(i64 %44, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5225)
  %45 = icmp eq i64 %44, 0, !dbg !5226
  br i1 %45, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, !dbg !5226

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i: ; preds = %bb3.i.i.i.i
  %46 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !5224
  %47 = load i64, ptr %46, align 8, !dbg !5227, !range !3645, !invariant.load !23, !noalias !5210
    #dbg_value(i64 %47, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5225)
    #dbg_value(ptr %.val.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5216)
    #dbg_value(ptr %.val.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5218)
    #dbg_value(ptr %.val.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5220)
    #dbg_value(ptr %.val.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5222)
    #dbg_value(ptr %.val.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5215)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5228)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5230)
    #dbg_value(ptr %.val.i.i, !1605, !DIExpression(), !5228)
    #dbg_value(ptr %.val.i.i, !1613, !DIExpression(), !5230)
    #dbg_value(ptr %.val.i.i, !1617, !DIExpression(), !5232)
    #dbg_value(i64 %47, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5228)
    #dbg_value(i64 %47, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5230)
    #dbg_value(i64 %47, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5232)
    #dbg_value(i64 %47, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5234)
    #dbg_value(i64 %44, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5228)
    #dbg_value(i64 %44, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5230)
    #dbg_value(i64 %44, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5232)
    #dbg_value(i64 %44, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5234)
    #dbg_value(ptr %.val.i.i, !1631, !DIExpression(), !5234)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %44, i64 noundef range(i64 1, -9223372036854775807) %47) #22, !dbg !5236, !noalias !5210
  br label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E.exit", !dbg !5237

cleanup.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i
  %48 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3576, !DIExpression(), !5238)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5240)
    #dbg_value(ptr %.val1.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5240)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5241)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5243)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5245)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5247)
    #dbg_value(ptr %.val1.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5241)
    #dbg_value(ptr %.val1.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5243)
    #dbg_value(ptr %.val1.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5245)
    #dbg_value(ptr %.val1.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5247)
  %49 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !5249
  %50 = load i64, ptr %49, align 8, !dbg !5249, !range !3641, !invariant.load !23, !noalias !5210
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5250)
    #dbg_value(i64 %50, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5250)
  %51 = icmp eq i64 %50, 0, !dbg !5251
  br i1 %51, label %common.resume, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, !dbg !5251

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i: ; preds = %cleanup.i.i.i.i
  %52 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !5249
  %53 = load i64, ptr %52, align 8, !dbg !5252, !range !3645, !invariant.load !23, !noalias !5210
    #dbg_value(i64 %53, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5250)
    #dbg_value(ptr %.val.i.i, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5241)
    #dbg_value(ptr %.val.i.i, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5243)
    #dbg_value(ptr %.val.i.i, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5245)
    #dbg_value(ptr %.val.i.i, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5247)
    #dbg_value(ptr %.val.i.i, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5240)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5253)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5255)
    #dbg_value(ptr %.val.i.i, !1605, !DIExpression(), !5253)
    #dbg_value(ptr %.val.i.i, !1613, !DIExpression(), !5255)
    #dbg_value(ptr %.val.i.i, !1617, !DIExpression(), !5257)
    #dbg_value(i64 %53, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5253)
    #dbg_value(i64 %53, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5255)
    #dbg_value(i64 %53, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5257)
    #dbg_value(i64 %53, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5259)
    #dbg_value(i64 %50, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5253)
    #dbg_value(i64 %50, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5255)
    #dbg_value(i64 %50, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5257)
    #dbg_value(i64 %50, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5259)
    #dbg_value(ptr %.val.i.i, !1631, !DIExpression(), !5259)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %50, i64 noundef range(i64 1, -9223372036854775807) %53) #22, !dbg !5261, !noalias !5210
  br label %common.resume, !dbg !5262

common.resume:                                    ; preds = %bb3, %cleanup.i.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i
  %common.resume.op = phi { ptr, i32 } [ %48, %cleanup.i.i.i.i ], [ %48, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i ], [ %.pn, %bb3 ]
  resume { ptr, i32 } %common.resume.op, !dbg !4878

"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E.exit": ; preds = %bb5, %bb2.i.i, %bb3.i.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i
  ret void, !dbg !4878

terminate:                                        ; preds = %bb2.i.i.i, %bb3
  %54 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !4878
  unreachable, !dbg !4878
}

; core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17h56b5155b68204671E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !5263 {
start:
    #dbg_value(ptr %_1, !5268, !DIExpression(), !5270)
    #dbg_value(ptr %_1, !5271, !DIExpression(), !5278)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !5280
    #dbg_value(ptr %0, !5281, !DIExpression(), !5288)
; invoke <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
  invoke void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull align 8 dereferenceable(8) %0)
          to label %bb6.i unwind label %cleanup.i, !dbg !5290

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5291), !dbg !5280
    #dbg_value(ptr %_1, !1899, !DIExpression(), !5294)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5296), !dbg !5299
    #dbg_value(ptr %_1, !1913, !DIExpression(), !5300)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5302), !dbg !5305
    #dbg_value(ptr %_1, !1927, !DIExpression(), !5306)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5308), !dbg !5311
    #dbg_value(ptr %_1, !1941, !DIExpression(), !5312)
    #dbg_value(ptr %_1, !1950, !DIExpression(), !5314)
    #dbg_value(i64 1, !1959, !DIExpression(), !5316)
    #dbg_value(i8 1, !1964, !DIExpression(), !5316)
    #dbg_value(i64 1, !1967, !DIExpression(), !5318)
    #dbg_value(i8 1, !1971, !DIExpression(), !5318)
  %_10.i.i.i.i.i = load ptr, ptr %_1, align 8, !dbg !5320, !alias.scope !5322, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !1963, !DIExpression(), !5325)
    #dbg_value(ptr %_10.i.i.i.i.i, !1970, !DIExpression(), !5318)
  %2 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !5326, !noalias !5327
  %3 = icmp eq i64 %2, 1, !dbg !5328
  br i1 %3, label %bb2.i.i.i.i.i, label %bb3.i, !dbg !5328

bb2.i.i.i.i.i:                                    ; preds = %cleanup.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5329)
  fence acquire, !dbg !5331
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) #24
          to label %bb3.i unwind label %terminate.i, !dbg !5332

bb6.i:                                            ; preds = %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5333), !dbg !5280
    #dbg_value(ptr %_1, !1899, !DIExpression(), !5336)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5338), !dbg !5341
    #dbg_value(ptr %_1, !1913, !DIExpression(), !5342)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5344), !dbg !5347
    #dbg_value(ptr %_1, !1927, !DIExpression(), !5348)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5350), !dbg !5353
    #dbg_value(ptr %_1, !1941, !DIExpression(), !5354)
    #dbg_value(ptr %_1, !1950, !DIExpression(), !5356)
    #dbg_value(i64 1, !1959, !DIExpression(), !5358)
    #dbg_value(i8 1, !1964, !DIExpression(), !5358)
    #dbg_value(i64 1, !1967, !DIExpression(), !5360)
    #dbg_value(i8 1, !1971, !DIExpression(), !5360)
  %_10.i.i.i.i3.i = load ptr, ptr %_1, align 8, !dbg !5362, !alias.scope !5364, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i3.i, !1963, !DIExpression(), !5365)
    #dbg_value(ptr %_10.i.i.i.i3.i, !1970, !DIExpression(), !5360)
  %4 = atomicrmw sub ptr %_10.i.i.i.i3.i, i64 1 release, align 8, !dbg !5366, !noalias !5367
  %5 = icmp eq i64 %4, 1, !dbg !5368
  br i1 %5, label %bb2.i.i.i.i4.i, label %bb5.i, !dbg !5368

bb2.i.i.i.i4.i:                                   ; preds = %bb6.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5369)
  fence acquire, !dbg !5371
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) #24
          to label %bb5.i unwind label %cleanup1.i, !dbg !5372

bb3.i:                                            ; preds = %cleanup1.i, %bb2.i.i.i.i.i, %cleanup.i
  %.pn.i = phi { ptr, i32 } [ %9, %cleanup1.i ], [ %1, %bb2.i.i.i.i.i ], [ %1, %cleanup.i ]
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !5280
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5373), !dbg !5280
    #dbg_value(ptr %6, !2228, !DIExpression(), !5376)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5378), !dbg !5381
    #dbg_value(ptr %6, !2238, !DIExpression(), !5382)
    #dbg_value(ptr %6, !2741, !DIExpression(), !5384)
    #dbg_value(i64 1, !2246, !DIExpression(), !5386)
    #dbg_value(i8 1, !2250, !DIExpression(), !5386)
    #dbg_value(i64 1, !2253, !DIExpression(), !5388)
    #dbg_value(i8 1, !2257, !DIExpression(), !5388)
  %_10.i.i.i = load ptr, ptr %6, align 8, !dbg !5390, !alias.scope !5392, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i, !2249, !DIExpression(), !5393)
    #dbg_value(ptr %_10.i.i.i, !2256, !DIExpression(), !5388)
  %7 = atomicrmw sub ptr %_10.i.i.i, i64 1 release, align 8, !dbg !5394, !noalias !5395
  %8 = icmp eq i64 %7, 1, !dbg !5396
  br i1 %8, label %bb2.i.i.i, label %bb1.i, !dbg !5396

bb2.i.i.i:                                        ; preds = %bb3.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5397)
  fence acquire, !dbg !5399
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %6) #24
          to label %bb1.i unwind label %terminate.i, !dbg !5400

cleanup1.i:                                       ; preds = %bb2.i.i.i.i4.i
  %9 = landingpad { ptr, i32 }
          cleanup
  br label %bb3.i

bb5.i:                                            ; preds = %bb2.i.i.i.i4.i, %bb6.i
  %10 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !5280
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5401), !dbg !5280
    #dbg_value(ptr %10, !2228, !DIExpression(), !5404)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5406), !dbg !5409
    #dbg_value(ptr %10, !2238, !DIExpression(), !5410)
    #dbg_value(ptr %10, !2741, !DIExpression(), !5412)
    #dbg_value(i64 1, !2246, !DIExpression(), !5414)
    #dbg_value(i8 1, !2250, !DIExpression(), !5414)
    #dbg_value(i64 1, !2253, !DIExpression(), !5416)
    #dbg_value(i8 1, !2257, !DIExpression(), !5416)
  %_10.i.i8.i = load ptr, ptr %10, align 8, !dbg !5418, !alias.scope !5420, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i8.i, !2249, !DIExpression(), !5421)
    #dbg_value(ptr %_10.i.i8.i, !2256, !DIExpression(), !5416)
  %11 = atomicrmw sub ptr %_10.i.i8.i, i64 1 release, align 8, !dbg !5422, !noalias !5423
  %12 = icmp eq i64 %11, 1, !dbg !5424
  br i1 %12, label %bb2.i.i9.i, label %"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h40a27fa83865114bE.exit", !dbg !5424

bb2.i.i9.i:                                       ; preds = %bb5.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5425)
  fence acquire, !dbg !5427
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %10) #24, !dbg !5428
  br label %"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h40a27fa83865114bE.exit", !dbg !5428

terminate.i:                                      ; preds = %bb2.i.i.i, %bb2.i.i.i.i.i
  %13 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5280
  unreachable, !dbg !5280

bb1.i:                                            ; preds = %bb2.i.i.i, %bb3.i
  resume { ptr, i32 } %.pn.i, !dbg !5280

"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h40a27fa83865114bE.exit": ; preds = %bb5.i, %bb2.i.i9.i
  ret void, !dbg !5429
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3565 {
start:
    #dbg_value(ptr %_1, !3564, !DIExpression(), !5430)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !5431
  %_6.1 = load ptr, ptr %0, align 8, !dbg !5431, !nonnull !23, !align !4094, !noundef !23
  %1 = load ptr, ptr %_6.1, align 8, !dbg !5431, !invariant.load !23
  %.not = icmp eq ptr %1, null, !dbg !5431
  br i1 %.not, label %bb3, label %is_not_null, !dbg !5431

is_not_null:                                      ; preds = %start
  %_6.0 = load ptr, ptr %_1, align 8, !dbg !5431, !nonnull !23, !noundef !23
  invoke void %1(ptr noundef nonnull %_6.0)
          to label %bb3 unwind label %cleanup, !dbg !5431

bb3:                                              ; preds = %is_not_null, %start
    #dbg_value(ptr poison, !3576, !DIExpression(), !5432)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5434)
    #dbg_value(ptr %_6.1, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5434)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5435)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5437)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5439)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5441)
    #dbg_value(ptr %_6.1, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5435)
    #dbg_value(ptr %_6.1, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5437)
    #dbg_value(ptr %_6.1, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5439)
    #dbg_value(ptr %_6.1, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5441)
  %2 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8, !dbg !5443
  %3 = load i64, ptr %2, align 8, !dbg !5443, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5444)
    #dbg_value(i64 %3, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5444)
  %4 = icmp eq i64 %3, 0, !dbg !5445
  br i1 %4, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hcd65fcc05c33ef3cE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i, !dbg !5445

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %_1.val2 = load ptr, ptr %_1, align 8, !dbg !5431, !nonnull !23, !noundef !23
  %5 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16, !dbg !5443
  %6 = load i64, ptr %5, align 8, !dbg !5446, !range !3645, !invariant.load !23
    #dbg_value(i64 %6, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5444)
    #dbg_value(ptr %_1.val2, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5435)
    #dbg_value(ptr %_1.val2, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5437)
    #dbg_value(ptr %_1.val2, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5439)
    #dbg_value(ptr %_1.val2, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5441)
    #dbg_value(ptr %_1.val2, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5434)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5447)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5449)
    #dbg_value(ptr %_1.val2, !1605, !DIExpression(), !5447)
    #dbg_value(ptr %_1.val2, !1613, !DIExpression(), !5449)
    #dbg_value(ptr %_1.val2, !1617, !DIExpression(), !5451)
    #dbg_value(i64 %6, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5447)
    #dbg_value(i64 %6, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5449)
    #dbg_value(i64 %6, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5451)
    #dbg_value(i64 %6, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5453)
    #dbg_value(i64 %3, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5447)
    #dbg_value(i64 %3, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5449)
    #dbg_value(i64 %3, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5451)
    #dbg_value(i64 %3, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5453)
    #dbg_value(ptr %_1.val2, !1631, !DIExpression(), !5453)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val2, i64 noundef %3, i64 noundef range(i64 1, -9223372036854775807) %6) #22, !dbg !5455
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hcd65fcc05c33ef3cE.exit", !dbg !5456

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hcd65fcc05c33ef3cE.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void, !dbg !5431

cleanup:                                          ; preds = %is_not_null
  %7 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3576, !DIExpression(), !5457)
    #dbg_value(ptr poison, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5459)
    #dbg_value(ptr %_6.1, !3583, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5459)
    #dbg_value(ptr poison, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5460)
    #dbg_value(ptr poison, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5462)
    #dbg_value(ptr poison, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5464)
    #dbg_value(ptr poison, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5466)
    #dbg_value(ptr %_6.1, !3605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5460)
    #dbg_value(ptr %_6.1, !3617, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5462)
    #dbg_value(ptr %_6.1, !3624, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5464)
    #dbg_value(ptr %_6.1, !3635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5466)
  %8 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8, !dbg !5468
  %9 = load i64, ptr %8, align 8, !dbg !5468, !range !3641, !invariant.load !23
    #dbg_value(i64 poison, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5469)
    #dbg_value(i64 %9, !3599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5469)
  %10 = icmp eq i64 %9, 0, !dbg !5470
  br i1 %10, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, !dbg !5470

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4: ; preds = %cleanup
  %11 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16, !dbg !5468
  %12 = load i64, ptr %11, align 8, !dbg !5471, !range !3645, !invariant.load !23
    #dbg_value(i64 %12, !3599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5469)
    #dbg_value(ptr %_6.0, !3605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5460)
    #dbg_value(ptr %_6.0, !3617, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5462)
    #dbg_value(ptr %_6.0, !3624, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5464)
    #dbg_value(ptr %_6.0, !3635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5466)
    #dbg_value(ptr %_6.0, !3583, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5459)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5472)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5474)
    #dbg_value(ptr %_6.0, !1605, !DIExpression(), !5472)
    #dbg_value(ptr %_6.0, !1613, !DIExpression(), !5474)
    #dbg_value(ptr %_6.0, !1617, !DIExpression(), !5476)
    #dbg_value(i64 %12, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5472)
    #dbg_value(i64 %12, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5474)
    #dbg_value(i64 %12, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5476)
    #dbg_value(i64 %12, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5478)
    #dbg_value(i64 %9, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5472)
    #dbg_value(i64 %9, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5474)
    #dbg_value(i64 %9, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5476)
    #dbg_value(i64 %9, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5478)
    #dbg_value(ptr %_6.0, !1631, !DIExpression(), !5478)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.0, i64 noundef %9, i64 noundef range(i64 1, -9223372036854775807) %12) #22, !dbg !5480
  br label %bb1, !dbg !5481

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, %cleanup
  resume { ptr, i32 } %7, !dbg !5431
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hb05069d9843f7f67E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !5482 {
start:
    #dbg_value(ptr %self, !5485, !DIExpression(), !5494)
  %_3 = load ptr, ptr %self, align 8, !dbg !5495, !nonnull !23, !noundef !23
    #dbg_value(ptr %_3, !5486, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5496)
    #dbg_value(ptr %self, !5486, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !5496)
  %_6 = getelementptr inbounds nuw i8, ptr %_3, i64 16, !dbg !5497
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5498), !dbg !5501
    #dbg_value(ptr %_6, !5502, !DIExpression(), !5508)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5510), !dbg !5513
    #dbg_value(ptr %_6, !1899, !DIExpression(), !5514)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5516), !dbg !5519
    #dbg_value(ptr %_6, !1913, !DIExpression(), !5520)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5522), !dbg !5525
    #dbg_value(ptr %_6, !1927, !DIExpression(), !5526)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5528), !dbg !5531
    #dbg_value(ptr %_6, !1941, !DIExpression(), !5532)
    #dbg_value(ptr %_6, !1950, !DIExpression(), !5534)
    #dbg_value(i64 1, !1959, !DIExpression(), !5536)
    #dbg_value(i8 1, !1964, !DIExpression(), !5536)
    #dbg_value(i64 1, !1967, !DIExpression(), !5538)
    #dbg_value(i8 1, !1971, !DIExpression(), !5538)
  %_10.i.i.i.i.i = load ptr, ptr %_6, align 8, !dbg !5540, !alias.scope !5542, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !1963, !DIExpression(), !5543)
    #dbg_value(ptr %_10.i.i.i.i.i, !1970, !DIExpression(), !5538)
  %0 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !5544, !noalias !5542
  %1 = icmp eq i64 %0, 1, !dbg !5545
  br i1 %1, label %bb2.i.i.i.i.i, label %bb1, !dbg !5545

bb2.i.i.i.i.i:                                    ; preds = %start
    #dbg_value(i8 2, !1987, !DIExpression(), !5546)
  fence acquire, !dbg !5548
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_6) #24
          to label %bb1 unwind label %cleanup, !dbg !5549

cleanup:                                          ; preds = %bb2.i.i.i.i.i
  %2 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !5550, !DIExpression(), !5558)
    #dbg_value(ptr poison, !5560, !DIExpression(), !5575)
    #dbg_value(ptr poison, !5577, !DIExpression(), !5600)
    #dbg_value(i64 1, !5602, !DIExpression(), !5607)
    #dbg_value(i8 1, !5606, !DIExpression(), !5607)
    #dbg_value(i64 1, !5609, !DIExpression(), !5614)
    #dbg_value(i8 1, !5613, !DIExpression(), !5614)
    #dbg_value(ptr %_3, !5597, !DIExpression(), !5616)
  %3 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5617
  br i1 %3, label %bb4, label %bb8.i.i, !dbg !5617

bb8.i.i:                                          ; preds = %cleanup
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5618
    #dbg_value(ptr %_19.i.i, !5567, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5619)
    #dbg_value(ptr %_19.i.i, !5573, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5620)
    #dbg_value(ptr %_19.i.i, !5605, !DIExpression(), !5607)
    #dbg_value(ptr %_3, !5567, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5619)
    #dbg_value(ptr %_3, !5573, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5620)
    #dbg_value(ptr %_19.i.i, !5612, !DIExpression(), !5614)
  %4 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !5621
  %5 = icmp eq i64 %4, 1, !dbg !5622
  br i1 %5, label %bb1.i.i, label %bb4, !dbg !5622

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5623)
  fence acquire, !dbg !5625
    #dbg_value(ptr poison, !5626, !DIExpression(), !5636)
    #dbg_value(ptr %_3, !5634, !DIExpression(), !5636)
    #dbg_value(i64 8, !5635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5636)
    #dbg_value(i64 40, !5635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5636)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5638)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5640)
    #dbg_value(ptr %_3, !1605, !DIExpression(), !5638)
    #dbg_value(ptr %_3, !1613, !DIExpression(), !5640)
    #dbg_value(ptr %_3, !1617, !DIExpression(), !5642)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5638)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5640)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5642)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5644)
    #dbg_value(i64 40, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5638)
    #dbg_value(i64 40, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5640)
    #dbg_value(i64 40, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5642)
    #dbg_value(i64 40, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5644)
    #dbg_value(ptr %_3, !1631, !DIExpression(), !5644)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 40, i64 noundef 8) #22, !dbg !5646
  br label %bb4, !dbg !5647

bb1:                                              ; preds = %start, %bb2.i.i.i.i.i
    #dbg_value(ptr poison, !5550, !DIExpression(), !5648)
    #dbg_value(ptr poison, !5560, !DIExpression(), !5650)
    #dbg_value(ptr poison, !5577, !DIExpression(), !5652)
    #dbg_value(i64 1, !5602, !DIExpression(), !5654)
    #dbg_value(i8 1, !5606, !DIExpression(), !5654)
    #dbg_value(i64 1, !5609, !DIExpression(), !5656)
    #dbg_value(i8 1, !5613, !DIExpression(), !5656)
    #dbg_value(ptr %_3, !5597, !DIExpression(), !5658)
  %6 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5659
  br i1 %6, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h9014e2685d524c49E.exit7", label %bb8.i.i4, !dbg !5659

bb8.i.i4:                                         ; preds = %bb1
  %_19.i.i5 = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5660
    #dbg_value(ptr %_19.i.i5, !5567, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5661)
    #dbg_value(ptr %_19.i.i5, !5573, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5662)
    #dbg_value(ptr %_19.i.i5, !5605, !DIExpression(), !5654)
    #dbg_value(ptr %_3, !5567, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5661)
    #dbg_value(ptr %_3, !5573, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5662)
    #dbg_value(ptr %_19.i.i5, !5612, !DIExpression(), !5656)
  %7 = atomicrmw sub ptr %_19.i.i5, i64 1 release, align 8, !dbg !5663
  %8 = icmp eq i64 %7, 1, !dbg !5664
  br i1 %8, label %bb1.i.i6, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h9014e2685d524c49E.exit7", !dbg !5664

bb1.i.i6:                                         ; preds = %bb8.i.i4
    #dbg_value(i8 2, !1987, !DIExpression(), !5665)
  fence acquire, !dbg !5667
    #dbg_value(ptr poison, !5626, !DIExpression(), !5668)
    #dbg_value(ptr %_3, !5634, !DIExpression(), !5668)
    #dbg_value(i64 8, !5635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5668)
    #dbg_value(i64 40, !5635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5668)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5670)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5672)
    #dbg_value(ptr %_3, !1605, !DIExpression(), !5670)
    #dbg_value(ptr %_3, !1613, !DIExpression(), !5672)
    #dbg_value(ptr %_3, !1617, !DIExpression(), !5674)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5670)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5672)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5674)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5676)
    #dbg_value(i64 40, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5670)
    #dbg_value(i64 40, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5672)
    #dbg_value(i64 40, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5674)
    #dbg_value(i64 40, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5676)
    #dbg_value(ptr %_3, !1631, !DIExpression(), !5676)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 40, i64 noundef 8) #22, !dbg !5678
  br label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h9014e2685d524c49E.exit7", !dbg !5679

"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h9014e2685d524c49E.exit7": ; preds = %bb1, %bb8.i.i4, %bb1.i.i6
  ret void, !dbg !5680

bb4:                                              ; preds = %bb1.i.i, %bb8.i.i, %cleanup
  resume { ptr, i32 } %2, !dbg !5681
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #5 personality ptr @rust_eh_personality !dbg !5682 {
start:
    #dbg_value(ptr %self, !5685, !DIExpression(), !5693)
  %_3 = load ptr, ptr %self, align 8, !dbg !5694, !nonnull !23, !noundef !23
    #dbg_value(ptr poison, !5695, !DIExpression(), !5703)
    #dbg_value(ptr poison, !5705, !DIExpression(), !5715)
    #dbg_value(ptr poison, !5717, !DIExpression(), !5726)
    #dbg_value(i64 1, !5728, !DIExpression(), !5733)
    #dbg_value(i8 1, !5732, !DIExpression(), !5733)
    #dbg_value(i64 1, !5735, !DIExpression(), !5740)
    #dbg_value(i8 1, !5739, !DIExpression(), !5740)
    #dbg_value(ptr %_3, !5724, !DIExpression(), !5742)
  %0 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5743
  br i1 %0, label %"_ZN4core3ptr104drop_in_place$LT$alloc..sync..Weak$LT$core..sync..atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h7d56ca570ac01ad2E.exit", label %bb8.i.i, !dbg !5743

bb8.i.i:                                          ; preds = %start
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5744
    #dbg_value(ptr %_19.i.i, !5711, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5745)
    #dbg_value(ptr %_19.i.i, !5713, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5746)
    #dbg_value(ptr %_19.i.i, !5731, !DIExpression(), !5733)
    #dbg_value(ptr %_3, !5711, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5745)
    #dbg_value(ptr %_3, !5713, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5746)
    #dbg_value(ptr %_19.i.i, !5738, !DIExpression(), !5740)
  %1 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !5747
  %2 = icmp eq i64 %1, 1, !dbg !5748
  br i1 %2, label %bb1.i.i, label %"_ZN4core3ptr104drop_in_place$LT$alloc..sync..Weak$LT$core..sync..atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h7d56ca570ac01ad2E.exit", !dbg !5748

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5749)
  fence acquire, !dbg !5751
    #dbg_value(ptr poison, !5626, !DIExpression(), !5752)
    #dbg_value(ptr %_3, !5634, !DIExpression(), !5752)
    #dbg_value(i64 8, !5635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5752)
    #dbg_value(i64 24, !5635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5752)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5754)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5756)
    #dbg_value(ptr %_3, !1605, !DIExpression(), !5754)
    #dbg_value(ptr %_3, !1613, !DIExpression(), !5756)
    #dbg_value(ptr %_3, !1617, !DIExpression(), !5758)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5754)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5756)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5758)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5760)
    #dbg_value(i64 24, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5754)
    #dbg_value(i64 24, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5756)
    #dbg_value(i64 24, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5758)
    #dbg_value(i64 24, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5760)
    #dbg_value(ptr %_3, !1631, !DIExpression(), !5760)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 24, i64 noundef 8) #22, !dbg !5762
  br label %"_ZN4core3ptr104drop_in_place$LT$alloc..sync..Weak$LT$core..sync..atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h7d56ca570ac01ad2E.exit", !dbg !5763

"_ZN4core3ptr104drop_in_place$LT$alloc..sync..Weak$LT$core..sync..atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h7d56ca570ac01ad2E.exit": ; preds = %start, %bb8.i.i, %bb1.i.i
  ret void, !dbg !5764
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #4 personality ptr @rust_eh_personality !dbg !5765 {
start:
    #dbg_value(ptr %self, !5768, !DIExpression(), !5776)
  %_3 = load ptr, ptr %self, align 8, !dbg !5777, !nonnull !23, !noundef !23
    #dbg_value(ptr %_3, !5769, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5778)
    #dbg_value(ptr %self, !5769, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !5778)
  %_6 = getelementptr inbounds nuw i8, ptr %_3, i64 16, !dbg !5779
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h2d3d0a6ec9fc173bE"(ptr noalias noundef align 8 dereferenceable(32) %_6)
          to label %bb1 unwind label %cleanup, !dbg !5780

cleanup:                                          ; preds = %start
  %0 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !5781, !DIExpression(), !5789)
    #dbg_value(ptr poison, !5791, !DIExpression(), !5801)
    #dbg_value(ptr poison, !5803, !DIExpression(), !5812)
    #dbg_value(i64 1, !5814, !DIExpression(), !5819)
    #dbg_value(i8 1, !5818, !DIExpression(), !5819)
    #dbg_value(i64 1, !5821, !DIExpression(), !5826)
    #dbg_value(i8 1, !5825, !DIExpression(), !5826)
    #dbg_value(ptr %_3, !5810, !DIExpression(), !5828)
  %1 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5829
  br i1 %1, label %bb4, label %bb8.i.i, !dbg !5829

bb8.i.i:                                          ; preds = %cleanup
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5830
    #dbg_value(ptr %_19.i.i, !5797, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5831)
    #dbg_value(ptr %_19.i.i, !5799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5832)
    #dbg_value(ptr %_19.i.i, !5817, !DIExpression(), !5819)
    #dbg_value(ptr %_3, !5797, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5831)
    #dbg_value(ptr %_3, !5799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5832)
    #dbg_value(ptr %_19.i.i, !5824, !DIExpression(), !5826)
  %2 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !5833
  %3 = icmp eq i64 %2, 1, !dbg !5834
  br i1 %3, label %bb1.i.i, label %bb4, !dbg !5834

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1987, !DIExpression(), !5835)
  fence acquire, !dbg !5837
    #dbg_value(ptr poison, !5626, !DIExpression(), !5838)
    #dbg_value(ptr %_3, !5634, !DIExpression(), !5838)
    #dbg_value(i64 8, !5635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5838)
    #dbg_value(i64 48, !5635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5838)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5840)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5842)
    #dbg_value(ptr %_3, !1605, !DIExpression(), !5840)
    #dbg_value(ptr %_3, !1613, !DIExpression(), !5842)
    #dbg_value(ptr %_3, !1617, !DIExpression(), !5844)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5840)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5842)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5844)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5846)
    #dbg_value(i64 48, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5840)
    #dbg_value(i64 48, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5842)
    #dbg_value(i64 48, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5844)
    #dbg_value(i64 48, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5846)
    #dbg_value(ptr %_3, !1631, !DIExpression(), !5846)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 48, i64 noundef 8) #22, !dbg !5848
  br label %bb4, !dbg !5849

bb1:                                              ; preds = %start
    #dbg_value(ptr poison, !5781, !DIExpression(), !5850)
    #dbg_value(ptr poison, !5791, !DIExpression(), !5852)
    #dbg_value(ptr poison, !5803, !DIExpression(), !5854)
    #dbg_value(i64 1, !5814, !DIExpression(), !5856)
    #dbg_value(i8 1, !5818, !DIExpression(), !5856)
    #dbg_value(i64 1, !5821, !DIExpression(), !5858)
    #dbg_value(i8 1, !5825, !DIExpression(), !5858)
    #dbg_value(ptr %_3, !5810, !DIExpression(), !5860)
  %4 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !5861
  br i1 %4, label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17h283e7f7bf7fdf477E.exit7", label %bb8.i.i4, !dbg !5861

bb8.i.i4:                                         ; preds = %bb1
  %_19.i.i5 = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !5862
    #dbg_value(ptr %_19.i.i5, !5797, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5863)
    #dbg_value(ptr %_19.i.i5, !5799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5864)
    #dbg_value(ptr %_19.i.i5, !5817, !DIExpression(), !5856)
    #dbg_value(ptr %_3, !5797, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5863)
    #dbg_value(ptr %_3, !5799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5864)
    #dbg_value(ptr %_19.i.i5, !5824, !DIExpression(), !5858)
  %5 = atomicrmw sub ptr %_19.i.i5, i64 1 release, align 8, !dbg !5865
  %6 = icmp eq i64 %5, 1, !dbg !5866
  br i1 %6, label %bb1.i.i6, label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17h283e7f7bf7fdf477E.exit7", !dbg !5866

bb1.i.i6:                                         ; preds = %bb8.i.i4
    #dbg_value(i8 2, !1987, !DIExpression(), !5867)
  fence acquire, !dbg !5869
    #dbg_value(ptr poison, !5626, !DIExpression(), !5870)
    #dbg_value(ptr %_3, !5634, !DIExpression(), !5870)
    #dbg_value(i64 8, !5635, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5870)
    #dbg_value(i64 48, !5635, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5870)
    #dbg_value(ptr poison, !1600, !DIExpression(), !5872)
    #dbg_value(ptr poison, !1609, !DIExpression(), !5874)
    #dbg_value(ptr %_3, !1605, !DIExpression(), !5872)
    #dbg_value(ptr %_3, !1613, !DIExpression(), !5874)
    #dbg_value(ptr %_3, !1617, !DIExpression(), !5876)
    #dbg_value(i64 8, !1606, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5872)
    #dbg_value(i64 8, !1614, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5874)
    #dbg_value(i64 8, !1623, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5876)
    #dbg_value(i64 8, !1626, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5878)
    #dbg_value(i64 48, !1606, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5872)
    #dbg_value(i64 48, !1614, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5874)
    #dbg_value(i64 48, !1623, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5876)
    #dbg_value(i64 48, !1626, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5878)
    #dbg_value(ptr %_3, !1631, !DIExpression(), !5878)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 48, i64 noundef 8) #22, !dbg !5880
  br label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17h283e7f7bf7fdf477E.exit7", !dbg !5881

"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17h283e7f7bf7fdf477E.exit7": ; preds = %bb1, %bb8.i.i4, %bb1.i.i6
  ret void, !dbg !5882

bb4:                                              ; preds = %bb1.i.i, %bb8.i.i, %cleanup
  resume { ptr, i32 } %0, !dbg !5883
}

; <alloc::boxed::Box<T,A> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h32cae1ca663ebdfaE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #0 !dbg !5884 {
start:
    #dbg_value(ptr %self, !5890, !DIExpression(), !5892)
    #dbg_value(ptr %f, !5891, !DIExpression(), !5892)
  %_5.0 = load ptr, ptr %self, align 8, !dbg !5893, !nonnull !23, !noundef !23
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8, !dbg !5893
  %_5.1 = load ptr, ptr %0, align 8, !dbg !5893, !nonnull !23, !align !4094, !noundef !23
; call <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
  %_0 = tail call noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1 %_5.0, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %_5.1, ptr noalias noundef nonnull align 8 dereferenceable(24) %f), !dbg !5894
  ret i1 %_0, !dbg !5895
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #6

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #7

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #8

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #9

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #10

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #12

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #13

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #7

; std::thread::functions::sleep
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef, i32 noundef range(i32 0, 1000000000)) unnamed_addr #0

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #14

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #15

; <std::sys::stdio::unix::Stderr as std::io::Write>::write
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #0

; core::slice::index::slice_index_fail
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef, i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #16

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
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #16

; core::option::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #16

; std::panicking::catch_unwind::cleanup
; Function Attrs: cold minsize nonlazybind optsize uwtable
declare { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef) unnamed_addr #17

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #14

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #18

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
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #16

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
declare void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() unnamed_addr #19

; <std::thread::scoped::ScopeData>::decrement_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8, i1 noundef zeroext) unnamed_addr #0

; Function Attrs: nonlazybind
define noundef i32 @main(i32 %0, ptr %1) unnamed_addr #20 {
top:
  %_7.i = alloca [8 x i8], align 8
  %2 = load volatile i8, ptr @__rustc_debug_gdb_scripts_section__, align 1
  %3 = sext i32 %0 to i64
    #dbg_value(ptr @_ZN18std_atomic_relaxed4main17h2ce8bda1b909c7ebE, !3151, !DIExpression(), !3155)
    #dbg_value(i64 %3, !3152, !DIExpression(), !3155)
    #dbg_value(ptr %1, !3153, !DIExpression(), !3155)
    #dbg_value(i8 0, !3154, !DIExpression(), !3155)
  call void @llvm.lifetime.start.p0(ptr nonnull %_7.i), !dbg !3156
  store ptr @_ZN18std_atomic_relaxed4main17h2ce8bda1b909c7ebE, ptr %_7.i, align 8, !dbg !3156
; call std::rt::lang_start_internal
  %_0.i = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %3, ptr noundef %1, i8 noundef 0), !dbg !3157
  call void @llvm.lifetime.end.p0(ptr nonnull %_7.i), !dbg !3158
  %4 = trunc i64 %_0.i to i32
  ret i32 %4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #21

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #7 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #16 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #17 = { cold minsize nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #18 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #19 = { cold noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #20 = { nonlazybind "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #21 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #22 = { nounwind }
attributes #23 = { noreturn }
attributes #24 = { noinline }
attributes #25 = { cold noreturn nounwind }
attributes #26 = { cold }

!llvm.module.flags = !{!558, !559, !560, !561, !562}
!llvm.ident = !{!563}
!llvm.dbg.cu = !{!564}

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
!25 = distinct !DIGlobalVariable(name: "<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()> as core::ops::function::FnOnce<()>>::{vtable}", scope: null, file: !2, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()> as core::ops::function::FnOnce<()>>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !27, vtableHolder: !32, templateParams: !23, identifier: "77c1cac0b984c84656193479dacedb82")
!27 = !{!28, !29, !30, !31}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !26, file: !2, baseType: !6, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !26, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !26, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !26, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()>", scope: !33, file: !2, size: 384, align: 64, elements: !36, templateParams: !23, identifier: "86f09803e168890417333a76a65bada3")
!33 = !DINamespace(name: "spawn_unchecked", scope: !34)
!34 = !DINamespace(name: "lifecycle", scope: !35)
!35 = !DINamespace(name: "thread", scope: !17)
!36 = !{!37, !104, !210}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !32, file: !2, baseType: !38, size: 64, align: 64, offset: 320)
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<std_atomic_relaxed::main::{closure_env#0}>", scope: !33, file: !2, size: 64, align: 64, flags: DIFlagProtected, elements: !39, templateParams: !102, identifier: "5567d87afdb602bba4372cce20bc82a8")
!39 = !{!40}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !38, file: !2, baseType: !41, size: 64, align: 64, flags: DIFlagProtected)
!41 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<std_atomic_relaxed::main::{closure_env#0}>", scope: !42, file: !2, size: 64, align: 64, elements: !45, templateParams: !102, identifier: "fedc1432f6b5f628a48251b2afeddbfe")
!42 = !DINamespace(name: "maybe_uninit", scope: !43)
!43 = !DINamespace(name: "mem", scope: !44)
!44 = !DINamespace(name: "core", scope: null)
!45 = !{!46, !47}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !41, file: !2, baseType: !7, align: 8)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !41, file: !2, baseType: !48, size: 64, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<std_atomic_relaxed::main::{closure_env#0}>", scope: !49, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !50, templateParams: !102, identifier: "bc0ece67aa414c0024ec96e5df59339f")
!49 = !DINamespace(name: "manually_drop", scope: !43)
!50 = !{!51}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !48, file: !2, baseType: !52, size: 64, align: 64, flags: DIFlagPrivate)
!52 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<std_atomic_relaxed::main::{closure_env#0}>", scope: !53, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !54, templateParams: !100, identifier: "26bf7520ed3d9f5a853d84ebd2625261")
!53 = !DINamespace(name: "maybe_dangling", scope: !43)
!54 = !{!55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !52, file: !2, baseType: !56, size: 64, align: 64, flags: DIFlagPrivate)
!56 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !57, file: !2, size: 64, align: 64, elements: !59, templateParams: !23, identifier: "5e972df657195dd860572b4ea9a05d53")
!57 = !DINamespace(name: "main", scope: !58)
!58 = !DINamespace(name: "std_atomic_relaxed", scope: null)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "shared_atomic_clone", scope: !56, file: !2, baseType: !61, size: 64, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !98, identifier: "a2541e277f4c6a34bbaed1e1c9d553db")
!62 = !DINamespace(name: "sync", scope: !63)
!63 = !DINamespace(name: "alloc", scope: null)
!64 = !{!65, !92, !95}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !61, file: !2, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !69, templateParams: !90, identifier: "f07a87be5777b488613750dc2fd4d655")
!67 = !DINamespace(name: "non_null", scope: !68)
!68 = !DINamespace(name: "ptr", scope: !44)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !66, file: !2, baseType: !71, size: 64, align: 64, flags: DIFlagPrivate)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<core::sync::atomic::AtomicUsize>", scope: !62, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !73, templateParams: !88, identifier: "16bd2e470ddecd65c1ff4a9e2917ce6c")
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
!87 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !72, file: !2, baseType: !75, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!88 = !{!89}
!89 = !DITemplateTypeParameter(name: "T", type: !75)
!90 = !{!91}
!91 = !DITemplateTypeParameter(name: "T", type: !72)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !61, file: !2, baseType: !93, align: 8, offset: 64, flags: DIFlagPrivate)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !90, identifier: "190c1f493666479c1429cc1e2f3dc3ec")
!94 = !DINamespace(name: "marker", scope: !44)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !61, file: !2, baseType: !96, align: 8, offset: 64, flags: DIFlagPrivate)
!96 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !97, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!97 = !DINamespace(name: "alloc", scope: !63)
!98 = !{!89, !99}
!99 = !DITemplateTypeParameter(name: "A", type: !96)
!100 = !{!101}
!101 = !DITemplateTypeParameter(name: "P", type: !56)
!102 = !{!103}
!103 = !DITemplateTypeParameter(name: "T", type: !56)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !32, file: !2, baseType: !105, size: 256, align: 64)
!105 = !DICompositeType(tag: DW_TAG_structure_type, name: "ChildSpawnHooks", scope: !106, file: !2, size: 256, align: 64, flags: DIFlagProtected, elements: !107, templateParams: !23, identifier: "eeb8377564d41ffd727c9fa14ad1c79c")
!106 = !DINamespace(name: "spawnhook", scope: !35)
!107 = !{!108, !161}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !105, file: !2, baseType: !109, size: 64, align: 64, offset: 192, flags: DIFlagPrivate)
!109 = !DICompositeType(tag: DW_TAG_structure_type, name: "SpawnHooks", scope: !106, file: !2, size: 64, align: 64, flags: DIFlagPrivate, elements: !110, templateParams: !23, identifier: "eebec3c86ebd2acbfaa46fa2eadbdb0")
!110 = !{!111}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "first", scope: !109, file: !2, baseType: !112, size: 64, align: 64, flags: DIFlagPrivate)
!112 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", scope: !113, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !114, templateParams: !23, identifier: "9c26074f4796feaefe0fa89af36e666")
!113 = !DINamespace(name: "option", scope: !44)
!114 = !{!115}
!115 = !DICompositeType(tag: DW_TAG_variant_part, scope: !112, file: !2, size: 64, align: 64, elements: !116, templateParams: !23, identifier: "fe2ec0e7f6e85b00b3154582f9b16849", discriminator: !159)
!116 = !{!117, !155}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !115, file: !2, baseType: !118, size: 64, align: 64, extraData: i64 0)
!118 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !112, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !119, identifier: "de0e56b27d0f8050cebd7cdd5066c822")
!119 = !{!120}
!120 = !DITemplateTypeParameter(name: "T", type: !121)
!121 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !122, templateParams: !154, identifier: "5c46653250a9f64572e7c06e649052f2")
!122 = !{!123, !151, !153}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !121, file: !2, baseType: !124, size: 64, align: 64, flags: DIFlagPrivate)
!124 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !125, templateParams: !149, identifier: "3d00bcf266f3da0552efa4d79943cc82")
!125 = !{!126}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !124, file: !2, baseType: !127, size: 64, align: 64, flags: DIFlagPrivate)
!127 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>", baseType: !128, size: 64, align: 64, dwarfAddressSpace: 0)
!128 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::spawnhook::SpawnHook>", scope: !62, file: !2, size: 320, align: 64, flags: DIFlagPrivate, elements: !129, templateParams: !147, identifier: "66fdc315f712b4647c5f1b77e02ea9a6")
!129 = !{!130, !131, !132}
!130 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !128, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !128, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !128, file: !2, baseType: !133, size: 192, align: 64, offset: 128, flags: DIFlagPrivate)
!133 = !DICompositeType(tag: DW_TAG_structure_type, name: "SpawnHook", scope: !106, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !134, templateParams: !23, identifier: "a0fa40b3023c1c67dd5268f694d43239")
!134 = !{!135, !146}
!135 = !DIDerivedType(tag: DW_TAG_member, name: "hook", scope: !133, file: !2, baseType: !136, size: 128, align: 64, flags: DIFlagPrivate)
!136 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::ops::function::Fn<(&std::thread::thread::Thread), Output=alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>> + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !137, templateParams: !23, identifier: "c70ada2156cf59a2dd08cb168dd6b2b4")
!137 = !{!138, !141}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !136, file: !2, baseType: !139, size: 64, align: 64)
!139 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !140, size: 64, align: 64, dwarfAddressSpace: 0)
!140 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::ops::function::Fn<(&std::thread::thread::Thread), Output=alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>> + core::marker::Send + core::marker::Sync)", file: !2, align: 8, elements: !23, identifier: "e829d690d0e003e2ef599cf502eed75c")
!141 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !136, file: !2, baseType: !142, size: 64, align: 64, offset: 64)
!142 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !143, size: 64, align: 64, dwarfAddressSpace: 0)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 6, lowerBound: 0)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !133, file: !2, baseType: !112, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!147 = !{!148}
!148 = !DITemplateTypeParameter(name: "T", type: !133)
!149 = !{!150}
!150 = !DITemplateTypeParameter(name: "T", type: !128)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !121, file: !2, baseType: !152, align: 8, offset: 64, flags: DIFlagPrivate)
!152 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !149, identifier: "bd39b1adf08db9894779313c94f6575")
!153 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !121, file: !2, baseType: !96, align: 8, offset: 64, flags: DIFlagPrivate)
!154 = !{!148, !99}
!155 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !115, file: !2, baseType: !156, size: 64, align: 64)
!156 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !112, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !157, templateParams: !119, identifier: "dd763ff7771c5d4fa4e25199f00c06b")
!157 = !{!158}
!158 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !156, file: !2, baseType: !121, size: 64, align: 64, flags: DIFlagPublic)
!159 = !DIDerivedType(tag: DW_TAG_member, scope: !112, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!160 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "to_run", scope: !105, file: !2, baseType: !162, size: 192, align: 64, flags: DIFlagPrivate)
!162 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", scope: !163, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !164, templateParams: !208, identifier: "5bdf23c267c8f87ea3d5f063d063e306")
!163 = !DINamespace(name: "vec", scope: !63)
!164 = !{!165, !209}
!165 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !162, file: !2, baseType: !166, size: 128, align: 64, flags: DIFlagPrivate)
!166 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", scope: !167, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !168, templateParams: !208, identifier: "c2d7c12bb10a631dc03401c085691c18")
!167 = !DINamespace(name: "raw_vec", scope: !63)
!168 = !{!169, !194}
!169 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !166, file: !2, baseType: !170, size: 128, align: 64, flags: DIFlagPrivate)
!170 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !167, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !171, templateParams: !193, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!171 = !{!172, !186, !192}
!172 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !170, file: !2, baseType: !173, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!173 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !174, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !175, templateParams: !182, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!174 = !DINamespace(name: "unique", scope: !68)
!175 = !{!176, !184}
!176 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !173, file: !2, baseType: !177, size: 64, align: 64, flags: DIFlagPrivate)
!177 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !178, templateParams: !182, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!178 = !{!179}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !177, file: !2, baseType: !180, size: 64, align: 64, flags: DIFlagPrivate)
!180 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !181, size: 64, align: 64, dwarfAddressSpace: 0)
!181 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!182 = !{!183}
!183 = !DITemplateTypeParameter(name: "T", type: !181)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !173, file: !2, baseType: !185, align: 8, offset: 64, flags: DIFlagPrivate)
!185 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !182, identifier: "15bae875c56c7c0f828edf19d836075e")
!186 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !170, file: !2, baseType: !187, size: 64, align: 64, flags: DIFlagPrivate)
!187 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !188, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !190, templateParams: !23, identifier: "cad7375c0c871c072d809328de25b44")
!188 = !DINamespace(name: "niche_types", scope: !189)
!189 = !DINamespace(name: "num", scope: !44)
!190 = !{!191}
!191 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !187, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!192 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !170, file: !2, baseType: !96, align: 8, offset: 128, flags: DIFlagPrivate)
!193 = !{!99}
!194 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !166, file: !2, baseType: !195, align: 8, offset: 128, flags: DIFlagPrivate)
!195 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !196, identifier: "fc69ebabb4dbbbad75cac103711330b0")
!196 = !{!197}
!197 = !DITemplateTypeParameter(name: "T", type: !198)
!198 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !199, templateParams: !23, identifier: "784f70b9191dc401f45ccad49dd98a60")
!199 = !{!200, !203}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !198, file: !2, baseType: !201, size: 64, align: 64)
!201 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !202, size: 64, align: 64, dwarfAddressSpace: 0)
!202 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, align: 8, elements: !23, identifier: "81b0c2b508a9eeb1c9c4cf84be6b519b")
!203 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !198, file: !2, baseType: !204, size: 64, align: 64, offset: 64)
!204 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 4]", baseType: !205, size: 64, align: 64, dwarfAddressSpace: 0)
!205 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 256, align: 64, elements: !206)
!206 = !{!207}
!207 = !DISubrange(count: 4, lowerBound: 0)
!208 = !{!197, !99}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !162, file: !2, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "their_packet", scope: !32, file: !2, baseType: !211, size: 64, align: 64, offset: 256)
!211 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !212, templateParams: !433, identifier: "f68346888aeaf56877b353e086500515")
!212 = !{!213, !430, !432}
!213 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !211, file: !2, baseType: !214, size: 64, align: 64, flags: DIFlagPrivate)
!214 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !215, templateParams: !428, identifier: "4a42d39f6afaa33db4e35b3ee00a0d6a")
!215 = !{!216}
!216 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !214, file: !2, baseType: !217, size: 64, align: 64, flags: DIFlagPrivate)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !218, size: 64, align: 64, dwarfAddressSpace: 0)
!218 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::lifecycle::Packet<()>>", scope: !62, file: !2, size: 384, align: 64, flags: DIFlagPrivate, elements: !219, templateParams: !426, identifier: "d9e6995ee1ede61c184fde8cd90811e6")
!219 = !{!220, !221, !222}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !218, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !218, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !218, file: !2, baseType: !223, size: 256, align: 64, offset: 128, flags: DIFlagPrivate)
!223 = !DICompositeType(tag: DW_TAG_structure_type, name: "Packet<()>", scope: !34, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !224, templateParams: !425, identifier: "228d39cffd0267e06ff379bf15f9a36b")
!224 = !{!225, !365, !407}
!225 = !DIDerivedType(tag: DW_TAG_member, name: "scope", scope: !223, file: !2, baseType: !226, size: 64, align: 64, flags: DIFlagPrivate)
!226 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", scope: !113, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !227, templateParams: !23, identifier: "5fb98ac86a7315b43e2b6618a15480f9")
!227 = !{!228}
!228 = !DICompositeType(tag: DW_TAG_variant_part, scope: !226, file: !2, size: 64, align: 64, elements: !229, templateParams: !23, identifier: "2c7c1c795725e24c3bc0594e8c8246cc", discriminator: !364)
!229 = !{!230, !360}
!230 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !228, file: !2, baseType: !231, size: 64, align: 64, extraData: i64 0)
!231 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !226, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !232, identifier: "98fef0ad5724695823fedfb81f35429f")
!232 = !{!233}
!233 = !DITemplateTypeParameter(name: "T", type: !234)
!234 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !235, templateParams: !359, identifier: "cd79285008b59249f6d84f12e947241a")
!235 = !{!236, !356, !358}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !234, file: !2, baseType: !237, size: 64, align: 64, flags: DIFlagPrivate)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::scoped::ScopeData>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !238, templateParams: !354, identifier: "c6044cdf17742002f1fe5ece2095d9c4")
!238 = !{!239}
!239 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !237, file: !2, baseType: !240, size: 64, align: 64, flags: DIFlagPrivate)
!240 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::scoped::ScopeData>", baseType: !241, size: 64, align: 64, dwarfAddressSpace: 0)
!241 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::scoped::ScopeData>", scope: !62, file: !2, size: 320, align: 64, flags: DIFlagPrivate, elements: !242, templateParams: !352, identifier: "f1f944dbbb4e153993ec73bd62fa46f0")
!242 = !{!243, !244, !245}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !241, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !241, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !241, file: !2, baseType: !246, size: 192, align: 64, offset: 128, flags: DIFlagPrivate)
!246 = !DICompositeType(tag: DW_TAG_structure_type, name: "ScopeData", scope: !247, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !248, templateParams: !23, identifier: "46b284ff1c0eefbb631e04ae7f64f9a2")
!247 = !DINamespace(name: "scoped", scope: !35)
!248 = !{!249, !250, !257}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "num_running_threads", scope: !246, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "a_thread_panicked", scope: !246, file: !2, baseType: !251, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!251 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !76, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !252, templateParams: !23, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!252 = !{!253}
!253 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !251, file: !2, baseType: !254, size: 8, align: 8, flags: DIFlagPrivate)
!254 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !81, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !255, templateParams: !182, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!255 = !{!256}
!256 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !254, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagPrivate)
!257 = !DIDerivedType(tag: DW_TAG_member, name: "main_thread", scope: !246, file: !2, baseType: !258, size: 64, align: 64, flags: DIFlagPrivate)
!258 = !DICompositeType(tag: DW_TAG_structure_type, name: "Thread", scope: !259, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !260, templateParams: !23, identifier: "403a666d5f21c87995fdafc8bf1e6351")
!259 = !DINamespace(name: "thread", scope: !35)
!260 = !{!261}
!261 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !258, file: !2, baseType: !262, size: 64, align: 64, flags: DIFlagPrivate)
!262 = !DICompositeType(tag: DW_TAG_structure_type, name: "Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", scope: !263, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !264, templateParams: !350, identifier: "bc0a901ebfeb8aaf57b9b1aff716c8c1")
!263 = !DINamespace(name: "pin", scope: !44)
!264 = !{!265}
!265 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !262, file: !2, baseType: !266, size: 64, align: 64, flags: DIFlagPrivate)
!266 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::thread::Inner, std::alloc::System>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !267, templateParams: !348, identifier: "17e830a2d9b5f9169616a87ed1cd0fe9")
!267 = !{!268, !343, !345}
!268 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !266, file: !2, baseType: !269, size: 64, align: 64, flags: DIFlagPrivate)
!269 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::thread::Inner>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !270, templateParams: !341, identifier: "b685f3cbfd8d3414d1ba6294362e4d00")
!270 = !{!271}
!271 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !269, file: !2, baseType: !272, size: 64, align: 64, flags: DIFlagPrivate)
!272 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::thread::Inner>", baseType: !273, size: 64, align: 64, dwarfAddressSpace: 0)
!273 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::thread::Inner>", scope: !62, file: !2, size: 384, align: 64, flags: DIFlagPrivate, elements: !274, templateParams: !339, identifier: "727304cc1db499aa1753946b26666957")
!274 = !{!275, !276, !277}
!275 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !273, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!276 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !273, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!277 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !273, file: !2, baseType: !278, size: 256, align: 64, offset: 128, flags: DIFlagPrivate)
!278 = !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", scope: !259, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !279, templateParams: !23, identifier: "b4e68275b6ef48d14e0d0ca922e61cfe")
!279 = !{!280, !308, !322}
!280 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !278, file: !2, baseType: !281, size: 128, align: 64, offset: 64, flags: DIFlagPrivate)
!281 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::thread::thread::thread_name_string::ThreadNameString>", scope: !113, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !282, templateParams: !23, identifier: "69c3d296694bad8c828d2c84c68eb0c7")
!282 = !{!283}
!283 = !DICompositeType(tag: DW_TAG_variant_part, scope: !281, file: !2, size: 128, align: 64, elements: !284, templateParams: !23, identifier: "572a2b1f4b15b0cc2a73f1fb7932db83", discriminator: !307)
!284 = !{!285, !303}
!285 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !283, file: !2, baseType: !286, size: 128, align: 64, extraData: i64 0)
!286 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !281, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !287, identifier: "213221054ad9a922be49fd8e2e5e6b4e")
!287 = !{!288}
!288 = !DITemplateTypeParameter(name: "T", type: !289)
!289 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadNameString", scope: !290, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !291, templateParams: !23, identifier: "8c164ab72a2dfb2e38f74277af352297")
!290 = !DINamespace(name: "thread_name_string", scope: !259)
!291 = !{!292}
!292 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !289, file: !2, baseType: !293, size: 128, align: 64, flags: DIFlagPrivate)
!293 = !DICompositeType(tag: DW_TAG_structure_type, name: "CString", scope: !294, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !296, templateParams: !23, identifier: "fc613295dbb8274a87f65b7c54af0c14")
!294 = !DINamespace(name: "c_str", scope: !295)
!295 = !DINamespace(name: "ffi", scope: !63)
!296 = !{!297}
!297 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !293, file: !2, baseType: !298, size: 128, align: 64, flags: DIFlagPrivate)
!298 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<[u8], alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !299, templateParams: !23, identifier: "921886ecc911f281d55f77903c5973b8")
!299 = !{!300, !302}
!300 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !298, file: !2, baseType: !301, size: 64, align: 64)
!301 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !181, size: 64, align: 64, dwarfAddressSpace: 0)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !298, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !283, file: !2, baseType: !304, size: 128, align: 64)
!304 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !281, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !305, templateParams: !287, identifier: "bcc98044100a111a3512307fbe506506")
!305 = !{!306}
!306 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !304, file: !2, baseType: !289, size: 128, align: 64, flags: DIFlagPublic)
!307 = !DIDerivedType(tag: DW_TAG_member, scope: !281, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !278, file: !2, baseType: !309, size: 64, align: 64, flags: DIFlagPrivate)
!309 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadId", scope: !310, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !311, templateParams: !23, identifier: "de609d3b81242813820c995a10001b08")
!310 = !DINamespace(name: "id", scope: !35)
!311 = !{!312}
!312 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !309, file: !2, baseType: !313, size: 64, align: 64, flags: DIFlagPrivate)
!313 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZero<u64>", scope: !314, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !315, templateParams: !320, identifier: "ff786a4ac72ed82b974b9cfadfcee5d")
!314 = !DINamespace(name: "nonzero", scope: !189)
!315 = !{!316}
!316 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !313, file: !2, baseType: !317, size: 64, align: 64, flags: DIFlagPrivate)
!317 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZeroU64Inner", scope: !188, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !318, templateParams: !23, identifier: "e2f4201cd798a8ec8a688583cf768d10")
!318 = !{!319}
!319 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !317, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagPrivate)
!320 = !{!321}
!321 = !DITemplateTypeParameter(name: "T", type: !160)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "parker", scope: !278, file: !2, baseType: !323, size: 32, align: 32, offset: 192, flags: DIFlagPrivate)
!323 = !DICompositeType(tag: DW_TAG_structure_type, name: "Parker", scope: !324, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !328, templateParams: !23, identifier: "39c9dceecc8e8d9c89798e8b95a41668")
!324 = !DINamespace(name: "futex", scope: !325)
!325 = !DINamespace(name: "thread_parking", scope: !326)
!326 = !DINamespace(name: "sync", scope: !327)
!327 = !DINamespace(name: "sys", scope: !17)
!328 = !{!329}
!329 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !323, file: !2, baseType: !330, size: 32, align: 32, flags: DIFlagPrivate)
!330 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !76, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !331, templateParams: !23, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!331 = !{!332}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !330, file: !2, baseType: !333, size: 32, align: 32, flags: DIFlagPrivate)
!333 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !81, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !334, templateParams: !337, identifier: "276fcd5afdff990e3d83fbd36936145c")
!334 = !{!335}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !333, file: !2, baseType: !336, size: 32, align: 32, flags: DIFlagPrivate)
!336 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!337 = !{!338}
!338 = !DITemplateTypeParameter(name: "T", type: !336)
!339 = !{!340}
!340 = !DITemplateTypeParameter(name: "T", type: !278)
!341 = !{!342}
!342 = !DITemplateTypeParameter(name: "T", type: !273)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !266, file: !2, baseType: !344, align: 8, offset: 64, flags: DIFlagPrivate)
!344 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::thread::Inner>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !341, identifier: "8cbae2973f2416ba3239b50b421f1d46")
!345 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !266, file: !2, baseType: !346, align: 8, offset: 64, flags: DIFlagPrivate)
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "System", scope: !347, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "1ff8b479d8c32c4b3ae3cd5b6d913415")
!347 = !DINamespace(name: "alloc", scope: !17)
!348 = !{!340, !349}
!349 = !DITemplateTypeParameter(name: "A", type: !346)
!350 = !{!351}
!351 = !DITemplateTypeParameter(name: "Ptr", type: !266)
!352 = !{!353}
!353 = !DITemplateTypeParameter(name: "T", type: !246)
!354 = !{!355}
!355 = !DITemplateTypeParameter(name: "T", type: !241)
!356 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !234, file: !2, baseType: !357, align: 8, offset: 64, flags: DIFlagPrivate)
!357 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::scoped::ScopeData>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !354, identifier: "8369e9356a96f8e98cc34218d394fbbb")
!358 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !234, file: !2, baseType: !96, align: 8, offset: 64, flags: DIFlagPrivate)
!359 = !{!353, !99}
!360 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !228, file: !2, baseType: !361, size: 64, align: 64)
!361 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !226, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !362, templateParams: !232, identifier: "46c596e44a2b993ec28349bb0d5ed6f3")
!362 = !{!363}
!363 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !361, file: !2, baseType: !234, size: 64, align: 64, flags: DIFlagPublic)
!364 = !DIDerivedType(tag: DW_TAG_member, scope: !226, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!365 = !DIDerivedType(tag: DW_TAG_member, name: "result", scope: !223, file: !2, baseType: !366, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!366 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", scope: !81, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !367, templateParams: !405, identifier: "4367cf4a581e388897f832643cc58324")
!367 = !{!368}
!368 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !366, file: !2, baseType: !369, size: 192, align: 64, flags: DIFlagPrivate)
!369 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", scope: !113, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !370, templateParams: !23, identifier: "54a9003dabc5c718be07cfcefd1d7bf3")
!370 = !{!371}
!371 = !DICompositeType(tag: DW_TAG_variant_part, scope: !369, file: !2, size: 192, align: 64, elements: !372, templateParams: !23, identifier: "2588e9f44f61995c1d9c65d950e3b3ef", discriminator: !404)
!372 = !{!373, !400}
!373 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !371, file: !2, baseType: !374, size: 192, align: 64, extraData: i64 0)
!374 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !369, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !375, identifier: "74f56560024d72bcc60b606a59aa9399")
!375 = !{!376}
!376 = !DITemplateTypeParameter(name: "T", type: !377)
!377 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !378, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !379, templateParams: !23, identifier: "c448c4ebf0b62f4d8d98567f640d849d")
!378 = !DINamespace(name: "result", scope: !44)
!379 = !{!380}
!380 = !DICompositeType(tag: DW_TAG_variant_part, scope: !377, file: !2, size: 128, align: 64, elements: !381, templateParams: !23, identifier: "4eec28cfbaf2dd0cdbf9507812b9ffe3", discriminator: !399)
!381 = !{!382, !395}
!382 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !380, file: !2, baseType: !383, size: 128, align: 64, extraData: i64 0)
!383 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !377, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !384, templateParams: !386, identifier: "5443d5216cfa4da242209ce74fbe215")
!384 = !{!385}
!385 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !383, file: !2, baseType: !7, align: 8, flags: DIFlagPublic)
!386 = !{!387, !388}
!387 = !DITemplateTypeParameter(name: "T", type: !7)
!388 = !DITemplateTypeParameter(name: "E", type: !389)
!389 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !390, templateParams: !23, identifier: "10ed3ba8a6abd8274ce7f839cd83118a")
!390 = !{!391, !394}
!391 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !389, file: !2, baseType: !392, size: 64, align: 64)
!392 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !393, size: 64, align: 64, dwarfAddressSpace: 0)
!393 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::any::Any + core::marker::Send)", file: !2, align: 8, elements: !23, identifier: "b160390ced8ba3d9da5565e1f758d814")
!394 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !389, file: !2, baseType: !204, size: 64, align: 64, offset: 64)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !380, file: !2, baseType: !396, size: 128, align: 64)
!396 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !377, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !397, templateParams: !386, identifier: "92ad92ae753b59d672022ed9f9c790bd")
!397 = !{!398}
!398 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !396, file: !2, baseType: !389, size: 128, align: 64, flags: DIFlagPublic)
!399 = !DIDerivedType(tag: DW_TAG_member, scope: !377, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!400 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !371, file: !2, baseType: !401, size: 192, align: 64, extraData: i64 1)
!401 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !369, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !402, templateParams: !375, identifier: "97f96804a08ad201c958d67325d2dec2")
!402 = !{!403}
!403 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !401, file: !2, baseType: !377, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!404 = !DIDerivedType(tag: DW_TAG_member, scope: !369, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!405 = !{!406}
!406 = !DITemplateTypeParameter(name: "T", type: !369)
!407 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !223, file: !2, baseType: !408, align: 8, offset: 256, flags: DIFlagPrivate)
!408 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<core::option::Option<&std::thread::scoped::ScopeData>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !409, identifier: "7bcceec13b83e53e6f59d42b42af8226")
!409 = !{!410}
!410 = !DITemplateTypeParameter(name: "T", type: !411)
!411 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&std::thread::scoped::ScopeData>", scope: !113, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !412, templateParams: !23, identifier: "b7ad46b7c0d94cf3c40441f639ed8d29")
!412 = !{!413}
!413 = !DICompositeType(tag: DW_TAG_variant_part, scope: !411, file: !2, size: 64, align: 64, elements: !414, templateParams: !23, identifier: "e431ce6618197e7c9b94ab32566e0e45", discriminator: !424)
!414 = !{!415, !420}
!415 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !413, file: !2, baseType: !416, size: 64, align: 64, extraData: i64 0)
!416 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !411, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !417, identifier: "1ca62aa73fcc7bda55ba342407c1b324")
!417 = !{!418}
!418 = !DITemplateTypeParameter(name: "T", type: !419)
!419 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::scoped::ScopeData", baseType: !246, size: 64, align: 64, dwarfAddressSpace: 0)
!420 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !413, file: !2, baseType: !421, size: 64, align: 64)
!421 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !411, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !422, templateParams: !417, identifier: "b4f47f30642887146ad274cf2574e54d")
!422 = !{!423}
!423 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !421, file: !2, baseType: !419, size: 64, align: 64, flags: DIFlagPublic)
!424 = !DIDerivedType(tag: DW_TAG_member, scope: !411, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!425 = !{!387}
!426 = !{!427}
!427 = !DITemplateTypeParameter(name: "T", type: !223)
!428 = !{!429}
!429 = !DITemplateTypeParameter(name: "T", type: !218)
!430 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !211, file: !2, baseType: !431, align: 8, offset: 64, flags: DIFlagPrivate)
!431 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !428, identifier: "3b71d2bf44768e466aef110848eb62c1")
!432 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !211, file: !2, baseType: !96, align: 8, offset: 64, flags: DIFlagPrivate)
!433 = !{!427, !99}
!434 = !DIGlobalVariableExpression(var: !435, expr: !DIExpression())
!435 = distinct !DIGlobalVariable(name: "<std::io::error::Error as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !436, isLocal: true, isDefinition: true)
!436 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::io::error::Error as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !437, vtableHolder: !442, templateParams: !23, identifier: "9899f3b834037c46701741a51261c1ba")
!437 = !{!438, !439, !440, !441}
!438 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !436, file: !2, baseType: !6, size: 64, align: 64)
!439 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !436, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!440 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !436, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!441 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !436, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!442 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !443, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !445, templateParams: !23, identifier: "e85a88758bb6b463983651803f51593b")
!443 = !DINamespace(name: "error", scope: !444)
!444 = !DINamespace(name: "io", scope: !17)
!445 = !{!446}
!446 = !DIDerivedType(tag: DW_TAG_member, name: "repr", scope: !442, file: !2, baseType: !447, size: 64, align: 64, flags: DIFlagPrivate)
!447 = !DICompositeType(tag: DW_TAG_structure_type, name: "Repr", scope: !448, file: !2, size: 64, align: 64, flags: DIFlagProtected, elements: !449, templateParams: !23, identifier: "2b12c7d6f0999e88fb5b624c805a9b5c")
!448 = !DINamespace(name: "repr_bitpacked", scope: !443)
!449 = !{!450, !454}
!450 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !447, file: !2, baseType: !451, size: 64, align: 64, flags: DIFlagPrivate)
!451 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !452, templateParams: !425, identifier: "f4e496144210c619b96aa08326287b92")
!452 = !{!453}
!453 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !451, file: !2, baseType: !6, size: 64, align: 64, flags: DIFlagPrivate)
!454 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !447, file: !2, baseType: !455, align: 8, offset: 64, flags: DIFlagPrivate)
!455 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !456, identifier: "1e81c851dbf599cbb5b9d59441a7942d")
!456 = !{!457}
!457 = !DITemplateTypeParameter(name: "T", type: !458)
!458 = !DICompositeType(tag: DW_TAG_structure_type, name: "ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", scope: !443, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !459, templateParams: !23, identifier: "ffef33cfda2f3413349fa61eea1a1c76")
!459 = !{!460}
!460 = !DICompositeType(tag: DW_TAG_variant_part, scope: !458, file: !2, size: 128, align: 64, elements: !461, templateParams: !23, identifier: "829637cf065b43e3b34210a435834087", discriminator: !549)
!461 = !{!462, !528, !532, !545}
!462 = !DIDerivedType(tag: DW_TAG_member, name: "Os", scope: !460, file: !2, baseType: !463, size: 128, align: 64, extraData: i8 0)
!463 = !DICompositeType(tag: DW_TAG_structure_type, name: "Os", scope: !458, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !464, templateParams: !467, identifier: "8231477b47c7e5ee3b6f484fb3758b62")
!464 = !{!465}
!465 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !463, file: !2, baseType: !466, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!466 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!467 = !{!468}
!468 = !DITemplateTypeParameter(name: "C", type: !469)
!469 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !470, size: 64, align: 64, dwarfAddressSpace: 0)
!470 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !443, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !471, templateParams: !23, identifier: "7fdd58ebd6f6d542dadee54399a568fb")
!471 = !{!472, !517}
!472 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !470, file: !2, baseType: !473, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!473 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "ErrorKind", scope: !443, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagEnumClass, elements: !474)
!474 = !{!475, !476, !477, !478, !479, !480, !481, !482, !483, !484, !485, !486, !487, !488, !489, !490, !491, !492, !493, !494, !495, !496, !497, !498, !499, !500, !501, !502, !503, !504, !505, !506, !507, !508, !509, !510, !511, !512, !513, !514, !515, !516}
!475 = !DIEnumerator(name: "NotFound", value: 0, isUnsigned: true)
!476 = !DIEnumerator(name: "PermissionDenied", value: 1, isUnsigned: true)
!477 = !DIEnumerator(name: "ConnectionRefused", value: 2, isUnsigned: true)
!478 = !DIEnumerator(name: "ConnectionReset", value: 3, isUnsigned: true)
!479 = !DIEnumerator(name: "HostUnreachable", value: 4, isUnsigned: true)
!480 = !DIEnumerator(name: "NetworkUnreachable", value: 5, isUnsigned: true)
!481 = !DIEnumerator(name: "ConnectionAborted", value: 6, isUnsigned: true)
!482 = !DIEnumerator(name: "NotConnected", value: 7, isUnsigned: true)
!483 = !DIEnumerator(name: "AddrInUse", value: 8, isUnsigned: true)
!484 = !DIEnumerator(name: "AddrNotAvailable", value: 9, isUnsigned: true)
!485 = !DIEnumerator(name: "NetworkDown", value: 10, isUnsigned: true)
!486 = !DIEnumerator(name: "BrokenPipe", value: 11, isUnsigned: true)
!487 = !DIEnumerator(name: "AlreadyExists", value: 12, isUnsigned: true)
!488 = !DIEnumerator(name: "WouldBlock", value: 13, isUnsigned: true)
!489 = !DIEnumerator(name: "NotADirectory", value: 14, isUnsigned: true)
!490 = !DIEnumerator(name: "IsADirectory", value: 15, isUnsigned: true)
!491 = !DIEnumerator(name: "DirectoryNotEmpty", value: 16, isUnsigned: true)
!492 = !DIEnumerator(name: "ReadOnlyFilesystem", value: 17, isUnsigned: true)
!493 = !DIEnumerator(name: "FilesystemLoop", value: 18, isUnsigned: true)
!494 = !DIEnumerator(name: "StaleNetworkFileHandle", value: 19, isUnsigned: true)
!495 = !DIEnumerator(name: "InvalidInput", value: 20, isUnsigned: true)
!496 = !DIEnumerator(name: "InvalidData", value: 21, isUnsigned: true)
!497 = !DIEnumerator(name: "TimedOut", value: 22, isUnsigned: true)
!498 = !DIEnumerator(name: "WriteZero", value: 23, isUnsigned: true)
!499 = !DIEnumerator(name: "StorageFull", value: 24, isUnsigned: true)
!500 = !DIEnumerator(name: "NotSeekable", value: 25, isUnsigned: true)
!501 = !DIEnumerator(name: "QuotaExceeded", value: 26, isUnsigned: true)
!502 = !DIEnumerator(name: "FileTooLarge", value: 27, isUnsigned: true)
!503 = !DIEnumerator(name: "ResourceBusy", value: 28, isUnsigned: true)
!504 = !DIEnumerator(name: "ExecutableFileBusy", value: 29, isUnsigned: true)
!505 = !DIEnumerator(name: "Deadlock", value: 30, isUnsigned: true)
!506 = !DIEnumerator(name: "CrossesDevices", value: 31, isUnsigned: true)
!507 = !DIEnumerator(name: "TooManyLinks", value: 32, isUnsigned: true)
!508 = !DIEnumerator(name: "InvalidFilename", value: 33, isUnsigned: true)
!509 = !DIEnumerator(name: "ArgumentListTooLong", value: 34, isUnsigned: true)
!510 = !DIEnumerator(name: "Interrupted", value: 35, isUnsigned: true)
!511 = !DIEnumerator(name: "Unsupported", value: 36, isUnsigned: true)
!512 = !DIEnumerator(name: "UnexpectedEof", value: 37, isUnsigned: true)
!513 = !DIEnumerator(name: "OutOfMemory", value: 38, isUnsigned: true)
!514 = !DIEnumerator(name: "InProgress", value: 39, isUnsigned: true)
!515 = !DIEnumerator(name: "Other", value: 40, isUnsigned: true)
!516 = !DIEnumerator(name: "Uncategorized", value: 41, isUnsigned: true)
!517 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !470, file: !2, baseType: !518, size: 128, align: 64, flags: DIFlagPrivate)
!518 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !519, templateParams: !23, identifier: "a7e7b87722ec91db468fbff97d02e79f")
!519 = !{!520, !523}
!520 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !518, file: !2, baseType: !521, size: 64, align: 64)
!521 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !522, size: 64, align: 64, dwarfAddressSpace: 0)
!522 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::error::Error + core::marker::Send + core::marker::Sync)", file: !2, align: 8, elements: !23, identifier: "cb89d378028ef3909bc35c36e5d517c6")
!523 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !518, file: !2, baseType: !524, size: 64, align: 64, offset: 64)
!524 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 10]", baseType: !525, size: 64, align: 64, dwarfAddressSpace: 0)
!525 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 640, align: 64, elements: !526)
!526 = !{!527}
!527 = !DISubrange(count: 10, lowerBound: 0)
!528 = !DIDerivedType(tag: DW_TAG_member, name: "Simple", scope: !460, file: !2, baseType: !529, size: 128, align: 64, extraData: i8 1)
!529 = !DICompositeType(tag: DW_TAG_structure_type, name: "Simple", scope: !458, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !530, templateParams: !467, identifier: "12c26e44c514fd706977573f1e51277b")
!530 = !{!531}
!531 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !529, file: !2, baseType: !473, size: 8, align: 8, offset: 8, flags: DIFlagPrivate)
!532 = !DIDerivedType(tag: DW_TAG_member, name: "SimpleMessage", scope: !460, file: !2, baseType: !533, size: 128, align: 64, extraData: i8 2)
!533 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !458, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !534, templateParams: !467, identifier: "683115b188484d9c66c29199b1668743")
!534 = !{!535}
!535 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !533, file: !2, baseType: !536, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!536 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::SimpleMessage", baseType: !537, size: 64, align: 64, dwarfAddressSpace: 0)
!537 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !443, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !538, templateParams: !23, identifier: "fc3ba5ffb90353c74d91c7e48a819290")
!538 = !{!539, !540}
!539 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !537, file: !2, baseType: !473, size: 8, align: 8, offset: 128, flags: DIFlagPublic)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "message", scope: !537, file: !2, baseType: !541, size: 128, align: 64, flags: DIFlagPublic)
!541 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !2, size: 128, align: 64, elements: !542, templateParams: !23, identifier: "9277eecd40495f85161460476aacc992")
!542 = !{!543, !544}
!543 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !541, file: !2, baseType: !301, size: 64, align: 64)
!544 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !541, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!545 = !DIDerivedType(tag: DW_TAG_member, name: "Custom", scope: !460, file: !2, baseType: !546, size: 128, align: 64, extraData: i8 3)
!546 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !458, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !547, templateParams: !467, identifier: "fbbb3263f2671f5cd18b279ae5597d20")
!547 = !{!548}
!548 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !546, file: !2, baseType: !469, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!549 = !DIDerivedType(tag: DW_TAG_member, scope: !458, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagArtificial)
!550 = !DIGlobalVariableExpression(var: !551, expr: !DIExpression())
!551 = distinct !DIGlobalVariable(name: "<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !552, isLocal: true, isDefinition: true)
!552 = !DICompositeType(tag: DW_TAG_structure_type, name: "<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !553, vtableHolder: !389, templateParams: !23, identifier: "16286048a8c74cb467b1adaaa18c43b0")
!553 = !{!554, !555, !556, !557}
!554 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !552, file: !2, baseType: !6, size: 64, align: 64)
!555 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !552, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!556 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !552, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!557 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !552, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!558 = !{i32 8, !"PIC Level", i32 2}
!559 = !{i32 7, !"PIE Level", i32 2}
!560 = !{i32 2, !"RtLibUseGOT", i32 1}
!561 = !{i32 7, !"Dwarf Version", i32 4}
!562 = !{i32 2, !"Debug Info Version", i32 3}
!563 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!564 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !565, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !566, globals: !649, splitDebugInlining: false, nameTableKind: None)
!565 = !DIFile(filename: "testdata/rust/src/std_atomic_relaxed.rs/@/std_atomic_relaxed.f0078c7e0c9f88be-cgu.0", directory: ".")
!566 = !{!567, !634, !642, !473}
!567 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !568, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagEnumClass, elements: !569)
!568 = !DINamespace(name: "alignment", scope: !68)
!569 = !{!570, !571, !572, !573, !574, !575, !576, !577, !578, !579, !580, !581, !582, !583, !584, !585, !586, !587, !588, !589, !590, !591, !592, !593, !594, !595, !596, !597, !598, !599, !600, !601, !602, !603, !604, !605, !606, !607, !608, !609, !610, !611, !612, !613, !614, !615, !616, !617, !618, !619, !620, !621, !622, !623, !624, !625, !626, !627, !628, !629, !630, !631, !632, !633}
!570 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!571 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!572 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!573 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!574 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!575 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!576 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!577 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!578 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!579 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!580 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!581 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!582 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!583 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!584 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!585 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!586 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!587 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!588 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!589 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!590 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!591 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!592 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!593 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!594 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!595 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!596 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!597 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!598 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!599 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!600 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!601 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!602 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!603 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!604 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!605 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!606 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!607 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!608 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!609 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!610 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!611 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!612 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!613 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!614 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!615 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!616 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!617 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!618 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!619 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!620 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!621 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!622 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!623 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!624 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!625 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!626 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!627 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!628 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!629 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!630 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!631 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!632 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!633 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!634 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "IntErrorKind", scope: !635, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagEnumClass, elements: !636)
!635 = !DINamespace(name: "error", scope: !189)
!636 = !{!637, !638, !639, !640, !641}
!637 = !DIEnumerator(name: "Empty", value: 0, isUnsigned: true)
!638 = !DIEnumerator(name: "InvalidDigit", value: 1, isUnsigned: true)
!639 = !DIEnumerator(name: "PosOverflow", value: 2, isUnsigned: true)
!640 = !DIEnumerator(name: "NegOverflow", value: 3, isUnsigned: true)
!641 = !DIEnumerator(name: "Zero", value: 4, isUnsigned: true)
!642 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !76, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagEnumClass, elements: !643)
!643 = !{!644, !645, !646, !647, !648}
!644 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!645 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!646 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!647 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!648 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!649 = !{!650, !0, !24, !434, !550}
!650 = !DIGlobalVariableExpression(var: !651, expr: !DIExpression())
!651 = distinct !DIGlobalVariable(name: "<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr> as core::fmt::Write>::{vtable}", scope: null, file: !2, type: !652, isLocal: true, isDefinition: true)
!652 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr> as core::fmt::Write>::{vtable_type}", file: !2, size: 384, align: 64, flags: DIFlagArtificial, elements: !653, vtableHolder: !660, templateParams: !23, identifier: "a2d776a634e9ee49f2620c60c1a0773")
!653 = !{!654, !655, !656, !657, !658, !659}
!654 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !652, file: !2, baseType: !6, size: 64, align: 64)
!655 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !652, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!656 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !652, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !652, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!658 = !DIDerivedType(tag: DW_TAG_member, name: "__method4", scope: !652, file: !2, baseType: !6, size: 64, align: 64, offset: 256)
!659 = !DIDerivedType(tag: DW_TAG_member, name: "__method5", scope: !652, file: !2, baseType: !6, size: 64, align: 64, offset: 320)
!660 = !DICompositeType(tag: DW_TAG_structure_type, name: "Adapter<std::sys::stdio::unix::Stderr>", scope: !661, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !662, templateParams: !684, identifier: "7ce56b418518d8591f8be18f4f64418b")
!661 = !DINamespace(name: "default_write_fmt", scope: !444)
!662 = !{!663, !668}
!663 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !660, file: !2, baseType: !664, size: 64, align: 64, flags: DIFlagProtected)
!664 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sys::stdio::unix::Stderr", baseType: !665, size: 64, align: 64, dwarfAddressSpace: 0)
!665 = !DICompositeType(tag: DW_TAG_structure_type, name: "Stderr", scope: !666, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "44962adef41932092963bc2cf3c1dc5b")
!666 = !DINamespace(name: "unix", scope: !667)
!667 = !DINamespace(name: "stdio", scope: !327)
!668 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !660, file: !2, baseType: !669, size: 64, align: 64, offset: 64, flags: DIFlagProtected)
!669 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), std::io::error::Error>", scope: !378, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !670, templateParams: !23, identifier: "e5cc42c9786a5088859dacc9c24236ff")
!670 = !{!671}
!671 = !DICompositeType(tag: DW_TAG_variant_part, scope: !669, file: !2, size: 64, align: 64, elements: !672, templateParams: !23, identifier: "9e9e32fae5387bcb158160209ed8d0c7", discriminator: !683)
!672 = !{!673, !679}
!673 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !671, file: !2, baseType: !674, size: 64, align: 64, extraData: i64 0)
!674 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !669, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !675, templateParams: !677, identifier: "15084b43d1d94e2332c7efdfcfe61c0")
!675 = !{!676}
!676 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !674, file: !2, baseType: !7, align: 8, flags: DIFlagPublic)
!677 = !{!387, !678}
!678 = !DITemplateTypeParameter(name: "E", type: !442)
!679 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !671, file: !2, baseType: !680, size: 64, align: 64)
!680 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !669, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !681, templateParams: !677, identifier: "784f3ae8b57a859ebe2c15a3b4ddd532")
!681 = !{!682}
!682 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !680, file: !2, baseType: !442, size: 64, align: 64, flags: DIFlagPublic)
!683 = !DIDerivedType(tag: DW_TAG_member, scope: !669, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!684 = !{!685}
!685 = !DITemplateTypeParameter(name: "T", type: !665)
!686 = distinct !DISubprogram(name: "main", linkageName: "_ZN18std_atomic_relaxed4main17h2ce8bda1b909c7ebE", scope: !58, file: !687, line: 20, type: !21, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized | DISPFlagMainSubprogram, unit: !564, templateParams: !23, retainedNodes: !688)
!687 = !DIFile(filename: "testdata/rust/src/std_atomic_relaxed.rs", directory: ".", checksumkind: CSK_MD5, checksum: "9e83b3359869756233c6148601ec4c5f")
!688 = !{!689, !691, !693}
!689 = !DILocalVariable(name: "shared_atomic", scope: !690, file: !687, line: 21, type: !61, align: 64)
!690 = distinct !DILexicalBlock(scope: !686, file: !687, line: 21, column: 5)
!691 = !DILocalVariable(name: "shared_atomic_clone", scope: !692, file: !687, line: 22, type: !61, align: 64)
!692 = distinct !DILexicalBlock(scope: !690, file: !687, line: 22, column: 5)
!693 = !DILocalVariable(name: "join_handle", scope: !694, file: !687, line: 23, type: !695, align: 64)
!694 = distinct !DILexicalBlock(scope: !692, file: !687, line: 23, column: 5)
!695 = !DICompositeType(tag: DW_TAG_structure_type, name: "JoinHandle<()>", scope: !696, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !697, templateParams: !425, identifier: "ee35f62bf9404f102775e769c6ed946f")
!696 = !DINamespace(name: "join_handle", scope: !35)
!697 = !{!698}
!698 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !695, file: !2, baseType: !699, size: 192, align: 64, flags: DIFlagProtected)
!699 = !DICompositeType(tag: DW_TAG_structure_type, name: "JoinInner<()>", scope: !34, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !700, templateParams: !425, identifier: "e65b5f4e548724d019bbaecd348e8345")
!700 = !{!701, !707, !708}
!701 = !DIDerivedType(tag: DW_TAG_member, name: "native", scope: !699, file: !2, baseType: !702, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!702 = !DICompositeType(tag: DW_TAG_structure_type, name: "Thread", scope: !703, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !705, templateParams: !23, identifier: "e8c1d139f76b654a68ba5f7b6defa260")
!703 = !DINamespace(name: "unix", scope: !704)
!704 = !DINamespace(name: "thread", scope: !327)
!705 = !{!706}
!706 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !702, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagPrivate)
!707 = !DIDerivedType(tag: DW_TAG_member, name: "thread", scope: !699, file: !2, baseType: !258, size: 64, align: 64, flags: DIFlagPrivate)
!708 = !DIDerivedType(tag: DW_TAG_member, name: "packet", scope: !699, file: !2, baseType: !211, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!709 = !DILocalVariable(name: "self", arg: 1, scope: !710, file: !711, line: 254, type: !712)
!710 = distinct !DISubprogram(name: "spawn_unchecked<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder15spawn_unchecked17hd8b52abd56e73863E", scope: !712, file: !711, line: 254, type: !756, scopeLine: 254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, declaration: !773, retainedNodes: !776)
!711 = !DIFile(filename: "library/std/src/thread/builder.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5d5ace7c26f5ce5a28d4e4a2a875f174")
!712 = !DICompositeType(tag: DW_TAG_structure_type, name: "Builder", scope: !713, file: !2, size: 384, align: 64, flags: DIFlagPublic, elements: !714, templateParams: !23, identifier: "123fac9c1631846bed96440770c53d8e")
!713 = !DINamespace(name: "builder", scope: !35)
!714 = !{!715, !742, !754}
!715 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !712, file: !2, baseType: !716, size: 192, align: 64, offset: 128, flags: DIFlagProtected)
!716 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::string::String>", scope: !113, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !717, templateParams: !23, identifier: "49d1863e839a3182896d34ea65f0bc6")
!717 = !{!718}
!718 = !DICompositeType(tag: DW_TAG_variant_part, scope: !716, file: !2, size: 192, align: 64, elements: !719, templateParams: !23, identifier: "d3313c0ff8ed9069b2283ec38db192b8", discriminator: !741)
!719 = !{!720, !737}
!720 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !718, file: !2, baseType: !721, size: 192, align: 64, extraData: i64 -9223372036854775808)
!721 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !716, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !722, identifier: "d56e67cd8780041d746d751fe2646303")
!722 = !{!723}
!723 = !DITemplateTypeParameter(name: "T", type: !724)
!724 = !DICompositeType(tag: DW_TAG_structure_type, name: "String", scope: !725, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !726, templateParams: !23, identifier: "bc53cb80a87db744310a1cd4bda01882")
!725 = !DINamespace(name: "string", scope: !63)
!726 = !{!727}
!727 = !DIDerivedType(tag: DW_TAG_member, name: "vec", scope: !724, file: !2, baseType: !728, size: 192, align: 64, flags: DIFlagPrivate)
!728 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<u8, alloc::alloc::Global>", scope: !163, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !729, templateParams: !735, identifier: "4743da188a3d7e8b8ad6d3218734496a")
!729 = !{!730, !736}
!730 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !728, file: !2, baseType: !731, size: 128, align: 64, flags: DIFlagPrivate)
!731 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<u8, alloc::alloc::Global>", scope: !167, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !732, templateParams: !735, identifier: "1786a941d613205182510ae0fe838410")
!732 = !{!733, !734}
!733 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !731, file: !2, baseType: !170, size: 128, align: 64, flags: DIFlagPrivate)
!734 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !731, file: !2, baseType: !185, align: 8, offset: 128, flags: DIFlagPrivate)
!735 = !{!183, !99}
!736 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !728, file: !2, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!737 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !718, file: !2, baseType: !738, size: 192, align: 64)
!738 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !716, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !739, templateParams: !722, identifier: "3c3a503f4bad1a61526c9545514e8605")
!739 = !{!740}
!740 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !738, file: !2, baseType: !724, size: 192, align: 64, flags: DIFlagPublic)
!741 = !DIDerivedType(tag: DW_TAG_member, scope: !716, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!742 = !DIDerivedType(tag: DW_TAG_member, name: "stack_size", scope: !712, file: !2, baseType: !743, size: 128, align: 64, flags: DIFlagProtected)
!743 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !113, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !744, templateParams: !23, identifier: "6f59025219977f466509bd4ae79a2945")
!744 = !{!745}
!745 = !DICompositeType(tag: DW_TAG_variant_part, scope: !743, file: !2, size: 128, align: 64, elements: !746, templateParams: !23, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !753)
!746 = !{!747, !749}
!747 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !745, file: !2, baseType: !748, size: 128, align: 64, extraData: i64 0)
!748 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !743, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !84, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!749 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !745, file: !2, baseType: !750, size: 128, align: 64, extraData: i64 1)
!750 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !743, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !751, templateParams: !84, identifier: "c70f2dfad93186ce146b7e80830727")
!751 = !{!752}
!752 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !750, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!753 = !DIDerivedType(tag: DW_TAG_member, scope: !743, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!754 = !DIDerivedType(tag: DW_TAG_member, name: "no_hooks", scope: !712, file: !2, baseType: !755, size: 8, align: 8, offset: 320, flags: DIFlagProtected)
!755 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!756 = !DISubroutineType(types: !757)
!757 = !{!758, !712, !56}
!758 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", scope: !378, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !759, templateParams: !23, identifier: "dd9d92794df1fd1537199463305f5a3")
!759 = !{!760}
!760 = !DICompositeType(tag: DW_TAG_variant_part, scope: !758, file: !2, size: 192, align: 64, elements: !761, templateParams: !23, identifier: "d8b70f4e75de56f8bf27d31960b482b9", discriminator: !772)
!761 = !{!762, !768}
!762 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !760, file: !2, baseType: !763, size: 192, align: 64)
!763 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !758, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !764, templateParams: !766, identifier: "b2d190e3562a17b213b3ac85dea11d6c")
!764 = !{!765}
!765 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !763, file: !2, baseType: !695, size: 192, align: 64, flags: DIFlagPublic)
!766 = !{!767, !678}
!767 = !DITemplateTypeParameter(name: "T", type: !695)
!768 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !760, file: !2, baseType: !769, size: 192, align: 64, extraData: i64 0)
!769 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !758, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !770, templateParams: !766, identifier: "dd11300f8e66058135f3be08f05fb8a0")
!770 = !{!771}
!771 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !769, file: !2, baseType: !442, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!772 = !DIDerivedType(tag: DW_TAG_member, scope: !758, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!773 = !DISubprogram(name: "spawn_unchecked<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder15spawn_unchecked17hd8b52abd56e73863E", scope: !712, file: !711, line: 254, type: !756, scopeLine: 254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !774)
!774 = !{!775, !387}
!775 = !DITemplateTypeParameter(name: "F", type: !56)
!776 = !{!709, !777, !778, !780, !781, !782, !802}
!777 = !DILocalVariable(name: "f", arg: 2, scope: !710, file: !711, line: 254, type: !56)
!778 = !DILocalVariable(name: "name", scope: !779, file: !711, line: 260, type: !716, align: 64)
!779 = distinct !DILexicalBlock(scope: !710, file: !711, line: 260, column: 9)
!780 = !DILocalVariable(name: "stack_size", scope: !779, file: !711, line: 260, type: !743, align: 64)
!781 = !DILocalVariable(name: "no_hooks", scope: !779, file: !711, line: 260, type: !755, align: 8)
!782 = !DILocalVariable(name: "residual", scope: !783, file: !711, line: 261, type: !784, align: 64)
!783 = distinct !DILexicalBlock(scope: !779, file: !711, line: 261, column: 86)
!784 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, std::io::error::Error>", scope: !378, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !785, templateParams: !23, identifier: "72a8f6e01d4acb12907e0d0f75169e32")
!785 = !{!786}
!786 = !DICompositeType(tag: DW_TAG_variant_part, scope: !784, file: !2, size: 64, align: 64, elements: !787, templateParams: !23, identifier: "2ecc0e67d217039d3595447495a05485")
!787 = !{!788, !798}
!788 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !786, file: !2, baseType: !789, size: 64, align: 64)
!789 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !784, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !790, templateParams: !796, identifier: "1a7bc56486e5c194122d748a02c45a15")
!790 = !{!791}
!791 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !789, file: !2, baseType: !792, align: 8, flags: DIFlagPublic)
!792 = !DICompositeType(tag: DW_TAG_structure_type, name: "Infallible", scope: !793, file: !2, align: 8, flags: DIFlagPublic, elements: !794, templateParams: !23, identifier: "78cfd968ca0619bc6721ef3bf8e03805")
!793 = !DINamespace(name: "convert", scope: !44)
!794 = !{!795}
!795 = !DICompositeType(tag: DW_TAG_variant_part, scope: !792, file: !2, align: 8, elements: !23, identifier: "820520e070d3f01e1d1c030b6bcc9c0e")
!796 = !{!797, !678}
!797 = !DITemplateTypeParameter(name: "T", type: !792)
!798 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !786, file: !2, baseType: !799, size: 64, align: 64)
!799 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !784, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !800, templateParams: !796, identifier: "61a285588f9a0c215292e288748f1334")
!800 = !{!801}
!801 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !799, file: !2, baseType: !442, size: 64, align: 64, flags: DIFlagPublic)
!802 = !DILocalVariable(name: "val", scope: !803, file: !711, line: 261, type: !699, align: 64)
!803 = distinct !DILexicalBlock(scope: !779, file: !711, line: 261, column: 86)
!804 = !DILocation(line: 254, column: 41, scope: !710, inlinedAt: !805)
!805 = distinct !DILocation(line: 191, column: 23, scope: !806, inlinedAt: !811)
!806 = distinct !DISubprogram(name: "spawn<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder5spawn17h7cb00e1b001937cdE", scope: !712, file: !711, line: 185, type: !756, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, declaration: !807, retainedNodes: !808)
!807 = !DISubprogram(name: "spawn<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder5spawn17h7cb00e1b001937cdE", scope: !712, file: !711, line: 185, type: !756, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !774)
!808 = !{!809, !810}
!809 = !DILocalVariable(name: "self", arg: 1, scope: !806, file: !711, line: 185, type: !712)
!810 = !DILocalVariable(name: "f", arg: 2, scope: !806, file: !711, line: 185, type: !56)
!811 = !DILocation(line: 131, column: 20, scope: !812, inlinedAt: !819)
!812 = distinct !DISubprogram(name: "spawn<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9functions5spawn17h7103077a2a237708E", scope: !814, file: !813, line: 125, type: !815, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !817)
!813 = !DIFile(filename: "library/std/src/thread/functions.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7697548f80973ff2b1a9a328f6458f4b")
!814 = !DINamespace(name: "functions", scope: !35)
!815 = !DISubroutineType(types: !816)
!816 = !{!695, !56}
!817 = !{!818}
!818 = !DILocalVariable(name: "f", arg: 1, scope: !812, file: !813, line: 125, type: !56)
!819 = !DILocation(line: 23, column: 23, scope: !692)
!820 = !DILocation(line: 185, column: 24, scope: !806, inlinedAt: !811)
!821 = !DILocation(line: 21, column: 9, scope: !690)
!822 = !DILocation(line: 23, column: 9, scope: !694)
!823 = !DILocalVariable(name: "self", scope: !824, file: !825, line: 149, type: !695, align: 64)
!824 = distinct !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread11join_handle19JoinHandle$LT$T$GT$4join17h8f9a87d86c89b9dbE", scope: !695, file: !825, line: 149, type: !826, scopeLine: 149, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, declaration: !828, retainedNodes: !829)
!825 = !DIFile(filename: "library/std/src/thread/join_handle.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ba5cff96fe2303f17a06a2f5036e31d9")
!826 = !DISubroutineType(types: !827)
!827 = !{!377, !695}
!828 = !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread11join_handle19JoinHandle$LT$T$GT$4join17h8f9a87d86c89b9dbE", scope: !695, file: !825, line: 149, type: !826, scopeLine: 149, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !425)
!829 = !{!823}
!830 = !DILocation(line: 149, column: 17, scope: !824, inlinedAt: !831)
!831 = !DILocation(line: 26, column: 17, scope: !694)
!832 = !DILocalVariable(name: "val", scope: !833, file: !834, line: 3134, type: !9, align: 64)
!833 = distinct !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !834, line: 3134, type: !835, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !838, retainedNodes: !839)
!834 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!835 = !DISubroutineType(types: !836)
!836 = !{!9, !837, !9, !642}
!837 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!838 = !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !834, line: 3134, type: !835, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!839 = !{!840, !832, !841}
!840 = !DILocalVariable(name: "self", arg: 1, scope: !833, file: !834, line: 3134, type: !837)
!841 = !DILocalVariable(name: "order", scope: !833, file: !834, line: 3134, type: !642, align: 8)
!842 = !DILocation(line: 0, scope: !833, inlinedAt: !843)
!843 = !DILocation(line: 2388, column: 44, scope: !844, inlinedAt: !854)
!844 = distinct !DISubprogram(name: "clone<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h04909f904406ee02E", scope: !846, file: !845, line: 2376, type: !847, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !98, retainedNodes: !850)
!845 = !DIFile(filename: "library/alloc/src/sync.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "edadc1ff7553857570421b5d3475d9bc")
!846 = !DINamespace(name: "{impl#32}", scope: !62)
!847 = !DISubroutineType(types: !848)
!848 = !{!61, !849}
!849 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!850 = !{!851, !852}
!851 = !DILocalVariable(name: "self", arg: 1, scope: !844, file: !845, line: 2376, type: !849)
!852 = !DILocalVariable(name: "old_size", scope: !853, file: !845, line: 2388, type: !9, align: 64)
!853 = distinct !DILexicalBlock(scope: !844, file: !845, line: 2388, column: 9)
!854 = !DILocation(line: 22, column: 45, scope: !690)
!855 = !DILocalVariable(name: "val", scope: !856, file: !834, line: 3919, type: !9, align: 64)
!856 = distinct !DISubprogram(name: "atomic_add<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_add17h09e403fa0fd692f9E", scope: !76, file: !834, line: 3919, type: !857, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !860)
!857 = !DISubroutineType(types: !858)
!858 = !{!9, !859, !9, !642}
!859 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!860 = !{!861, !855, !862}
!861 = !DILocalVariable(name: "dst", arg: 1, scope: !856, file: !834, line: 3919, type: !859)
!862 = !DILocalVariable(name: "order", scope: !856, file: !834, line: 3919, type: !642, align: 8)
!863 = !{!85, !864}
!864 = !DITemplateTypeParameter(name: "U", type: !9)
!865 = !DILocation(line: 0, scope: !856, inlinedAt: !866)
!866 = !DILocation(line: 3136, column: 26, scope: !833, inlinedAt: !843)
!867 = !DILocalVariable(name: "alloc", scope: !868, file: !845, line: 309, type: !96, align: 8)
!868 = distinct !DISubprogram(name: "from_inner_in<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hcca9774a5569e7f9E", scope: !61, file: !845, line: 309, type: !869, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !98, declaration: !871, retainedNodes: !872)
!869 = !DISubroutineType(types: !870)
!870 = !{!61, !66, !96}
!871 = !DISubprogram(name: "from_inner_in<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hcca9774a5569e7f9E", scope: !61, file: !845, line: 309, type: !869, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!872 = !{!873, !867}
!873 = !DILocalVariable(name: "ptr", arg: 1, scope: !868, file: !845, line: 309, type: !66)
!874 = !DILocation(line: 309, column: 56, scope: !868, inlinedAt: !875)
!875 = !DILocation(line: 2409, column: 18, scope: !853, inlinedAt: !854)
!876 = !DILocation(line: 21, column: 9, scope: !686)
!877 = !DILocalVariable(name: "data", arg: 1, scope: !878, file: !845, line: 419, type: !75)
!878 = distinct !DISubprogram(name: "new<core::sync::atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17ha4b609df31b88d0fE", scope: !61, file: !845, line: 419, type: !879, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !88, declaration: !881, retainedNodes: !882)
!879 = !DISubroutineType(types: !880)
!880 = !{!61, !75}
!881 = !DISubprogram(name: "new<core::sync::atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17ha4b609df31b88d0fE", scope: !61, file: !845, line: 419, type: !879, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !88)
!882 = !{!877, !883}
!883 = !DILocalVariable(name: "x", scope: !884, file: !845, line: 422, type: !885, align: 64)
!884 = distinct !DILexicalBlock(scope: !878, file: !845, line: 422, column: 9)
!885 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>, alloc::alloc::Global>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!886 = !DILocation(line: 0, scope: !878, inlinedAt: !887)
!887 = !DILocation(line: 21, column: 25, scope: !686)
!888 = !DILocalVariable(name: "x", arg: 1, scope: !889, file: !890, line: 284, type: !72)
!889 = distinct !DISubprogram(name: "new<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17hf3dd1c60599ecf77E", scope: !891, file: !890, line: 284, type: !893, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !90, retainedNodes: !895)
!890 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!891 = !DINamespace(name: "{impl#0}", scope: !892)
!892 = !DINamespace(name: "boxed", scope: !63)
!893 = !DISubroutineType(types: !894)
!894 = !{!885, !72}
!895 = !{!888, !896}
!896 = !DILocalVariable(name: "ptr", scope: !897, file: !890, line: 286, type: !898, align: 64)
!897 = distinct !DILexicalBlock(scope: !889, file: !890, line: 286, column: 9)
!898 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!899 = !DILocation(line: 0, scope: !889, inlinedAt: !900)
!900 = distinct !DILocation(line: 422, column: 25, scope: !878, inlinedAt: !887)
!901 = !DILocalVariable(name: "layout", arg: 1, scope: !902, file: !890, line: 247, type: !906)
!902 = distinct !DISubprogram(name: "box_new_uninit", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit", scope: !892, file: !890, line: 247, type: !903, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !915)
!903 = !DISubroutineType(types: !904)
!904 = !{!905, !906}
!905 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !181, size: 64, align: 64, dwarfAddressSpace: 0)
!906 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !907, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !909, templateParams: !23, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!907 = !DINamespace(name: "layout", scope: !908)
!908 = !DINamespace(name: "alloc", scope: !44)
!909 = !{!910, !911}
!910 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !906, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!911 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !906, file: !2, baseType: !912, size: 64, align: 64, flags: DIFlagPrivate)
!912 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !568, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !913, templateParams: !23, identifier: "5099570874743123f8e757e4da3ea37b")
!913 = !{!914}
!914 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !912, file: !2, baseType: !567, size: 64, align: 64, flags: DIFlagPrivate)
!915 = !{!901, !916}
!916 = !DILocalVariable(name: "ptr", scope: !917, file: !890, line: 249, type: !918, align: 64)
!917 = distinct !DILexicalBlock(scope: !902, file: !890, line: 249, column: 9)
!918 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[u8]>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !919, templateParams: !182, identifier: "efe3e6a52bef0fc2baf8e9a8d6a6c8ea")
!919 = !{!920}
!920 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !918, file: !2, baseType: !921, size: 128, align: 64, flags: DIFlagPrivate)
!921 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [u8]", file: !2, size: 128, align: 64, elements: !922, templateParams: !23, identifier: "a10360edaf335c418dbc95bccd0cb05d")
!922 = !{!923, !924}
!923 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !921, file: !2, baseType: !301, size: 64, align: 64)
!924 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !921, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!925 = !DILocation(line: 0, scope: !902, inlinedAt: !926)
!926 = distinct !DILocation(line: 286, column: 19, scope: !889, inlinedAt: !900)
!927 = !DILocalVariable(name: "layout", arg: 2, scope: !928, file: !929, line: 428, type: !906)
!928 = distinct !DISubprogram(name: "allocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate", scope: !930, file: !929, line: 428, type: !931, scopeLine: 428, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !951)
!929 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!930 = !DINamespace(name: "{impl#1}", scope: !97)
!931 = !DISubroutineType(types: !932)
!932 = !{!933, !950, !906}
!933 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::ptr::non_null::NonNull<[u8]>, core::alloc::AllocError>", scope: !378, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !934, templateParams: !23, identifier: "519a674418a5b51cf8bee27a967aa54e")
!934 = !{!935}
!935 = !DICompositeType(tag: DW_TAG_variant_part, scope: !933, file: !2, size: 128, align: 64, elements: !936, templateParams: !23, identifier: "3b104dde0538164c272d7f6e9ec8806f", discriminator: !949)
!936 = !{!937, !945}
!937 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !935, file: !2, baseType: !938, size: 128, align: 64)
!938 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !933, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !939, templateParams: !941, identifier: "30b736d771929d0b7715388dfe942406")
!939 = !{!940}
!940 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !938, file: !2, baseType: !918, size: 128, align: 64, flags: DIFlagPublic)
!941 = !{!942, !943}
!942 = !DITemplateTypeParameter(name: "T", type: !918)
!943 = !DITemplateTypeParameter(name: "E", type: !944)
!944 = !DICompositeType(tag: DW_TAG_structure_type, name: "AllocError", scope: !908, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "111d797cdc779cf5e7833a8ef17b26ec")
!945 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !935, file: !2, baseType: !946, size: 128, align: 64, extraData: i64 0)
!946 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !933, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !947, templateParams: !941, identifier: "1f90ad7cc2064f8f568100f50e75d1fb")
!947 = !{!948}
!948 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !946, file: !2, baseType: !944, align: 8, flags: DIFlagPublic)
!949 = !DIDerivedType(tag: DW_TAG_member, scope: !933, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!950 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !96, size: 64, align: 64, dwarfAddressSpace: 0)
!951 = !{!952, !927}
!952 = !DILocalVariable(name: "self", scope: !928, file: !929, line: 428, type: !950, align: 64)
!953 = !DILocation(line: 0, scope: !928, inlinedAt: !954)
!954 = distinct !DILocation(line: 248, column: 18, scope: !902, inlinedAt: !926)
!955 = !DILocalVariable(name: "layout", arg: 2, scope: !956, file: !929, line: 311, type: !906)
!956 = distinct !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !96, file: !929, line: 311, type: !957, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !959, retainedNodes: !960)
!957 = !DISubroutineType(types: !958)
!958 = !{!933, !950, !906, !755}
!959 = !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !96, file: !929, line: 311, type: !957, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!960 = !{!961, !955, !962}
!961 = !DILocalVariable(name: "self", scope: !956, file: !929, line: 311, type: !950, align: 64)
!962 = !DILocalVariable(name: "zeroed", scope: !956, file: !929, line: 311, type: !755, align: 8)
!963 = !DILocation(line: 0, scope: !956, inlinedAt: !964)
!964 = distinct !DILocation(line: 429, column: 14, scope: !928, inlinedAt: !954)
!965 = !DILocalVariable(name: "layout", arg: 1, scope: !966, file: !929, line: 185, type: !906)
!966 = distinct !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !96, file: !929, line: 185, type: !967, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !969, retainedNodes: !970)
!967 = !DISubroutineType(types: !968)
!968 = !{!933, !906, !755}
!969 = !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !96, file: !929, line: 185, type: !967, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!970 = !{!965, !971, !972, !974, !976, !978, !993}
!971 = !DILocalVariable(name: "zeroed", arg: 2, scope: !966, file: !929, line: 185, type: !755)
!972 = !DILocalVariable(name: "size", scope: !973, file: !929, line: 189, type: !9, align: 64)
!973 = distinct !DILexicalBlock(scope: !966, file: !929, line: 189, column: 13)
!974 = !DILocalVariable(name: "raw_ptr", scope: !975, file: !929, line: 190, type: !905, align: 64)
!975 = distinct !DILexicalBlock(scope: !973, file: !929, line: 190, column: 17)
!976 = !DILocalVariable(name: "ptr", scope: !977, file: !929, line: 191, type: !177, align: 64)
!977 = distinct !DILexicalBlock(scope: !975, file: !929, line: 191, column: 17)
!978 = !DILocalVariable(name: "residual", scope: !979, file: !929, line: 191, type: !980, align: 8)
!979 = distinct !DILexicalBlock(scope: !975, file: !929, line: 191, column: 66)
!980 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, core::alloc::AllocError>", scope: !378, file: !2, align: 8, flags: DIFlagPublic, elements: !981, templateParams: !23, identifier: "e93516a9a4d4ff61ba16dc75632d6fe")
!981 = !{!982}
!982 = !DICompositeType(tag: DW_TAG_variant_part, scope: !980, file: !2, align: 8, elements: !983, templateParams: !23, identifier: "f5e162db303eef1e33f578c71ec0a693")
!983 = !{!984, !989}
!984 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !982, file: !2, baseType: !985, align: 8)
!985 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !980, file: !2, align: 8, flags: DIFlagPublic, elements: !986, templateParams: !988, identifier: "f1d8e5af3a1dffc68ba77da64f0701a9")
!986 = !{!987}
!987 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !985, file: !2, baseType: !792, align: 8, flags: DIFlagPublic)
!988 = !{!797, !943}
!989 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !982, file: !2, baseType: !990, align: 8)
!990 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !980, file: !2, align: 8, flags: DIFlagPublic, elements: !991, templateParams: !988, identifier: "e8d1b6dff9322dfb94e83992955f462f")
!991 = !{!992}
!992 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !990, file: !2, baseType: !944, align: 8, flags: DIFlagPublic)
!993 = !DILocalVariable(name: "val", scope: !994, file: !929, line: 191, type: !177, align: 64)
!994 = distinct !DILexicalBlock(scope: !975, file: !929, line: 191, column: 66)
!995 = !DILocation(line: 0, scope: !966, inlinedAt: !996)
!996 = distinct !DILocation(line: 312, column: 9, scope: !956, inlinedAt: !964)
!997 = !DILocalVariable(name: "layout", arg: 1, scope: !998, file: !929, line: 89, type: !906)
!998 = distinct !DISubprogram(name: "alloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc5alloc", scope: !97, file: !929, line: 89, type: !903, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !999)
!999 = !{!997}
!1000 = !DILocation(line: 0, scope: !998, inlinedAt: !1001)
!1001 = distinct !DILocation(line: 190, column: 73, scope: !973, inlinedAt: !996)
!1002 = !DILocation(line: 0, scope: !973, inlinedAt: !996)
!1003 = !DILocation(line: 93, column: 9, scope: !998, inlinedAt: !1001)
!1004 = !{!1005}
!1005 = distinct !{!1005, !1006, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17hf3dd1c60599ecf77E: %x"}
!1006 = distinct !{!1006, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17hf3dd1c60599ecf77E"}
!1007 = !DILocation(line: 95, column: 9, scope: !998, inlinedAt: !1001)
!1008 = !DILocation(line: 248, column: 11, scope: !902, inlinedAt: !926)
!1009 = !DILocation(line: 248, column: 5, scope: !902, inlinedAt: !926)
!1010 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!1011 = !DILocation(line: 250, column: 19, scope: !902, inlinedAt: !926)
!1012 = !DILocation(line: 0, scope: !897, inlinedAt: !900)
!1013 = !DILocation(line: 289, column: 56, scope: !897, inlinedAt: !900)
!1014 = !DILocation(line: 0, scope: !884, inlinedAt: !887)
!1015 = !DILocalVariable(name: "ptr", arg: 1, scope: !1016, file: !845, line: 292, type: !66)
!1016 = distinct !DISubprogram(name: "from_inner<core::sync::atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17hc81c996ee220f608E", scope: !61, file: !845, line: 292, type: !1017, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !88, declaration: !1019, retainedNodes: !1020)
!1017 = !DISubroutineType(types: !1018)
!1018 = !{!61, !66}
!1019 = !DISubprogram(name: "from_inner<core::sync::atomic::AtomicUsize>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17hc81c996ee220f608E", scope: !61, file: !845, line: 292, type: !1017, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !88)
!1020 = !{!1015}
!1021 = !DILocation(line: 0, scope: !1016, inlinedAt: !1022)
!1022 = !DILocation(line: 427, column: 18, scope: !884, inlinedAt: !887)
!1023 = !DILocation(line: 310, column: 9, scope: !868, inlinedAt: !1024)
!1024 = !DILocation(line: 293, column: 18, scope: !1016, inlinedAt: !1022)
!1025 = !DILocation(line: 2376, column: 14, scope: !844, inlinedAt: !854)
!1026 = !DILocation(line: 3134, column: 30, scope: !833, inlinedAt: !843)
!1027 = !DILocation(line: 3923, column: 24, scope: !856, inlinedAt: !866)
!1028 = !DILocation(line: 0, scope: !853, inlinedAt: !854)
!1029 = !DILocation(line: 2405, column: 12, scope: !853, inlinedAt: !854)
!1030 = !DILocation(line: 0, scope: !868, inlinedAt: !875)
!1031 = !DILocation(line: 0, scope: !692)
!1032 = !DILocation(line: 23, column: 9, scope: !692)
!1033 = !DILocation(line: 0, scope: !812, inlinedAt: !819)
!1034 = !DILocation(line: 0, scope: !806, inlinedAt: !811)
!1035 = !DILocation(line: 0, scope: !710, inlinedAt: !805)
!1036 = !DILocation(line: 260, column: 23, scope: !710, inlinedAt: !805)
!1037 = !DILocation(line: 260, column: 23, scope: !779, inlinedAt: !805)
!1038 = !{!1039}
!1039 = distinct !{!1039, !1040, !"_ZN3std6thread7builder7Builder15spawn_unchecked17hd8b52abd56e73863E: %_0"}
!1040 = distinct !{!1040, !"_ZN3std6thread7builder7Builder15spawn_unchecked17hd8b52abd56e73863E"}
!1041 = !DILocation(line: 0, scope: !779, inlinedAt: !805)
!1042 = !{!1039, !1043}
!1043 = distinct !{!1043, !1040, !"_ZN3std6thread7builder7Builder15spawn_unchecked17hd8b52abd56e73863E: %self"}
!1044 = !DILocalVariable(name: "stack_size", arg: 2, scope: !1045, file: !1046, line: 19, type: !743)
!1045 = distinct !DISubprogram(name: "spawn_unchecked<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked17h390ec2ba8d35c920E", scope: !34, file: !1046, line: 17, type: !1047, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !1064)
!1046 = !DIFile(filename: "library/std/src/thread/lifecycle.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "990c34c6641562b1886c6a140e080712")
!1047 = !DISubroutineType(types: !1048)
!1048 = !{!1049, !716, !743, !755, !226, !56}
!1049 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::thread::lifecycle::JoinInner<()>, std::io::error::Error>", scope: !378, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1050, templateParams: !23, identifier: "feeec05db0b4a0fdff1d4c847cfa063")
!1050 = !{!1051}
!1051 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1049, file: !2, size: 192, align: 64, elements: !1052, templateParams: !23, identifier: "2530cd8f15d23cf1c02e44c46b76187a", discriminator: !1063)
!1052 = !{!1053, !1059}
!1053 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1051, file: !2, baseType: !1054, size: 192, align: 64)
!1054 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1049, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1055, templateParams: !1057, identifier: "4feb49cf35a6d8a7c8d61e2419a0ef2")
!1055 = !{!1056}
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1054, file: !2, baseType: !699, size: 192, align: 64, flags: DIFlagPublic)
!1057 = !{!1058, !678}
!1058 = !DITemplateTypeParameter(name: "T", type: !699)
!1059 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1051, file: !2, baseType: !1060, size: 192, align: 64, extraData: i64 0)
!1060 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1049, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1061, templateParams: !1057, identifier: "146325ce69eedf11911afb4a6b175548")
!1061 = !{!1062}
!1062 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1060, file: !2, baseType: !442, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1063 = !DIDerivedType(tag: DW_TAG_member, scope: !1049, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!1064 = !{!1065, !1044, !1066, !1067, !1068, !1069, !1071, !1073, !1075, !1077, !1079, !1081, !1083, !1085, !1088, !1090, !1093, !1099, !1106, !1108}
!1065 = !DILocalVariable(name: "name", arg: 1, scope: !1045, file: !1046, line: 18, type: !716)
!1066 = !DILocalVariable(name: "no_hooks", arg: 3, scope: !1045, file: !1046, line: 20, type: !755)
!1067 = !DILocalVariable(name: "scope_data", arg: 4, scope: !1045, file: !1046, line: 21, type: !226)
!1068 = !DILocalVariable(name: "f", arg: 5, scope: !1045, file: !1046, line: 22, type: !56)
!1069 = !DILocalVariable(name: "stack_size", scope: !1070, file: !1046, line: 29, type: !9, align: 64)
!1070 = distinct !DILexicalBlock(scope: !1045, file: !1046, line: 29, column: 5)
!1071 = !DILocalVariable(name: "id", scope: !1072, file: !1046, line: 47, type: !309, align: 64)
!1072 = distinct !DILexicalBlock(scope: !1070, file: !1046, line: 47, column: 5)
!1073 = !DILocalVariable(name: "thread", scope: !1074, file: !1046, line: 48, type: !258, align: 64)
!1074 = distinct !DILexicalBlock(scope: !1072, file: !1046, line: 48, column: 5)
!1075 = !DILocalVariable(name: "hooks", scope: !1076, file: !1046, line: 50, type: !105, align: 64)
!1076 = distinct !DILexicalBlock(scope: !1074, file: !1046, line: 50, column: 5)
!1077 = !DILocalVariable(name: "my_packet", scope: !1078, file: !1046, line: 56, type: !211, align: 64)
!1078 = distinct !DILexicalBlock(scope: !1076, file: !1046, line: 56, column: 5)
!1079 = !DILocalVariable(name: "their_packet", scope: !1080, file: !1046, line: 58, type: !211, align: 64)
!1080 = distinct !DILexicalBlock(scope: !1078, file: !1046, line: 58, column: 5)
!1081 = !DILocalVariable(name: "f", scope: !1082, file: !1046, line: 83, type: !38, align: 64)
!1082 = distinct !DILexicalBlock(scope: !1080, file: !1046, line: 83, column: 5)
!1083 = !DILocalVariable(name: "rust_start", scope: !1084, file: !1046, line: 87, type: !32, align: 64)
!1084 = distinct !DILexicalBlock(scope: !1082, file: !1046, line: 87, column: 5)
!1085 = !DILocalVariable(name: "scope_data", scope: !1086, file: !1046, line: 106, type: !1087, align: 64)
!1086 = distinct !DILexicalBlock(scope: !1084, file: !1046, line: 106, column: 48)
!1087 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !234, size: 64, align: 64, dwarfAddressSpace: 0)
!1088 = !DILocalVariable(name: "rust_start", scope: !1089, file: !1046, line: 112, type: !198, align: 64)
!1089 = distinct !DILexicalBlock(scope: !1084, file: !1046, line: 112, column: 5)
!1090 = !DILocalVariable(name: "ptr", scope: !1091, file: !1046, line: 113, type: !1092, align: 64)
!1091 = distinct !DILexicalBlock(scope: !1084, file: !1046, line: 113, column: 9)
!1092 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()>", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!1093 = !DILocalVariable(name: "ptr", scope: !1094, file: !1046, line: 114, type: !1095, align: 64)
!1094 = distinct !DILexicalBlock(scope: !1091, file: !1046, line: 114, column: 9)
!1095 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut (dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, size: 128, align: 64, elements: !1096, templateParams: !23, identifier: "3407113f7913f60060dac8ccf115095")
!1096 = !{!1097, !1098}
!1097 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1095, file: !2, baseType: !201, size: 64, align: 64)
!1098 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !1095, file: !2, baseType: !204, size: 64, align: 64, offset: 64)
!1099 = !DILocalVariable(name: "init", scope: !1100, file: !1046, line: 121, type: !1101, align: 64)
!1100 = distinct !DILexicalBlock(scope: !1089, file: !1046, line: 121, column: 5)
!1101 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::thread::lifecycle::ThreadInit, alloc::alloc::Global>", baseType: !1102, size: 64, align: 64, dwarfAddressSpace: 0)
!1102 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadInit", scope: !34, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !1103, templateParams: !23, identifier: "772389f7cf07027866fbdbdfe7ae307a")
!1103 = !{!1104, !1105}
!1104 = !DIDerivedType(tag: DW_TAG_member, name: "handle", scope: !1102, file: !2, baseType: !258, size: 64, align: 64, flags: DIFlagPublic)
!1105 = !DIDerivedType(tag: DW_TAG_member, name: "rust_start", scope: !1102, file: !2, baseType: !198, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!1106 = !DILocalVariable(name: "residual", scope: !1107, file: !1046, line: 137, type: !784, align: 64)
!1107 = distinct !DILexicalBlock(scope: !1100, file: !1046, line: 137, column: 60)
!1108 = !DILocalVariable(name: "val", scope: !1109, file: !1046, line: 137, type: !702, align: 64)
!1109 = distinct !DILexicalBlock(scope: !1100, file: !1046, line: 137, column: 60)
!1110 = !DILocation(line: 0, scope: !1045, inlinedAt: !1111)
!1111 = distinct !DILocation(line: 261, column: 32, scope: !779, inlinedAt: !805)
!1112 = !DILocalVariable(name: "self", arg: 1, scope: !1113, file: !1114, line: 1061, type: !743)
!1113 = distinct !DISubprogram(name: "unwrap_or_else<usize, std::thread::lifecycle::spawn_unchecked::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17hcdc1f34cc26c2f12E", scope: !743, file: !1114, line: 1061, type: !1115, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1138, declaration: !1137, retainedNodes: !1140)
!1114 = !DIFile(filename: "library/core/src/option.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3f12dd837a95e960b90752f70f5ddc0e")
!1115 = !DISubroutineType(types: !1116)
!1116 = !{!9, !743, !1117, !1118}
!1117 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", scope: !33, file: !2, align: 8, elements: !23, identifier: "e23a4b414969ee567b2491115b219cff")
!1118 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !1119, size: 64, align: 64, dwarfAddressSpace: 0)
!1119 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !1120, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1122, templateParams: !23, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!1120 = !DINamespace(name: "location", scope: !1121)
!1121 = !DINamespace(name: "panic", scope: !44)
!1122 = !{!1123, !1131, !1132, !1133}
!1123 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !1119, file: !2, baseType: !1124, size: 128, align: 64, flags: DIFlagPrivate)
!1124 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1125, templateParams: !182, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!1125 = !{!1126}
!1126 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1124, file: !2, baseType: !1127, size: 128, align: 64, flags: DIFlagPrivate)
!1127 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !2, size: 128, align: 64, elements: !1128, templateParams: !23, identifier: "238a44609877474087c05adf26cd41fa")
!1128 = !{!1129, !1130}
!1129 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1127, file: !2, baseType: !301, size: 64, align: 64)
!1130 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1127, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1131 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !1119, file: !2, baseType: !336, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!1132 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !1119, file: !2, baseType: !336, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!1133 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !1119, file: !2, baseType: !1134, align: 8, offset: 192, flags: DIFlagPrivate)
!1134 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !1135, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!1135 = !{!1136}
!1136 = !DITemplateTypeParameter(name: "T", type: !541)
!1137 = !DISubprogram(name: "unwrap_or_else<usize, std::thread::lifecycle::spawn_unchecked::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17hcdc1f34cc26c2f12E", scope: !743, file: !1114, line: 1061, type: !1115, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1138)
!1138 = !{!85, !1139}
!1139 = !DITemplateTypeParameter(name: "F", type: !1117)
!1140 = !{!1112, !1141, !1142}
!1141 = !DILocalVariable(name: "f", scope: !1113, file: !1114, line: 1061, type: !1117, align: 8)
!1142 = !DILocalVariable(name: "x", scope: !1143, file: !1114, line: 1066, type: !9, align: 64)
!1143 = distinct !DILexicalBlock(scope: !1113, file: !1114, line: 1066, column: 13)
!1144 = !DILocation(line: 0, scope: !1113, inlinedAt: !1145)
!1145 = distinct !DILocation(line: 29, column: 33, scope: !1045, inlinedAt: !1111)
!1146 = !{!1147, !1149, !1039, !1043}
!1147 = distinct !{!1147, !1148, !"_ZN3std6thread9lifecycle15spawn_unchecked17h390ec2ba8d35c920E: %_0"}
!1148 = distinct !{!1148, !"_ZN3std6thread9lifecycle15spawn_unchecked17h390ec2ba8d35c920E"}
!1149 = distinct !{!1149, !1148, !"_ZN3std6thread9lifecycle15spawn_unchecked17h390ec2ba8d35c920E: %name"}
!1150 = !DILocation(line: 18, column: 5, scope: !1045, inlinedAt: !1111)
!1151 = !DILocation(line: 22, column: 5, scope: !1045, inlinedAt: !1111)
!1152 = !DILocation(line: 48, column: 9, scope: !1074, inlinedAt: !1111)
!1153 = !DILocation(line: 50, column: 9, scope: !1076, inlinedAt: !1111)
!1154 = !DILocation(line: 56, column: 9, scope: !1078, inlinedAt: !1111)
!1155 = !DILocation(line: 87, column: 9, scope: !1084, inlinedAt: !1111)
!1156 = !DILocation(line: 1061, column: 42, scope: !1113, inlinedAt: !1145)
!1157 = !DILocalVariable(name: "val", scope: !1158, file: !834, line: 3134, type: !9, align: 64)
!1158 = distinct !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !834, line: 3134, type: !835, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !838, retainedNodes: !1159)
!1159 = !{!1160, !1157, !1161, !1157, !1161}
!1160 = !DILocalVariable(name: "self", arg: 1, scope: !1158, file: !834, line: 3134, type: !837)
!1161 = !DILocalVariable(name: "order", scope: !1158, file: !834, line: 3134, type: !642, align: 8)
!1162 = !DILocation(line: 0, scope: !1158, inlinedAt: !1163)
!1163 = distinct !DILocation(line: 2388, column: 44, scope: !1164, inlinedAt: !1172)
!1164 = distinct !DISubprogram(name: "clone<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h91fafabfd542b1b7E", scope: !846, file: !845, line: 2376, type: !1165, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, retainedNodes: !1168)
!1165 = !DISubroutineType(types: !1166)
!1166 = !{!211, !1167}
!1167 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !211, size: 64, align: 64, dwarfAddressSpace: 0)
!1168 = !{!1169, !1170}
!1169 = !DILocalVariable(name: "self", arg: 1, scope: !1164, file: !845, line: 2376, type: !1167)
!1170 = !DILocalVariable(name: "old_size", scope: !1171, file: !845, line: 2388, type: !9, align: 64)
!1171 = distinct !DILexicalBlock(scope: !1164, file: !845, line: 2388, column: 9)
!1172 = distinct !DILocation(line: 58, column: 34, scope: !1078, inlinedAt: !1111)
!1173 = !DILocalVariable(name: "val", scope: !1174, file: !834, line: 3919, type: !9, align: 64)
!1174 = distinct !DISubprogram(name: "atomic_add<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_add17h09e403fa0fd692f9E", scope: !76, file: !834, line: 3919, type: !857, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !1175)
!1175 = !{!1176, !1173, !1177, !1173, !1177}
!1176 = !DILocalVariable(name: "dst", arg: 1, scope: !1174, file: !834, line: 3919, type: !859)
!1177 = !DILocalVariable(name: "order", scope: !1174, file: !834, line: 3919, type: !642, align: 8)
!1178 = !DILocation(line: 0, scope: !1174, inlinedAt: !1179)
!1179 = distinct !DILocation(line: 3136, column: 26, scope: !1158, inlinedAt: !1163)
!1180 = !DILocalVariable(name: "alloc", scope: !1181, file: !845, line: 309, type: !96, align: 8)
!1181 = distinct !DISubprogram(name: "from_inner_in<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hbaeb2580b6b77c36E", scope: !211, file: !845, line: 309, type: !1182, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !1184, retainedNodes: !1185)
!1182 = !DISubroutineType(types: !1183)
!1183 = !{!211, !214, !96}
!1184 = !DISubprogram(name: "from_inner_in<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hbaeb2580b6b77c36E", scope: !211, file: !845, line: 309, type: !1182, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !433)
!1185 = !{!1186, !1180}
!1186 = !DILocalVariable(name: "ptr", arg: 1, scope: !1181, file: !845, line: 309, type: !214)
!1187 = !DILocation(line: 309, column: 56, scope: !1181, inlinedAt: !1188)
!1188 = distinct !DILocation(line: 2409, column: 18, scope: !1171, inlinedAt: !1172)
!1189 = !DILocation(line: 0, scope: !1158, inlinedAt: !1190)
!1190 = distinct !DILocation(line: 2388, column: 44, scope: !1191, inlinedAt: !1200)
!1191 = !DILexicalBlockFile(scope: !1192, file: !845, discriminator: 2)
!1192 = distinct !DISubprogram(name: "clone<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h58a3779d20dc2b9aE", scope: !846, file: !845, line: 2376, type: !1193, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !348, retainedNodes: !1196)
!1193 = !DISubroutineType(types: !1194)
!1194 = !{!266, !1195}
!1195 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !266, size: 64, align: 64, dwarfAddressSpace: 0)
!1196 = !{!1197, !1198}
!1197 = !DILocalVariable(name: "self", arg: 1, scope: !1192, file: !845, line: 2376, type: !1195)
!1198 = !DILocalVariable(name: "old_size", scope: !1199, file: !845, line: 2388, type: !9, align: 64)
!1199 = distinct !DILexicalBlock(scope: !1192, file: !845, line: 2388, column: 9)
!1200 = distinct !DILocation(line: 1091, column: 16, scope: !1201, inlinedAt: !1209)
!1201 = distinct !DISubprogram(name: "clone<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", linkageName: "_ZN64_$LT$core..pin..Pin$LT$Ptr$GT$$u20$as$u20$core..clone..Clone$GT$5clone17hd8f29c7c80c79b6aE", scope: !1203, file: !1202, line: 1091, type: !1204, scopeLine: 1091, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !350, retainedNodes: !1207)
!1202 = !DIFile(filename: "library/core/src/pin.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "a7e518e7fd98a383ffad20f21e00e5b3")
!1203 = !DINamespace(name: "{impl#28}", scope: !263)
!1204 = !DISubroutineType(types: !1205)
!1205 = !{!262, !1206}
!1206 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", baseType: !262, size: 64, align: 64, dwarfAddressSpace: 0)
!1207 = !{!1208}
!1208 = !DILocalVariable(name: "self", arg: 1, scope: !1201, file: !1202, line: 1091, type: !1206)
!1209 = distinct !DILocation(line: 61, column: 10, scope: !1210, inlinedAt: !1218)
!1210 = distinct !DISubprogram(name: "clone", linkageName: "_RNvXs1_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB5_6ThreadNtNtCsgEmfK2I1SDS_4core5clone5Clone5clone", scope: !1212, file: !1211, line: 61, type: !1213, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1216)
!1211 = !DIFile(filename: "library/std/src/thread/thread.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3005680e1504410ed32e1506758665e5")
!1212 = !DINamespace(name: "{impl#3}", scope: !259)
!1213 = !DISubroutineType(types: !1214)
!1214 = !{!258, !1215}
!1215 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::thread::Thread", baseType: !258, size: 64, align: 64, dwarfAddressSpace: 0)
!1216 = !{!1217}
!1217 = !DILocalVariable(name: "self", arg: 1, scope: !1210, file: !1211, line: 61, type: !1215)
!1218 = distinct !DILocation(line: 121, column: 53, scope: !1089, inlinedAt: !1111)
!1219 = !DILocation(line: 0, scope: !1174, inlinedAt: !1220)
!1220 = distinct !DILocation(line: 3136, column: 26, scope: !1221, inlinedAt: !1190)
!1221 = !DILexicalBlockFile(scope: !1158, file: !834, discriminator: 2)
!1222 = !DILocalVariable(arg: 1, scope: !1223, file: !1046, line: 29, type: !1117)
!1223 = distinct !DISubprogram(name: "{closure#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h7c1637efbabc5bacE", scope: !33, file: !1046, line: 29, type: !1224, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !1226)
!1224 = !DISubroutineType(types: !1225)
!1225 = !{!9, !1117}
!1226 = !{!1227, !1229, !1222}
!1227 = !DILocalVariable(name: "n", scope: !1228, file: !1046, line: 34, type: !9, align: 64)
!1228 = distinct !DILexicalBlock(scope: !1223, file: !1046, line: 34, column: 13)
!1229 = !DILocalVariable(name: "amt", scope: !1230, file: !1046, line: 37, type: !9, align: 64)
!1230 = distinct !DILexicalBlock(scope: !1223, file: !1046, line: 37, column: 9)
!1231 = !DILocation(line: 29, column: 48, scope: !1223, inlinedAt: !1232)
!1232 = distinct !DILocation(line: 1067, column: 21, scope: !1113, inlinedAt: !1145)
!1233 = !DILocalVariable(name: "self", arg: 1, scope: !1234, file: !1114, line: 1541, type: !1235)
!1234 = distinct !DISubprogram(name: "and_then<std::ffi::os_str::OsString, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h50341a11c2f7d2adE", scope: !1235, file: !1114, line: 1541, type: !1258, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1263, declaration: !1262, retainedNodes: !1265)
!1235 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::ffi::os_str::OsString>", scope: !113, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1236, templateParams: !23, identifier: "45fe4a459e6da64dc342cf01dae1121a")
!1236 = !{!1237}
!1237 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1235, file: !2, size: 192, align: 64, elements: !1238, templateParams: !23, identifier: "6db36bd6e9fa950033843b36d828bf98", discriminator: !1257)
!1238 = !{!1239, !1253}
!1239 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1237, file: !2, baseType: !1240, size: 192, align: 64, extraData: i64 -9223372036854775808)
!1240 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1235, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !1241, identifier: "ab9ba039511e7f24837f764d69d1ee67")
!1241 = !{!1242}
!1242 = !DITemplateTypeParameter(name: "T", type: !1243)
!1243 = !DICompositeType(tag: DW_TAG_structure_type, name: "OsString", scope: !1244, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1246, templateParams: !23, identifier: "199623efef18463058824be4a9382ca2")
!1244 = !DINamespace(name: "os_str", scope: !1245)
!1245 = !DINamespace(name: "ffi", scope: !17)
!1246 = !{!1247}
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1243, file: !2, baseType: !1248, size: 192, align: 64, flags: DIFlagPrivate)
!1248 = !DICompositeType(tag: DW_TAG_structure_type, name: "Buf", scope: !1249, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1251, templateParams: !23, identifier: "eb793ea8c69a73daa307a3862c2a53a")
!1249 = !DINamespace(name: "bytes", scope: !1250)
!1250 = !DINamespace(name: "os_str", scope: !327)
!1251 = !{!1252}
!1252 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1248, file: !2, baseType: !728, size: 192, align: 64, flags: DIFlagPublic)
!1253 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1237, file: !2, baseType: !1254, size: 192, align: 64)
!1254 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1235, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1255, templateParams: !1241, identifier: "37c87ca8fd8ab2e5462c35cffaf4433b")
!1255 = !{!1256}
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1254, file: !2, baseType: !1243, size: 192, align: 64, flags: DIFlagPublic)
!1257 = !DIDerivedType(tag: DW_TAG_member, scope: !1235, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!1258 = !DISubroutineType(types: !1259)
!1259 = !{!743, !1235, !1260}
!1260 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", scope: !1261, file: !2, align: 8, elements: !23, identifier: "51e7e36965639a855202106417655c3c")
!1261 = !DINamespace(name: "{closure#0}", scope: !33)
!1262 = !DISubprogram(name: "and_then<std::ffi::os_str::OsString, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h50341a11c2f7d2adE", scope: !1235, file: !1114, line: 1541, type: !1258, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1263)
!1263 = !{!1242, !864, !1264}
!1264 = !DITemplateTypeParameter(name: "F", type: !1260)
!1265 = !{!1233, !1266, !1267}
!1266 = !DILocalVariable(name: "f", scope: !1234, file: !1114, line: 1541, type: !1260, align: 8)
!1267 = !DILocalVariable(name: "x", scope: !1268, file: !1114, line: 1546, type: !1243, align: 64)
!1268 = distinct !DILexicalBlock(scope: !1234, file: !1114, line: 1546, column: 13)
!1269 = !DILocation(line: 1541, column: 33, scope: !1234, inlinedAt: !1270)
!1270 = distinct !DILocation(line: 38, column: 14, scope: !1223, inlinedAt: !1232)
!1271 = !DILocalVariable(name: "order", scope: !1272, file: !834, line: 2842, type: !642, align: 8)
!1272 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !834, line: 2842, type: !1273, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1275, retainedNodes: !1276)
!1273 = !DISubroutineType(types: !1274)
!1274 = !{!9, !837, !642}
!1275 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !834, line: 2842, type: !1273, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1276 = !{!1277, !1271}
!1277 = !DILocalVariable(name: "self", arg: 1, scope: !1272, file: !834, line: 2842, type: !837)
!1278 = !DILocation(line: 0, scope: !1272, inlinedAt: !1279)
!1279 = distinct !DILocation(line: 32, column: 19, scope: !1223, inlinedAt: !1232)
!1280 = !DILocation(line: 1541, column: 39, scope: !1234, inlinedAt: !1270)
!1281 = !DILocalVariable(name: "default", scope: !1282, file: !1114, line: 1038, type: !9, align: 64)
!1282 = distinct !DISubprogram(name: "unwrap_or<usize>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h97811dddb658b9adE", scope: !743, file: !1114, line: 1038, type: !1283, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !84, declaration: !1285, retainedNodes: !1286)
!1283 = !DISubroutineType(types: !1284)
!1284 = !{!9, !743, !9}
!1285 = !DISubprogram(name: "unwrap_or<usize>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h97811dddb658b9adE", scope: !743, file: !1114, line: 1038, type: !1283, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!1286 = !{!1287, !1281, !1288}
!1287 = !DILocalVariable(name: "self", arg: 1, scope: !1282, file: !1114, line: 1038, type: !743)
!1288 = !DILocalVariable(name: "x", scope: !1289, file: !1114, line: 1043, type: !9, align: 64)
!1289 = distinct !DILexicalBlock(scope: !1282, file: !1114, line: 1043, column: 13)
!1290 = !DILocation(line: 0, scope: !1282, inlinedAt: !1291)
!1291 = distinct !DILocation(line: 39, column: 14, scope: !1223, inlinedAt: !1232)
!1292 = !DILocalVariable(name: "self", scope: !1293, file: !834, line: 2870, type: !837, align: 64)
!1293 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !834, line: 2870, type: !1294, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1296, retainedNodes: !1297)
!1294 = !DISubroutineType(types: !1295)
!1295 = !{null, !837, !9, !642}
!1296 = !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !834, line: 2870, type: !1294, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1297 = !{!1292, !1298, !1299}
!1298 = !DILocalVariable(name: "val", arg: 2, scope: !1293, file: !834, line: 2870, type: !9)
!1299 = !DILocalVariable(name: "order", scope: !1293, file: !834, line: 2870, type: !642, align: 8)
!1300 = !DILocation(line: 0, scope: !1293, inlinedAt: !1301)
!1301 = distinct !DILocation(line: 43, column: 13, scope: !1230, inlinedAt: !1232)
!1302 = !DILocalVariable(name: "dst", arg: 1, scope: !1303, file: !834, line: 3886, type: !1306)
!1303 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17he24b4b80b7a6fb97E", scope: !76, file: !834, line: 3886, type: !1304, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !84, retainedNodes: !1307)
!1304 = !DISubroutineType(types: !1305)
!1305 = !{!9, !1306, !642}
!1306 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!1307 = !{!1302, !1308}
!1308 = !DILocalVariable(name: "order", arg: 2, scope: !1303, file: !834, line: 3886, type: !642)
!1309 = !DILocation(line: 0, scope: !1303, inlinedAt: !1310)
!1310 = distinct !DILocation(line: 2844, column: 26, scope: !1272, inlinedAt: !1279)
!1311 = !DILocation(line: 3890, column: 24, scope: !1303, inlinedAt: !1310)
!1312 = !DILocation(line: 0, scope: !1228, inlinedAt: !1232)
!1313 = !DILocation(line: 32, column: 9, scope: !1223, inlinedAt: !1232)
!1314 = !DILocation(line: 37, column: 19, scope: !1223, inlinedAt: !1232)
!1315 = !DILocalVariable(name: "key", arg: 1, scope: !1316, file: !1317, line: 259, type: !541)
!1316 = distinct !DISubprogram(name: "var_os<&str>", linkageName: "_ZN3std3env6var_os17hfbef4a84239564b2E", scope: !1318, file: !1317, line: 259, type: !1319, scopeLine: 259, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1322, retainedNodes: !1321)
!1317 = !DIFile(filename: "library/std/src/env.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ea222fa0ef0f8138bff3cc805406605d")
!1318 = !DINamespace(name: "env", scope: !17)
!1319 = !DISubroutineType(types: !1320)
!1320 = !{!1235, !541}
!1321 = !{!1315}
!1322 = !{!1323}
!1323 = !DITemplateTypeParameter(name: "K", type: !541)
!1324 = !DILocation(line: 0, scope: !1316, inlinedAt: !1325)
!1325 = distinct !DILocation(line: 37, column: 19, scope: !1223, inlinedAt: !1232)
!1326 = !DILocation(line: 260, column: 5, scope: !1316, inlinedAt: !1325)
!1327 = !DILocation(line: 1545, column: 15, scope: !1234, inlinedAt: !1270)
!1328 = !{i64 0, i64 -9223372036854775807}
!1329 = !DILocation(line: 1545, column: 9, scope: !1234, inlinedAt: !1270)
!1330 = !DILocation(line: 34, column: 25, scope: !1228, inlinedAt: !1232)
!1331 = !DILocation(line: 0, scope: !1230, inlinedAt: !1232)
!1332 = !DILocation(line: 45, column: 6, scope: !1223, inlinedAt: !1232)
!1333 = !DILocation(line: 0, scope: !1268, inlinedAt: !1270)
!1334 = !DILocation(line: 1546, column: 18, scope: !1234, inlinedAt: !1270)
!1335 = !DILocalVariable(name: "s", arg: 2, scope: !1336, file: !1046, line: 38, type: !1243)
!1336 = distinct !DISubprogram(name: "{closure#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h6b5089c189b079fdE", scope: !1261, file: !1046, line: 38, type: !1337, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !1339)
!1337 = !DISubroutineType(types: !1338)
!1338 = !{!743, !1260, !1243}
!1339 = !{!1335, !1340}
!1340 = !DILocalVariable(arg: 1, scope: !1336, file: !1046, line: 38, type: !1260)
!1341 = !DILocation(line: 0, scope: !1336, inlinedAt: !1342)
!1342 = distinct !DILocation(line: 1546, column: 24, scope: !1268, inlinedAt: !1270)
!1343 = !DILocation(line: 38, column: 23, scope: !1336, inlinedAt: !1342)
!1344 = !DILocalVariable(name: "self", arg: 1, scope: !1345, file: !1346, line: 708, type: !1347)
!1345 = distinct !DISubprogram(name: "ok<&str, core::str::error::Utf8Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$2ok17ha00228294f4b1295E", scope: !1347, file: !1346, line: 708, type: !1379, scopeLine: 708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1355, declaration: !1392, retainedNodes: !1393)
!1346 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!1347 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<&str, core::str::error::Utf8Error>", scope: !378, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1348, templateParams: !23, identifier: "5582fb2b4f7836c2b89331cf171c5afa")
!1348 = !{!1349}
!1349 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1347, file: !2, size: 192, align: 64, elements: !1350, templateParams: !23, identifier: "6cf57bbe5981774bf4790e94b77f380", discriminator: !1378)
!1350 = !{!1351, !1374}
!1351 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1349, file: !2, baseType: !1352, size: 192, align: 64, extraData: i64 0)
!1352 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1347, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1353, templateParams: !1355, identifier: "6f375c847b087fd65c2efe46c2d601fc")
!1353 = !{!1354}
!1354 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1352, file: !2, baseType: !541, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!1355 = !{!1136, !1356}
!1356 = !DITemplateTypeParameter(name: "E", type: !1357)
!1357 = !DICompositeType(tag: DW_TAG_structure_type, name: "Utf8Error", scope: !1358, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1360, templateParams: !23, identifier: "a1b2917cf4ad01b98aaa8d55424ca90e")
!1358 = !DINamespace(name: "error", scope: !1359)
!1359 = !DINamespace(name: "str", scope: !44)
!1360 = !{!1361, !1362}
!1361 = !DIDerivedType(tag: DW_TAG_member, name: "valid_up_to", scope: !1357, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagProtected)
!1362 = !DIDerivedType(tag: DW_TAG_member, name: "error_len", scope: !1357, file: !2, baseType: !1363, size: 16, align: 8, offset: 64, flags: DIFlagProtected)
!1363 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u8>", scope: !113, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !1364, templateParams: !23, identifier: "6850a92a40c22a3fa30403901fda925d")
!1364 = !{!1365}
!1365 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1363, file: !2, size: 16, align: 8, elements: !1366, templateParams: !23, identifier: "6dc00fc24aa236d6513d9de8c7098b42", discriminator: !1373)
!1366 = !{!1367, !1369}
!1367 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1365, file: !2, baseType: !1368, size: 16, align: 8, extraData: i8 0)
!1368 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1363, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !182, identifier: "82686c0219b197b3634b19b380fb0074")
!1369 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1365, file: !2, baseType: !1370, size: 16, align: 8, extraData: i8 1)
!1370 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1363, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !1371, templateParams: !182, identifier: "da7c844113dbf375df5d296690266c32")
!1371 = !{!1372}
!1372 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1370, file: !2, baseType: !181, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!1373 = !DIDerivedType(tag: DW_TAG_member, scope: !1363, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagArtificial)
!1374 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1349, file: !2, baseType: !1375, size: 192, align: 64, extraData: i64 1)
!1375 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1347, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1376, templateParams: !1355, identifier: "2937e7ba81d49a1c39907cf4541f6c52")
!1376 = !{!1377}
!1377 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1375, file: !2, baseType: !1357, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!1378 = !DIDerivedType(tag: DW_TAG_member, scope: !1347, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!1379 = !DISubroutineType(types: !1380)
!1380 = !{!1381, !1347}
!1381 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&str>", scope: !113, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1382, templateParams: !23, identifier: "388f0724495c9979543236d6ae2d54c2")
!1382 = !{!1383}
!1383 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1381, file: !2, size: 128, align: 64, elements: !1384, templateParams: !23, identifier: "e6785e8f6e1e140eb9b4249e8ee16932", discriminator: !1391)
!1384 = !{!1385, !1387}
!1385 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1383, file: !2, baseType: !1386, size: 128, align: 64, extraData: i64 0)
!1386 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !1135, identifier: "d07e0299997611c95ecaaab3f1b5fcbf")
!1387 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1383, file: !2, baseType: !1388, size: 128, align: 64)
!1388 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1381, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1389, templateParams: !1135, identifier: "752c4aa88f8dc851ac37ea0fe4a1be3a")
!1389 = !{!1390}
!1390 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1388, file: !2, baseType: !541, size: 128, align: 64, flags: DIFlagPublic)
!1391 = !DIDerivedType(tag: DW_TAG_member, scope: !1381, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!1392 = !DISubprogram(name: "ok<&str, core::str::error::Utf8Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$2ok17ha00228294f4b1295E", scope: !1347, file: !1346, line: 708, type: !1379, scopeLine: 708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1355)
!1393 = !{!1344, !1394}
!1394 = !DILocalVariable(name: "x", scope: !1395, file: !1346, line: 714, type: !541, align: 64)
!1395 = distinct !DILexicalBlock(scope: !1345, file: !1346, line: 714, column: 13)
!1396 = !DILocation(line: 708, column: 21, scope: !1345, inlinedAt: !1397)
!1397 = distinct !DILocation(line: 914, column: 29, scope: !1398, inlinedAt: !1420)
!1398 = distinct !DISubprogram(name: "to_str", linkageName: "_RNvMsl_NtNtCsjrHSEGnQ3l9_3std3ffi6os_strNtB5_5OsStr6to_str", scope: !1400, file: !1399, line: 913, type: !1406, scopeLine: 913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1413, retainedNodes: !1414)
!1399 = !DIFile(filename: "library/std/src/ffi/os_str.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6eec051f87d8cefa8b614e4b3d949fd0")
!1400 = !DICompositeType(tag: DW_TAG_structure_type, name: "OsStr", scope: !1244, file: !2, align: 8, flags: DIFlagPublic, elements: !1401, templateParams: !23, identifier: "9b2ff0e99145c91adaf994211d6efd2a")
!1401 = !{!1402}
!1402 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1400, file: !2, baseType: !1403, align: 8, flags: DIFlagPrivate)
!1403 = !DICompositeType(tag: DW_TAG_structure_type, name: "Slice", scope: !1249, file: !2, align: 8, flags: DIFlagPublic, elements: !1404, templateParams: !23, identifier: "4daaa6a3d6e2ac322e5faa02ad2f2c71")
!1404 = !{!1405}
!1405 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1403, file: !2, baseType: !181, align: 8, flags: DIFlagPublic)
!1406 = !DISubroutineType(types: !1407)
!1407 = !{!1381, !1408}
!1408 = !DICompositeType(tag: DW_TAG_structure_type, name: "&std::ffi::os_str::OsStr", file: !2, size: 128, align: 64, elements: !1409, templateParams: !23, identifier: "5ad606f5414a2d9527e9cd3c27c80654")
!1409 = !{!1410, !1412}
!1410 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1408, file: !2, baseType: !1411, size: 64, align: 64)
!1411 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1400, size: 64, align: 64, dwarfAddressSpace: 0)
!1412 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1408, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1413 = !DISubprogram(name: "to_str", linkageName: "_RNvMsl_NtNtCsjrHSEGnQ3l9_3std3ffi6os_strNtB5_5OsStr6to_str", scope: !1400, file: !1399, line: 913, type: !1406, scopeLine: 913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1414 = !{!1415}
!1415 = !DILocalVariable(name: "self", arg: 1, scope: !1398, file: !1399, line: 913, type: !1416)
!1416 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const std::ffi::os_str::OsStr", file: !2, size: 128, align: 64, elements: !1417, templateParams: !23, identifier: "fcdd8c6d8e8385321623bf8c6fbc98cc")
!1417 = !{!1418, !1419}
!1418 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1416, file: !2, baseType: !1411, size: 64, align: 64)
!1419 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1416, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1420 = distinct !DILocation(line: 38, column: 29, scope: !1336, inlinedAt: !1342)
!1421 = !DILocalVariable(name: "f", scope: !1422, file: !1114, line: 1541, type: !1425, align: 8)
!1422 = distinct !DISubprogram(name: "and_then<&str, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure#0}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h2b3daba288070b9cE", scope: !1381, file: !1114, line: 1541, type: !1423, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1428, declaration: !1427, retainedNodes: !1430)
!1423 = !DISubroutineType(types: !1424)
!1424 = !{!743, !1381, !1425}
!1425 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", scope: !1426, file: !2, align: 8, elements: !23, identifier: "38d1fcd412d96f71c7f10476bf91739d")
!1426 = !DINamespace(name: "{closure#0}", scope: !1261)
!1427 = !DISubprogram(name: "and_then<&str, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure#0}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h2b3daba288070b9cE", scope: !1381, file: !1114, line: 1541, type: !1423, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1428)
!1428 = !{!1136, !864, !1429}
!1429 = !DITemplateTypeParameter(name: "F", type: !1425)
!1430 = !{!1431, !1421, !1432}
!1431 = !DILocalVariable(name: "self", arg: 1, scope: !1422, file: !1114, line: 1541, type: !1381)
!1432 = !DILocalVariable(name: "x", scope: !1433, file: !1114, line: 1546, type: !541, align: 64)
!1433 = distinct !DILexicalBlock(scope: !1422, file: !1114, line: 1546, column: 13)
!1434 = !DILocation(line: 1541, column: 39, scope: !1422, inlinedAt: !1435)
!1435 = distinct !DILocation(line: 38, column: 38, scope: !1336, inlinedAt: !1342)
!1436 = !DILocalVariable(name: "radix", scope: !1437, file: !1438, line: 1629, type: !336, align: 32)
!1437 = distinct !DISubprogram(name: "from_str_radix", linkageName: "_RNvMsv_NtCsgEmfK2I1SDS_4core3numj14from_str_radix", scope: !1439, file: !1438, line: 1629, type: !1440, scopeLine: 1629, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1460)
!1438 = !DIFile(filename: "library/core/src/num/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "1db7404d1c8f3f7800b5a2176e16a3e4")
!1439 = !DINamespace(name: "{impl#33}", scope: !189)
!1440 = !DISubroutineType(types: !1441)
!1441 = !{!1442, !541, !336}
!1442 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<usize, core::num::error::ParseIntError>", scope: !378, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1443, templateParams: !23, identifier: "6d3af7ce428cd6cc82e757daf4ebf0c0")
!1443 = !{!1444}
!1444 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1442, file: !2, size: 128, align: 64, elements: !1445, templateParams: !23, identifier: "4327e9ab2957c403a5761f2393aced4", discriminator: !1459)
!1445 = !{!1446, !1455}
!1446 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1444, file: !2, baseType: !1447, size: 128, align: 64, extraData: i8 0)
!1447 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1442, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1448, templateParams: !1450, identifier: "49acdc61c11aed3184f953118eaa67c9")
!1448 = !{!1449}
!1449 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1447, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1450 = !{!85, !1451}
!1451 = !DITemplateTypeParameter(name: "E", type: !1452)
!1452 = !DICompositeType(tag: DW_TAG_structure_type, name: "ParseIntError", scope: !635, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !1453, templateParams: !23, identifier: "f413e33ccd4d99b7e5207af7dbc7958c")
!1453 = !{!1454}
!1454 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !1452, file: !2, baseType: !634, size: 8, align: 8, flags: DIFlagProtected)
!1455 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1444, file: !2, baseType: !1456, size: 128, align: 64, extraData: i8 1)
!1456 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1442, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1457, templateParams: !1450, identifier: "e95c5481c4f5dd586c38665176a42d88")
!1457 = !{!1458}
!1458 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1456, file: !2, baseType: !1452, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!1459 = !DIDerivedType(tag: DW_TAG_member, scope: !1442, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagArtificial)
!1460 = !{!1461, !1436}
!1461 = !DILocalVariable(name: "src", arg: 1, scope: !1437, file: !1438, line: 1629, type: !541)
!1462 = !DILocation(line: 0, scope: !1437, inlinedAt: !1463)
!1463 = distinct !DILocation(line: 1579, column: 17, scope: !1464, inlinedAt: !1470)
!1464 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvXsu_NtCsgEmfK2I1SDS_4core3numjNtNtNtB7_3str6traits7FromStr8from_str", scope: !1465, file: !1438, line: 1578, type: !1466, scopeLine: 1578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1468)
!1465 = !DINamespace(name: "{impl#32}", scope: !189)
!1466 = !DISubroutineType(types: !1467)
!1467 = !{!1442, !541}
!1468 = !{!1469}
!1469 = !DILocalVariable(name: "src", arg: 1, scope: !1464, file: !1438, line: 1578, type: !541)
!1470 = distinct !DILocation(line: 2766, column: 9, scope: !1471, inlinedAt: !1478)
!1471 = distinct !DISubprogram(name: "parse<usize>", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$5parse17hbd1c1deb3f0a2325E", scope: !1473, file: !1472, line: 2765, type: !1466, scopeLine: 2765, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1476, retainedNodes: !1474)
!1472 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!1473 = !DINamespace(name: "{impl#0}", scope: !1359)
!1474 = !{!1475}
!1475 = !DILocalVariable(name: "self", arg: 1, scope: !1471, file: !1472, line: 2765, type: !541)
!1476 = !{!1477}
!1477 = !DITemplateTypeParameter(name: "F", type: !9)
!1478 = distinct !DILocation(line: 38, column: 53, scope: !1479, inlinedAt: !1484)
!1479 = distinct !DISubprogram(name: "{closure#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h0918c389317ab8bdE", scope: !1426, file: !1046, line: 38, type: !1480, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !1482)
!1480 = !DISubroutineType(types: !1481)
!1481 = !{!743, !1425, !541}
!1482 = !{!1483}
!1483 = !DILocalVariable(name: "s", arg: 2, scope: !1479, file: !1046, line: 38, type: !541)
!1484 = distinct !DILocation(line: 1546, column: 24, scope: !1433, inlinedAt: !1435)
!1485 = !DILocation(line: 0, scope: !1398, inlinedAt: !1420)
!1486 = !DILocation(line: 914, column: 9, scope: !1398, inlinedAt: !1420)
!1487 = !{!1488, !1147, !1149, !1039, !1043}
!1488 = distinct !{!1488, !1489, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h6b5089c189b079fdE: %s"}
!1489 = distinct !{!1489, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h6b5089c189b079fdE"}
!1490 = !DILocalVariable(name: "self", arg: 1, scope: !1491, file: !1492, line: 287, type: !1495)
!1491 = distinct !DISubprogram(name: "to_str", linkageName: "_RNvMs7_NtNtNtCsjrHSEGnQ3l9_3std3sys6os_str5bytesNtB5_5Slice6to_str", scope: !1403, file: !1492, line: 287, type: !1493, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1500, retainedNodes: !1501)
!1492 = !DIFile(filename: "library/std/src/sys/os_str/bytes.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6c7f4a29e2f232ef89a4a80dadafd37f")
!1493 = !DISubroutineType(types: !1494)
!1494 = !{!1347, !1495}
!1495 = !DICompositeType(tag: DW_TAG_structure_type, name: "&std::sys::os_str::bytes::Slice", file: !2, size: 128, align: 64, elements: !1496, templateParams: !23, identifier: "330e638bb2ec503629394ffc278dbde1")
!1496 = !{!1497, !1499}
!1497 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1495, file: !2, baseType: !1498, size: 64, align: 64)
!1498 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1403, size: 64, align: 64, dwarfAddressSpace: 0)
!1499 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1495, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1500 = !DISubprogram(name: "to_str", linkageName: "_RNvMs7_NtNtNtCsjrHSEGnQ3l9_3std3sys6os_str5bytesNtB5_5Slice6to_str", scope: !1403, file: !1492, line: 287, type: !1493, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1501 = !{!1490}
!1502 = !DILocation(line: 287, column: 19, scope: !1491, inlinedAt: !1503)
!1503 = distinct !DILocation(line: 914, column: 20, scope: !1398, inlinedAt: !1420)
!1504 = !DILocation(line: 288, column: 9, scope: !1491, inlinedAt: !1503)
!1505 = !DILocalVariable(arg: 1, scope: !1506, file: !1507, line: 805, type: !1510)
!1506 = distinct !DISubprogram(name: "drop_in_place<std::ffi::os_str::OsString>", linkageName: "_ZN4core3ptr47drop_in_place$LT$std..ffi..os_str..OsString$GT$17h35e5e9adfaba924eE", scope: !68, file: !1507, line: 805, type: !1508, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1241, retainedNodes: !1511)
!1507 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!1508 = !DISubroutineType(types: !1509)
!1509 = !{null, !1510}
!1510 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::ffi::os_str::OsString", baseType: !1243, size: 64, align: 64, dwarfAddressSpace: 0)
!1511 = !{!1505}
!1512 = !DILocation(line: 0, scope: !1506, inlinedAt: !1513)
!1513 = distinct !DILocation(line: 38, column: 65, scope: !1336, inlinedAt: !1342)
!1514 = !DILocalVariable(arg: 1, scope: !1515, file: !1507, line: 805, type: !1518)
!1515 = distinct !DISubprogram(name: "drop_in_place<std::sys::os_str::bytes::Buf>", linkageName: "_ZN4core3ptr49drop_in_place$LT$std..sys..os_str..bytes..Buf$GT$17h68b6405bc9dc4a9eE", scope: !68, file: !1507, line: 805, type: !1516, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1520, retainedNodes: !1519)
!1516 = !DISubroutineType(types: !1517)
!1517 = !{null, !1518}
!1518 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sys::os_str::bytes::Buf", baseType: !1248, size: 64, align: 64, dwarfAddressSpace: 0)
!1519 = !{!1514}
!1520 = !{!1521}
!1521 = !DITemplateTypeParameter(name: "T", type: !1248)
!1522 = !DILocation(line: 0, scope: !1515, inlinedAt: !1523)
!1523 = distinct !DILocation(line: 805, column: 1, scope: !1506, inlinedAt: !1513)
!1524 = !DILocalVariable(arg: 1, scope: !1525, file: !1507, line: 805, type: !1528)
!1525 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h272b28a177103510E", scope: !68, file: !1507, line: 805, type: !1526, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1530, retainedNodes: !1529)
!1526 = !DISubroutineType(types: !1527)
!1527 = !{null, !1528}
!1528 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !728, size: 64, align: 64, dwarfAddressSpace: 0)
!1529 = !{!1524}
!1530 = !{!1531}
!1531 = !DITemplateTypeParameter(name: "T", type: !728)
!1532 = !DILocation(line: 0, scope: !1525, inlinedAt: !1533)
!1533 = distinct !DILocation(line: 805, column: 1, scope: !1515, inlinedAt: !1523)
!1534 = !DILocalVariable(arg: 1, scope: !1535, file: !1507, line: 805, type: !1538)
!1535 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h61070f0dda470450E", scope: !68, file: !1507, line: 805, type: !1536, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1540, retainedNodes: !1539)
!1536 = !DISubroutineType(types: !1537)
!1537 = !{null, !1538}
!1538 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !731, size: 64, align: 64, dwarfAddressSpace: 0)
!1539 = !{!1534}
!1540 = !{!1541}
!1541 = !DITemplateTypeParameter(name: "T", type: !731)
!1542 = !DILocation(line: 0, scope: !1535, inlinedAt: !1543)
!1543 = distinct !DILocation(line: 805, column: 1, scope: !1525, inlinedAt: !1533)
!1544 = !DILocalVariable(name: "self", arg: 1, scope: !1545, file: !1546, line: 421, type: !1550)
!1545 = distinct !DISubprogram(name: "drop<u8, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc23736cb73f5d5c2E", scope: !1547, file: !1546, line: 421, type: !1548, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !735, retainedNodes: !1551)
!1546 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!1547 = !DINamespace(name: "{impl#3}", scope: !167)
!1548 = !DISubroutineType(types: !1549)
!1549 = !{null, !1550}
!1550 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !731, size: 64, align: 64, dwarfAddressSpace: 0)
!1551 = !{!1544}
!1552 = !DILocation(line: 0, scope: !1545, inlinedAt: !1553)
!1553 = distinct !DILocation(line: 805, column: 1, scope: !1535, inlinedAt: !1543)
!1554 = !DILocalVariable(name: "self", arg: 1, scope: !1555, file: !1546, line: 870, type: !1558)
!1555 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hd4d851154a28bd72E", scope: !170, file: !1546, line: 870, type: !1556, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !193, declaration: !1559, retainedNodes: !1560)
!1556 = !DISubroutineType(types: !1557)
!1557 = !{null, !1558, !906}
!1558 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !170, size: 64, align: 64, dwarfAddressSpace: 0)
!1559 = !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hd4d851154a28bd72E", scope: !170, file: !1546, line: 870, type: !1556, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !193)
!1560 = !{!1554, !1561, !1562, !1564}
!1561 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !1555, file: !1546, line: 870, type: !906)
!1562 = !DILocalVariable(name: "ptr", scope: !1563, file: !1546, line: 872, type: !177, align: 64)
!1563 = distinct !DILexicalBlock(scope: !1555, file: !1546, line: 872, column: 82)
!1564 = !DILocalVariable(name: "layout", scope: !1563, file: !1546, line: 872, type: !906, align: 64)
!1565 = !DILocation(line: 0, scope: !1555, inlinedAt: !1566)
!1566 = distinct !DILocation(line: 423, column: 29, scope: !1545, inlinedAt: !1553)
!1567 = !DILocalVariable(name: "self", arg: 1, scope: !1568, file: !1546, line: 631, type: !1588)
!1568 = distinct !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h71922179803b80dcE", scope: !170, file: !1546, line: 631, type: !1569, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !193, declaration: !1589, retainedNodes: !1590)
!1569 = !DISubroutineType(types: !1570)
!1570 = !{!1571, !1588, !906}
!1571 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)>", scope: !113, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1572, templateParams: !23, identifier: "ee7541504661f874c2915c0073b72bc1")
!1572 = !{!1573}
!1573 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1571, file: !2, size: 192, align: 64, elements: !1574, templateParams: !23, identifier: "6bc21688c309cf3b1c2f684d384a593e", discriminator: !1587)
!1574 = !{!1575, !1583}
!1575 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1573, file: !2, baseType: !1576, size: 192, align: 64, extraData: i64 0)
!1576 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1571, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !1577, identifier: "9f716f1b8d4e611e4821e2e1a8274497")
!1577 = !{!1578}
!1578 = !DITemplateTypeParameter(name: "T", type: !1579)
!1579 = !DICompositeType(tag: DW_TAG_structure_type, name: "(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)", file: !2, size: 192, align: 64, elements: !1580, templateParams: !23, identifier: "9addff87e8e60bcd1d6fc027e7ae79a6")
!1580 = !{!1581, !1582}
!1581 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1579, file: !2, baseType: !177, size: 64, align: 64)
!1582 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1579, file: !2, baseType: !906, size: 128, align: 64, offset: 64)
!1583 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1573, file: !2, baseType: !1584, size: 192, align: 64)
!1584 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1571, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1585, templateParams: !1577, identifier: "16f684b7aa3449289eb3efb4d54b2d14")
!1585 = !{!1586}
!1586 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1584, file: !2, baseType: !1579, size: 192, align: 64, flags: DIFlagPublic)
!1587 = !DIDerivedType(tag: DW_TAG_member, scope: !1571, file: !2, baseType: !160, size: 64, align: 64, offset: 64, flags: DIFlagArtificial)
!1588 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !170, size: 64, align: 64, dwarfAddressSpace: 0)
!1589 = !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h71922179803b80dcE", scope: !170, file: !1546, line: 631, type: !1569, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !193)
!1590 = !{!1567, !1591, !1592, !1594}
!1591 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !1568, file: !1546, line: 631, type: !906)
!1592 = !DILocalVariable(name: "alloc_size", scope: !1593, file: !1546, line: 640, type: !9, align: 64)
!1593 = distinct !DILexicalBlock(scope: !1568, file: !1546, line: 640, column: 17)
!1594 = !DILocalVariable(name: "layout", scope: !1595, file: !1546, line: 641, type: !906, align: 64)
!1595 = distinct !DILexicalBlock(scope: !1593, file: !1546, line: 641, column: 17)
!1596 = !DILocation(line: 0, scope: !1568, inlinedAt: !1597)
!1597 = distinct !DILocation(line: 872, column: 52, scope: !1563, inlinedAt: !1566)
!1598 = !DILocation(line: 632, column: 39, scope: !1568, inlinedAt: !1597)
!1599 = !DILocation(line: 0, scope: !1563, inlinedAt: !1566)
!1600 = !DILocalVariable(name: "self", arg: 1, scope: !1601, file: !929, line: 440, type: !950)
!1601 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !930, file: !929, line: 440, type: !1602, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1604)
!1602 = !DISubroutineType(types: !1603)
!1603 = !{null, !950, !177, !906}
!1604 = !{!1600, !1605, !1606}
!1605 = !DILocalVariable(name: "ptr", arg: 2, scope: !1601, file: !929, line: 440, type: !177)
!1606 = !DILocalVariable(name: "layout", arg: 3, scope: !1601, file: !929, line: 440, type: !906)
!1607 = !DILocation(line: 0, scope: !1601, inlinedAt: !1608)
!1608 = distinct !DILocation(line: 874, column: 28, scope: !1563, inlinedAt: !1566)
!1609 = !DILocalVariable(name: "self", arg: 1, scope: !1610, file: !929, line: 323, type: !950)
!1610 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !96, file: !929, line: 323, type: !1602, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1611, retainedNodes: !1612)
!1611 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !96, file: !929, line: 323, type: !1602, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1612 = !{!1609, !1613, !1614}
!1613 = !DILocalVariable(name: "ptr", arg: 2, scope: !1610, file: !929, line: 323, type: !177)
!1614 = !DILocalVariable(name: "layout", arg: 3, scope: !1610, file: !929, line: 323, type: !906)
!1615 = !DILocation(line: 0, scope: !1610, inlinedAt: !1616)
!1616 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !1608)
!1617 = !DILocalVariable(name: "ptr", arg: 1, scope: !1618, file: !929, line: 199, type: !177)
!1618 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !96, file: !929, line: 199, type: !1619, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1621, retainedNodes: !1622)
!1619 = !DISubroutineType(types: !1620)
!1620 = !{null, !177, !906}
!1621 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !96, file: !929, line: 199, type: !1619, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1622 = !{!1617, !1623}
!1623 = !DILocalVariable(name: "layout", arg: 2, scope: !1618, file: !929, line: 199, type: !906)
!1624 = !DILocation(line: 0, scope: !1618, inlinedAt: !1625)
!1625 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !1616)
!1626 = !DILocalVariable(name: "layout", arg: 2, scope: !1627, file: !929, line: 114, type: !906)
!1627 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !97, file: !929, line: 114, type: !1628, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1630)
!1628 = !DISubroutineType(types: !1629)
!1629 = !{null, !905, !906}
!1630 = !{!1631, !1626}
!1631 = !DILocalVariable(name: "ptr", arg: 1, scope: !1627, file: !929, line: 114, type: !905)
!1632 = !DILocation(line: 0, scope: !1627, inlinedAt: !1633)
!1633 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !1625)
!1634 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !1633)
!1635 = !DILocation(line: 200, column: 9, scope: !1618, inlinedAt: !1625)
!1636 = !DILocation(line: 713, column: 15, scope: !1345, inlinedAt: !1397)
!1637 = !{i64 0, i64 2}
!1638 = !DILocation(line: 713, column: 9, scope: !1345, inlinedAt: !1397)
!1639 = !DILocation(line: 0, scope: !1422, inlinedAt: !1435)
!1640 = !DILocation(line: 914, column: 32, scope: !1398, inlinedAt: !1420)
!1641 = !DILocation(line: 1549, column: 5, scope: !1422, inlinedAt: !1435)
!1642 = !DILocation(line: 714, column: 16, scope: !1345, inlinedAt: !1397)
!1643 = !{i64 1}
!1644 = !DILocation(line: 0, scope: !1433, inlinedAt: !1435)
!1645 = !DILocation(line: 0, scope: !1479, inlinedAt: !1484)
!1646 = !DILocation(line: 0, scope: !1471, inlinedAt: !1478)
!1647 = !DILocation(line: 0, scope: !1464, inlinedAt: !1470)
!1648 = !DILocalVariable(name: "src", arg: 1, scope: !1649, file: !1438, line: 1708, type: !1652)
!1649 = distinct !DISubprogram(name: "from_ascii_radix", linkageName: "_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix", scope: !1439, file: !1438, line: 1708, type: !1650, scopeLine: 1708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1656)
!1650 = !DISubroutineType(types: !1651)
!1651 = !{!1442, !1652, !336}
!1652 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !2, size: 128, align: 64, elements: !1653, templateParams: !23, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!1653 = !{!1654, !1655}
!1654 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1652, file: !2, baseType: !301, size: 64, align: 64)
!1655 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1652, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1656 = !{!1648, !1657, !1658, !1660, !1662, !1663, !1665, !1667, !1669, !1671, !1674, !1675, !1677, !1679, !1681, !1682, !1684, !1686, !1688, !1689, !1691, !1693, !1695, !1697, !1699, !1701, !1702, !1704, !1706, !1708, !1710}
!1657 = !DILocalVariable(name: "radix", arg: 2, scope: !1649, file: !1438, line: 1708, type: !336)
!1658 = !DILocalVariable(name: "is_signed_ty", scope: !1659, file: !1438, line: 1721, type: !755, align: 8)
!1659 = distinct !DILexicalBlock(scope: !1649, file: !1438, line: 1721, column: 17)
!1660 = !DILocalVariable(name: "is_positive", scope: !1661, file: !1438, line: 1723, type: !755, align: 8)
!1661 = distinct !DILexicalBlock(scope: !1659, file: !1438, line: 1723, column: 17)
!1662 = !DILocalVariable(name: "digits", scope: !1661, file: !1438, line: 1723, type: !1652, align: 64)
!1663 = !DILocalVariable(name: "rest", scope: !1664, file: !1438, line: 1727, type: !1652, align: 64)
!1664 = distinct !DILexicalBlock(scope: !1659, file: !1438, line: 1727, column: 21)
!1665 = !DILocalVariable(name: "rest", scope: !1666, file: !1438, line: 1728, type: !1652, align: 64)
!1666 = distinct !DILexicalBlock(scope: !1659, file: !1438, line: 1728, column: 21)
!1667 = !DILocalVariable(name: "rest", scope: !1666, file: !1438, line: 1728, type: !1668, align: 64)
!1668 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&[u8]", baseType: !1652, size: 64, align: 64, dwarfAddressSpace: 0)
!1669 = !DILocalVariable(name: "result", scope: !1670, file: !1438, line: 1732, type: !9, align: 64)
!1670 = distinct !DILexicalBlock(scope: !1661, file: !1438, line: 1732, column: 17)
!1671 = !DILocalVariable(name: "c", scope: !1672, file: !1438, line: 1754, type: !1673, align: 64)
!1672 = distinct !DILexicalBlock(scope: !1670, file: !1438, line: 1754, column: 63)
!1673 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u8", baseType: !181, size: 64, align: 64, dwarfAddressSpace: 0)
!1674 = !DILocalVariable(name: "rest", scope: !1672, file: !1438, line: 1754, type: !1652, align: 64)
!1675 = !DILocalVariable(name: "x", scope: !1676, file: !1438, line: 1756, type: !336, align: 32)
!1676 = distinct !DILexicalBlock(scope: !1672, file: !1438, line: 1756, column: 33)
!1677 = !DILocalVariable(name: "value", scope: !1678, file: !1438, line: 1737, type: !336, align: 32)
!1678 = distinct !DILexicalBlock(scope: !1672, file: !1438, line: 1737, column: 29)
!1679 = !DILocalVariable(name: "c", scope: !1680, file: !1438, line: 1754, type: !1673, align: 64)
!1680 = distinct !DILexicalBlock(scope: !1670, file: !1438, line: 1754, column: 63)
!1681 = !DILocalVariable(name: "rest", scope: !1680, file: !1438, line: 1754, type: !1652, align: 64)
!1682 = !DILocalVariable(name: "x", scope: !1683, file: !1438, line: 1756, type: !336, align: 32)
!1683 = distinct !DILexicalBlock(scope: !1680, file: !1438, line: 1756, column: 33)
!1684 = !DILocalVariable(name: "value", scope: !1685, file: !1438, line: 1737, type: !336, align: 32)
!1685 = distinct !DILexicalBlock(scope: !1680, file: !1438, line: 1737, column: 29)
!1686 = !DILocalVariable(name: "c", scope: !1687, file: !1438, line: 1770, type: !1673, align: 64)
!1687 = distinct !DILexicalBlock(scope: !1670, file: !1438, line: 1770, column: 63)
!1688 = !DILocalVariable(name: "rest", scope: !1687, file: !1438, line: 1770, type: !1652, align: 64)
!1689 = !DILocalVariable(name: "mul", scope: !1690, file: !1438, line: 1781, type: !743, align: 64)
!1690 = distinct !DILexicalBlock(scope: !1687, file: !1438, line: 1781, column: 33)
!1691 = !DILocalVariable(name: "x", scope: !1692, file: !1438, line: 1782, type: !9, align: 64)
!1692 = distinct !DILexicalBlock(scope: !1690, file: !1438, line: 1782, column: 33)
!1693 = !DILocalVariable(name: "value", scope: !1694, file: !1438, line: 1737, type: !336, align: 32)
!1694 = distinct !DILexicalBlock(scope: !1690, file: !1438, line: 1737, column: 29)
!1695 = !DILocalVariable(name: "value", scope: !1696, file: !1438, line: 1737, type: !9, align: 64)
!1696 = distinct !DILexicalBlock(scope: !1692, file: !1438, line: 1737, column: 29)
!1697 = !DILocalVariable(name: "value", scope: !1698, file: !1438, line: 1737, type: !9, align: 64)
!1698 = distinct !DILexicalBlock(scope: !1692, file: !1438, line: 1737, column: 29)
!1699 = !DILocalVariable(name: "c", scope: !1700, file: !1438, line: 1770, type: !1673, align: 64)
!1700 = distinct !DILexicalBlock(scope: !1670, file: !1438, line: 1770, column: 63)
!1701 = !DILocalVariable(name: "rest", scope: !1700, file: !1438, line: 1770, type: !1652, align: 64)
!1702 = !DILocalVariable(name: "mul", scope: !1703, file: !1438, line: 1781, type: !743, align: 64)
!1703 = distinct !DILexicalBlock(scope: !1700, file: !1438, line: 1781, column: 33)
!1704 = !DILocalVariable(name: "x", scope: !1705, file: !1438, line: 1782, type: !9, align: 64)
!1705 = distinct !DILexicalBlock(scope: !1703, file: !1438, line: 1782, column: 33)
!1706 = !DILocalVariable(name: "value", scope: !1707, file: !1438, line: 1737, type: !336, align: 32)
!1707 = distinct !DILexicalBlock(scope: !1703, file: !1438, line: 1737, column: 29)
!1708 = !DILocalVariable(name: "value", scope: !1709, file: !1438, line: 1737, type: !9, align: 64)
!1709 = distinct !DILexicalBlock(scope: !1705, file: !1438, line: 1737, column: 29)
!1710 = !DILocalVariable(name: "value", scope: !1711, file: !1438, line: 1737, type: !9, align: 64)
!1711 = distinct !DILexicalBlock(scope: !1705, file: !1438, line: 1737, column: 29)
!1712 = !DILocation(line: 0, scope: !1649, inlinedAt: !1713)
!1713 = distinct !DILocation(line: 1630, column: 17, scope: !1437, inlinedAt: !1463)
!1714 = !DILocation(line: 0, scope: !1661, inlinedAt: !1713)
!1715 = !DILocalVariable(name: "radix", arg: 1, scope: !1716, file: !1438, line: 1521, type: !336)
!1716 = distinct !DISubprogram(name: "can_not_overflow<usize>", linkageName: "_ZN4core3num16can_not_overflow17h8692d78c8c4bb07aE", scope: !189, file: !1438, line: 1521, type: !1717, scopeLine: 1521, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !84, retainedNodes: !1719)
!1717 = !DISubroutineType(types: !1718)
!1718 = !{!755, !336, !755, !1652}
!1719 = !{!1715, !1720, !1721}
!1720 = !DILocalVariable(name: "is_signed_ty", scope: !1716, file: !1438, line: 1521, type: !755, align: 8)
!1721 = !DILocalVariable(name: "digits", arg: 3, scope: !1716, file: !1438, line: 1521, type: !1652)
!1722 = !DILocation(line: 0, scope: !1716, inlinedAt: !1723)
!1723 = distinct !DILocation(line: 1743, column: 20, scope: !1670, inlinedAt: !1713)
!1724 = !DILocation(line: 0, scope: !1659, inlinedAt: !1713)
!1725 = !DILocation(line: 1716, column: 20, scope: !1649, inlinedAt: !1713)
!1726 = !DILocation(line: 1723, column: 49, scope: !1659, inlinedAt: !1713)
!1727 = !{!1728}
!1728 = distinct !{!1728, !1729, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix: argument 1"}
!1729 = distinct !{!1729, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix"}
!1730 = !{!1731, !1488, !1147, !1149, !1039, !1043}
!1731 = distinct !{!1731, !1729, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix: %_0"}
!1732 = !DILocation(line: 0, scope: !1670, inlinedAt: !1713)
!1733 = !DILocalVariable(name: "self", arg: 1, scope: !1734, file: !1735, line: 1160, type: !9)
!1734 = distinct !DISubprogram(name: "checked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11checked_mul", scope: !1736, file: !1735, line: 1160, type: !1737, scopeLine: 1160, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1739)
!1735 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!1736 = !DINamespace(name: "{impl#11}", scope: !189)
!1737 = !DISubroutineType(types: !1738)
!1738 = !{!743, !9, !9}
!1739 = !{!1733, !1740, !1741, !1743, !1744, !1746}
!1740 = !DILocalVariable(name: "rhs", arg: 2, scope: !1734, file: !1735, line: 1160, type: !9)
!1741 = !DILocalVariable(name: "a", scope: !1742, file: !1735, line: 1161, type: !9, align: 64)
!1742 = distinct !DILexicalBlock(scope: !1734, file: !1735, line: 1161, column: 13)
!1743 = !DILocalVariable(name: "b", scope: !1742, file: !1735, line: 1161, type: !755, align: 8)
!1744 = !DILocalVariable(name: "a", scope: !1745, file: !1735, line: 1161, type: !9, align: 64)
!1745 = distinct !DILexicalBlock(scope: !1734, file: !1735, line: 1161, column: 13)
!1746 = !DILocalVariable(name: "b", scope: !1745, file: !1735, line: 1161, type: !755, align: 8)
!1747 = !DILocation(line: 0, scope: !1734, inlinedAt: !1748)
!1748 = distinct !DILocation(line: 1781, column: 50, scope: !1687, inlinedAt: !1713)
!1749 = !DILocalVariable(name: "self", arg: 1, scope: !1750, file: !1735, line: 3050, type: !9)
!1750 = distinct !DISubprogram(name: "overflowing_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_mul", scope: !1736, file: !1735, line: 3050, type: !1751, scopeLine: 3050, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1757)
!1751 = !DISubroutineType(types: !1752)
!1752 = !{!1753, !9, !9}
!1753 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !2, size: 128, align: 64, elements: !1754, templateParams: !23, identifier: "d571287e27d8be874e95a2f698798cc6")
!1754 = !{!1755, !1756}
!1755 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1753, file: !2, baseType: !9, size: 64, align: 64)
!1756 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1753, file: !2, baseType: !755, size: 8, align: 8, offset: 64)
!1757 = !{!1749, !1758}
!1758 = !DILocalVariable(name: "rhs", arg: 2, scope: !1750, file: !1735, line: 3050, type: !9)
!1759 = !DILocation(line: 0, scope: !1750, inlinedAt: !1760)
!1760 = distinct !DILocation(line: 1161, column: 31, scope: !1734, inlinedAt: !1748)
!1761 = !DILocation(line: 1522, column: 5, scope: !1716, inlinedAt: !1723)
!1762 = !DILocation(line: 1754, column: 39, scope: !1672, inlinedAt: !1713)
!1763 = !DILocation(line: 1770, column: 39, scope: !1687, inlinedAt: !1713)
!1764 = !DILocation(line: 0, scope: !1687, inlinedAt: !1713)
!1765 = !DILocation(line: 3051, column: 26, scope: !1750, inlinedAt: !1760)
!1766 = !DILocation(line: 0, scope: !1742, inlinedAt: !1748)
!1767 = !DILocalVariable(name: "b", arg: 1, scope: !1768, file: !1769, line: 456, type: !755)
!1768 = distinct !DISubprogram(name: "unlikely", linkageName: "_RNvNtCsgEmfK2I1SDS_4core10intrinsics8unlikely", scope: !1770, file: !1769, line: 456, type: !1771, scopeLine: 456, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1773)
!1769 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!1770 = !DINamespace(name: "intrinsics", scope: !44)
!1771 = !DISubroutineType(types: !1772)
!1772 = !{!755, !755}
!1773 = !{!1767}
!1774 = !DILocation(line: 0, scope: !1768, inlinedAt: !1775)
!1775 = distinct !DILocation(line: 1162, column: 16, scope: !1742, inlinedAt: !1748)
!1776 = !DILocation(line: 457, column: 8, scope: !1768, inlinedAt: !1775)
!1777 = !DILocation(line: 1770, column: 43, scope: !1687, inlinedAt: !1713)
!1778 = !DILocation(line: 0, scope: !1690, inlinedAt: !1713)
!1779 = !DILocation(line: 1782, column: 57, scope: !1690, inlinedAt: !1713)
!1780 = !DILocation(line: 1782, column: 56, scope: !1690, inlinedAt: !1713)
!1781 = !DILocalVariable(name: "self", arg: 1, scope: !1782, file: !1783, line: 402, type: !1800)
!1782 = distinct !DISubprogram(name: "to_digit", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit", scope: !1784, file: !1783, line: 402, type: !1787, scopeLine: 402, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1801)
!1783 = !DIFile(filename: "library/core/src/char/methods.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5d684acd75bd81500f3b16def5f1380a")
!1784 = !DINamespace(name: "{impl#0}", scope: !1785)
!1785 = !DINamespace(name: "methods", scope: !1786)
!1786 = !DINamespace(name: "char", scope: !44)
!1787 = !DISubroutineType(types: !1788)
!1788 = !{!1789, !1800, !336}
!1789 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u32>", scope: !113, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !1790, templateParams: !23, identifier: "6f9cf68b0721c153842fac1aca06aca0")
!1790 = !{!1791}
!1791 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1789, file: !2, size: 64, align: 32, elements: !1792, templateParams: !23, identifier: "52547bc7e29ba4c3a424c45f3b6ad9d5", discriminator: !1799)
!1792 = !{!1793, !1795}
!1793 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1791, file: !2, baseType: !1794, size: 64, align: 32, extraData: i32 0)
!1794 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1789, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !23, templateParams: !337, identifier: "2d35c67b0b954dbe72d9ec7c545db516")
!1795 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1791, file: !2, baseType: !1796, size: 64, align: 32, extraData: i32 1)
!1796 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1789, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !1797, templateParams: !337, identifier: "8398ebe1588ef464fb4c1616d021a5e8")
!1797 = !{!1798}
!1798 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1796, file: !2, baseType: !336, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!1799 = !DIDerivedType(tag: DW_TAG_member, scope: !1789, file: !2, baseType: !336, size: 32, align: 32, flags: DIFlagArtificial)
!1800 = !DIBasicType(name: "char", size: 32, encoding: DW_ATE_UTF)
!1801 = !{!1781, !1802, !1803}
!1802 = !DILocalVariable(name: "radix", arg: 2, scope: !1782, file: !1783, line: 402, type: !336)
!1803 = !DILocalVariable(name: "value", scope: !1804, file: !1783, line: 408, type: !336, align: 32)
!1804 = distinct !DILexicalBlock(scope: !1782, file: !1783, line: 408, column: 9)
!1805 = !DILocation(line: 0, scope: !1782, inlinedAt: !1806)
!1806 = distinct !DILocation(line: 1782, column: 69, scope: !1690, inlinedAt: !1713)
!1807 = !DILocalVariable(name: "rhs", scope: !1808, file: !1735, line: 2493, type: !336, align: 32)
!1808 = distinct !DISubprogram(name: "wrapping_sub", linkageName: "_RNvMs6_NtCsgEmfK2I1SDS_4core3numm12wrapping_sub", scope: !1809, file: !1735, line: 2493, type: !1810, scopeLine: 2493, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1812)
!1809 = !DINamespace(name: "{impl#8}", scope: !189)
!1810 = !DISubroutineType(types: !1811)
!1811 = !{!336, !336, !336}
!1812 = !{!1813, !1807, !1807}
!1813 = !DILocalVariable(name: "self", arg: 1, scope: !1808, file: !1735, line: 2493, type: !336)
!1814 = !DILocation(line: 0, scope: !1808, inlinedAt: !1815)
!1815 = distinct !DILocation(line: 417, column: 28, scope: !1782, inlinedAt: !1806)
!1816 = !DILocation(line: 0, scope: !1808, inlinedAt: !1817)
!1817 = distinct !DILocation(line: 420, column: 27, scope: !1782, inlinedAt: !1806)
!1818 = !DILocation(line: 2494, column: 13, scope: !1808, inlinedAt: !1817)
!1819 = !DILocation(line: 0, scope: !1804, inlinedAt: !1806)
!1820 = !DILocation(line: 423, column: 12, scope: !1804, inlinedAt: !1806)
!1821 = !DILocation(line: 0, scope: !1768, inlinedAt: !1822)
!1822 = distinct !DILocation(line: 769, column: 16, scope: !1823, inlinedAt: !1827)
!1823 = distinct !DISubprogram(name: "checked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11checked_add", scope: !1736, file: !1735, line: 761, type: !1737, scopeLine: 761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1824)
!1824 = !{!1825, !1826}
!1825 = !DILocalVariable(name: "self", arg: 1, scope: !1823, file: !1735, line: 761, type: !9)
!1826 = !DILocalVariable(name: "rhs", arg: 2, scope: !1823, file: !1735, line: 761, type: !9)
!1827 = distinct !DILocation(line: 1784, column: 68, scope: !1692, inlinedAt: !1713)
!1828 = !DILocation(line: 1736, column: 25, scope: !1690, inlinedAt: !1713)
!1829 = !{!"branch_weights", i32 2002, i32 2000}
!1830 = !DILocation(line: 0, scope: !1672, inlinedAt: !1713)
!1831 = !DILocation(line: 1756, column: 57, scope: !1672, inlinedAt: !1713)
!1832 = !DILocation(line: 1756, column: 56, scope: !1672, inlinedAt: !1713)
!1833 = !DILocation(line: 0, scope: !1782, inlinedAt: !1834)
!1834 = distinct !DILocation(line: 1756, column: 69, scope: !1672, inlinedAt: !1713)
!1835 = !DILocation(line: 0, scope: !1808, inlinedAt: !1836)
!1836 = distinct !DILocation(line: 417, column: 28, scope: !1782, inlinedAt: !1834)
!1837 = !DILocation(line: 0, scope: !1808, inlinedAt: !1838)
!1838 = distinct !DILocation(line: 420, column: 27, scope: !1782, inlinedAt: !1834)
!1839 = !DILocation(line: 2494, column: 13, scope: !1808, inlinedAt: !1838)
!1840 = !DILocation(line: 0, scope: !1804, inlinedAt: !1834)
!1841 = !DILocation(line: 423, column: 12, scope: !1804, inlinedAt: !1834)
!1842 = !DILocation(line: 1736, column: 25, scope: !1672, inlinedAt: !1713)
!1843 = !DILocation(line: 1755, column: 33, scope: !1672, inlinedAt: !1713)
!1844 = !DILocation(line: 1754, column: 43, scope: !1672, inlinedAt: !1713)
!1845 = !DILocation(line: 0, scope: !1676, inlinedAt: !1713)
!1846 = !DILocation(line: 1757, column: 72, scope: !1676, inlinedAt: !1713)
!1847 = !DILocation(line: 1757, column: 33, scope: !1676, inlinedAt: !1713)
!1848 = !DILocation(line: 0, scope: !1506, inlinedAt: !1849)
!1849 = distinct !DILocation(line: 38, column: 65, scope: !1336, inlinedAt: !1342)
!1850 = !DILocation(line: 0, scope: !1515, inlinedAt: !1851)
!1851 = distinct !DILocation(line: 805, column: 1, scope: !1506, inlinedAt: !1849)
!1852 = !DILocation(line: 0, scope: !1525, inlinedAt: !1853)
!1853 = distinct !DILocation(line: 805, column: 1, scope: !1515, inlinedAt: !1851)
!1854 = !DILocation(line: 0, scope: !1535, inlinedAt: !1855)
!1855 = distinct !DILocation(line: 805, column: 1, scope: !1525, inlinedAt: !1853)
!1856 = !DILocation(line: 0, scope: !1545, inlinedAt: !1857)
!1857 = distinct !DILocation(line: 805, column: 1, scope: !1535, inlinedAt: !1855)
!1858 = !DILocation(line: 0, scope: !1555, inlinedAt: !1859)
!1859 = distinct !DILocation(line: 423, column: 29, scope: !1545, inlinedAt: !1857)
!1860 = !DILocation(line: 0, scope: !1568, inlinedAt: !1861)
!1861 = distinct !DILocation(line: 872, column: 52, scope: !1563, inlinedAt: !1859)
!1862 = !DILocation(line: 632, column: 39, scope: !1568, inlinedAt: !1861)
!1863 = !DILocation(line: 0, scope: !1563, inlinedAt: !1859)
!1864 = !DILocation(line: 0, scope: !1601, inlinedAt: !1865)
!1865 = distinct !DILocation(line: 874, column: 28, scope: !1563, inlinedAt: !1859)
!1866 = !DILocation(line: 0, scope: !1610, inlinedAt: !1867)
!1867 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !1865)
!1868 = !DILocation(line: 0, scope: !1618, inlinedAt: !1869)
!1869 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !1867)
!1870 = !DILocation(line: 0, scope: !1627, inlinedAt: !1871)
!1871 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !1869)
!1872 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !1871)
!1873 = !DILocation(line: 200, column: 9, scope: !1618, inlinedAt: !1869)
!1874 = !DILocation(line: 38, column: 66, scope: !1223, inlinedAt: !1232)
!1875 = !DILocation(line: 43, column: 19, scope: !1230, inlinedAt: !1232)
!1876 = !DILocalVariable(name: "dst", arg: 1, scope: !1877, file: !834, line: 3871, type: !859)
!1877 = distinct !DISubprogram(name: "atomic_store<usize>", linkageName: "_ZN4core4sync6atomic12atomic_store17hc06154d112c2cef4E", scope: !76, file: !834, line: 3871, type: !1878, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !84, retainedNodes: !1880)
!1878 = !DISubroutineType(types: !1879)
!1879 = !{null, !859, !9, !642}
!1880 = !{!1876, !1881, !1882}
!1881 = !DILocalVariable(name: "val", arg: 2, scope: !1877, file: !834, line: 3871, type: !9)
!1882 = !DILocalVariable(name: "order", arg: 3, scope: !1877, file: !834, line: 3871, type: !642)
!1883 = !DILocation(line: 0, scope: !1877, inlinedAt: !1884)
!1884 = distinct !DILocation(line: 2872, column: 26, scope: !1293, inlinedAt: !1301)
!1885 = !DILocation(line: 3875, column: 24, scope: !1877, inlinedAt: !1884)
!1886 = !DILocation(line: 141, column: 1, scope: !1045, inlinedAt: !1111)
!1887 = !DILocation(line: 0, scope: !1070, inlinedAt: !1111)
!1888 = !DILocation(line: 47, column: 14, scope: !1070, inlinedAt: !1111)
!1889 = !DILocation(line: 0, scope: !1072, inlinedAt: !1111)
!1890 = !DILocation(line: 48, column: 9, scope: !1072, inlinedAt: !1111)
!1891 = !DILocation(line: 48, column: 18, scope: !1072, inlinedAt: !1111)
!1892 = !{!1147, !1039, !1043}
!1893 = !DILocation(line: 50, column: 9, scope: !1074, inlinedAt: !1111)
!1894 = !DILocation(line: 53, column: 9, scope: !1074, inlinedAt: !1111)
!1895 = !{!1896}
!1896 = distinct !{!1896, !1897, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!1897 = distinct !{!1897, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!1898 = !DILocation(line: 141, column: 1, scope: !1072, inlinedAt: !1111)
!1899 = !DILocalVariable(arg: 1, scope: !1900, file: !1507, line: 805, type: !1903)
!1900 = distinct !DISubprogram(name: "drop_in_place<std::thread::thread::Thread>", linkageName: "_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE", scope: !68, file: !1507, line: 805, type: !1901, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1905, retainedNodes: !1904)
!1901 = !DISubroutineType(types: !1902)
!1902 = !{null, !1903}
!1903 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::thread::Thread", baseType: !258, size: 64, align: 64, dwarfAddressSpace: 0)
!1904 = !{!1899}
!1905 = !{!1906}
!1906 = !DITemplateTypeParameter(name: "T", type: !258)
!1907 = !DILocation(line: 0, scope: !1900, inlinedAt: !1908)
!1908 = distinct !DILocation(line: 141, column: 1, scope: !1072, inlinedAt: !1111)
!1909 = !{!1910}
!1910 = distinct !{!1910, !1911, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!1911 = distinct !{!1911, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!1912 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !1908)
!1913 = !DILocalVariable(arg: 1, scope: !1914, file: !1507, line: 805, type: !1917)
!1914 = distinct !DISubprogram(name: "drop_in_place<core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>>", linkageName: "_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E", scope: !68, file: !1507, line: 805, type: !1915, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1919, retainedNodes: !1918)
!1915 = !DISubroutineType(types: !1916)
!1916 = !{null, !1917}
!1917 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", baseType: !262, size: 64, align: 64, dwarfAddressSpace: 0)
!1918 = !{!1913}
!1919 = !{!1920}
!1920 = !DITemplateTypeParameter(name: "T", type: !262)
!1921 = !DILocation(line: 0, scope: !1914, inlinedAt: !1922)
!1922 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !1908)
!1923 = !{!1924}
!1924 = distinct !{!1924, !1925, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!1925 = distinct !{!1925, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!1926 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !1922)
!1927 = !DILocalVariable(arg: 1, scope: !1928, file: !1507, line: 805, type: !1931)
!1928 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", linkageName: "_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE", scope: !68, file: !1507, line: 805, type: !1929, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !1933, retainedNodes: !1932)
!1929 = !DISubroutineType(types: !1930)
!1930 = !{null, !1931}
!1931 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !266, size: 64, align: 64, dwarfAddressSpace: 0)
!1932 = !{!1927}
!1933 = !{!1934}
!1934 = !DITemplateTypeParameter(name: "T", type: !266)
!1935 = !DILocation(line: 0, scope: !1928, inlinedAt: !1936)
!1936 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !1922)
!1937 = !{!1938}
!1938 = distinct !{!1938, !1939, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!1939 = distinct !{!1939, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!1940 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !1936)
!1941 = !DILocalVariable(name: "self", arg: 1, scope: !1942, file: !845, line: 2807, type: !1946)
!1942 = distinct !DISubprogram(name: "drop<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E", scope: !1943, file: !845, line: 2807, type: !1944, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !348, retainedNodes: !1947)
!1943 = !DINamespace(name: "{impl#42}", scope: !62)
!1944 = !DISubroutineType(types: !1945)
!1945 = !{null, !1946}
!1946 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !266, size: 64, align: 64, dwarfAddressSpace: 0)
!1947 = !{!1941}
!1948 = !DILocation(line: 0, scope: !1942, inlinedAt: !1949)
!1949 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !1936)
!1950 = !DILocalVariable(name: "self", arg: 1, scope: !1951, file: !845, line: 2098, type: !1946)
!1951 = distinct !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h5e5b2522b3ed6ed8E", scope: !266, file: !845, line: 2098, type: !1952, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !348, declaration: !1955, retainedNodes: !1956)
!1952 = !DISubroutineType(types: !1953)
!1953 = !{!1954, !1195}
!1954 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::thread::thread::Inner>", baseType: !273, size: 64, align: 64, dwarfAddressSpace: 0)
!1955 = !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h5e5b2522b3ed6ed8E", scope: !266, file: !845, line: 2098, type: !1952, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !348)
!1956 = !{!1950}
!1957 = !DILocation(line: 0, scope: !1951, inlinedAt: !1958)
!1958 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !1949)
!1959 = !DILocalVariable(name: "val", scope: !1960, file: !834, line: 3165, type: !9, align: 64)
!1960 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !1962)
!1961 = !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1962 = !{!1963, !1959, !1964}
!1963 = !DILocalVariable(name: "self", arg: 1, scope: !1960, file: !834, line: 3165, type: !837)
!1964 = !DILocalVariable(name: "order", scope: !1960, file: !834, line: 3165, type: !642, align: 8)
!1965 = !DILocation(line: 0, scope: !1960, inlinedAt: !1966)
!1966 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !1949)
!1967 = !DILocalVariable(name: "val", scope: !1968, file: !834, line: 3936, type: !9, align: 64)
!1968 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !1969)
!1969 = !{!1970, !1967, !1971}
!1970 = !DILocalVariable(name: "dst", arg: 1, scope: !1968, file: !834, line: 3936, type: !859)
!1971 = !DILocalVariable(name: "order", scope: !1968, file: !834, line: 3936, type: !642, align: 8)
!1972 = !DILocation(line: 0, scope: !1968, inlinedAt: !1973)
!1973 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !1966)
!1974 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !1981)
!1975 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hbcdb63fc84c5359aE", scope: !269, file: !1976, line: 440, type: !1977, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !341, declaration: !1980)
!1976 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!1977 = !DISubroutineType(types: !1978)
!1978 = !{!1954, !1979}
!1979 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::thread::thread::Inner>>", baseType: !269, size: 64, align: 64, dwarfAddressSpace: 0)
!1980 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hbcdb63fc84c5359aE", scope: !269, file: !1976, line: 440, type: !1977, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !341)
!1981 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !1958)
!1982 = !{!1938, !1924, !1910, !1896}
!1983 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !1966)
!1984 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !1973)
!1985 = !{!1938, !1924, !1910, !1896, !1147, !1149, !1039, !1043}
!1986 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !1949)
!1987 = !DILocalVariable(name: "order", arg: 1, scope: !1988, file: !834, line: 4369, type: !642)
!1988 = distinct !DISubprogram(name: "fence", linkageName: "_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence", scope: !76, file: !834, line: 4369, type: !1989, scopeLine: 4369, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !1991)
!1989 = !DISubroutineType(types: !1990)
!1990 = !{null, !642}
!1991 = !{!1987}
!1992 = !DILocation(line: 0, scope: !1988, inlinedAt: !1993)
!1993 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !1949)
!1994 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !1993)
!1995 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !1949)
!1996 = !DILocation(line: 56, column: 9, scope: !1076, inlinedAt: !1111)
!1997 = !DILocalVariable(name: "data", arg: 1, scope: !1998, file: !845, line: 419, type: !223)
!1998 = distinct !DISubprogram(name: "new<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h7449e2195d237e5dE", scope: !211, file: !845, line: 419, type: !1999, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !426, declaration: !2001, retainedNodes: !2002)
!1999 = !DISubroutineType(types: !2000)
!2000 = !{!211, !223}
!2001 = !DISubprogram(name: "new<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h7449e2195d237e5dE", scope: !211, file: !845, line: 419, type: !1999, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !426)
!2002 = !{!1997, !2003}
!2003 = !DILocalVariable(name: "x", scope: !2004, file: !845, line: 422, type: !2005, align: 64)
!2004 = distinct !DILexicalBlock(scope: !1998, file: !845, line: 422, column: 9)
!2005 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>, alloc::alloc::Global>", baseType: !218, size: 64, align: 64, dwarfAddressSpace: 0)
!2006 = !DILocation(line: 0, scope: !1998, inlinedAt: !2007)
!2007 = distinct !DILocation(line: 57, column: 9, scope: !1076, inlinedAt: !1111)
!2008 = !DILocation(line: 422, column: 34, scope: !1998, inlinedAt: !2007)
!2009 = !DILocalVariable(name: "x", arg: 1, scope: !2010, file: !890, line: 284, type: !218)
!2010 = distinct !DISubprogram(name: "new<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17hca686e6f079888e9E", scope: !891, file: !890, line: 284, type: !2011, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !428, retainedNodes: !2013)
!2011 = !DISubroutineType(types: !2012)
!2012 = !{!2005, !218}
!2013 = !{!2009, !2014}
!2014 = !DILocalVariable(name: "ptr", scope: !2015, file: !890, line: 286, type: !2016, align: 64)
!2015 = distinct !DILexicalBlock(scope: !2010, file: !890, line: 286, column: 9)
!2016 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !218, size: 64, align: 64, dwarfAddressSpace: 0)
!2017 = !DILocation(line: 284, column: 16, scope: !2010, inlinedAt: !2018)
!2018 = distinct !DILocation(line: 422, column: 25, scope: !1998, inlinedAt: !2007)
!2019 = !DILocation(line: 0, scope: !902, inlinedAt: !2020)
!2020 = distinct !DILocation(line: 286, column: 19, scope: !2010, inlinedAt: !2018)
!2021 = !DILocation(line: 0, scope: !928, inlinedAt: !2022)
!2022 = distinct !DILocation(line: 248, column: 18, scope: !902, inlinedAt: !2020)
!2023 = !DILocation(line: 0, scope: !956, inlinedAt: !2024)
!2024 = distinct !DILocation(line: 429, column: 14, scope: !928, inlinedAt: !2022)
!2025 = !DILocation(line: 0, scope: !966, inlinedAt: !2026)
!2026 = distinct !DILocation(line: 312, column: 9, scope: !956, inlinedAt: !2024)
!2027 = !DILocation(line: 0, scope: !998, inlinedAt: !2028)
!2028 = distinct !DILocation(line: 190, column: 73, scope: !973, inlinedAt: !2026)
!2029 = !DILocation(line: 0, scope: !973, inlinedAt: !2026)
!2030 = !DILocation(line: 93, column: 9, scope: !998, inlinedAt: !2028)
!2031 = !{!2032, !1147, !1149, !1039, !1043}
!2032 = distinct !{!2032, !2033, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17hca686e6f079888e9E: %x"}
!2033 = distinct !{!2033, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17hca686e6f079888e9E"}
!2034 = !DILocation(line: 95, column: 9, scope: !998, inlinedAt: !2028)
!2035 = !DILocation(line: 248, column: 11, scope: !902, inlinedAt: !2020)
!2036 = !DILocation(line: 248, column: 5, scope: !902, inlinedAt: !2020)
!2037 = !DILocation(line: 250, column: 19, scope: !902, inlinedAt: !2020)
!2038 = !DILocalVariable(arg: 1, scope: !2039, file: !1507, line: 805, type: !2016)
!2039 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr96drop_in_place$LT$alloc..sync..ArcInner$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h051a0a7b7d98987aE", scope: !68, file: !1507, line: 805, type: !2040, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !428, retainedNodes: !2042)
!2040 = !DISubroutineType(types: !2041)
!2041 = !{null, !2016}
!2042 = !{!2038}
!2043 = !DILocation(line: 0, scope: !2039, inlinedAt: !2044)
!2044 = distinct !DILocation(line: 292, column: 5, scope: !2010, inlinedAt: !2018)
!2045 = !DILocation(line: 805, column: 1, scope: !2039, inlinedAt: !2044)
!2046 = !DILocation(line: 284, column: 5, scope: !2010, inlinedAt: !2018)
!2047 = !DILocation(line: 141, column: 1, scope: !1074, inlinedAt: !1111)
!2048 = !DILocation(line: 0, scope: !2015, inlinedAt: !2018)
!2049 = !DILocation(line: 289, column: 56, scope: !2015, inlinedAt: !2018)
!2050 = !DILocation(line: 0, scope: !2004, inlinedAt: !2007)
!2051 = !DILocation(line: 426, column: 10, scope: !1998, inlinedAt: !2007)
!2052 = !DILocalVariable(name: "ptr", arg: 1, scope: !2053, file: !845, line: 292, type: !214)
!2053 = distinct !DISubprogram(name: "from_inner<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17hb0c26d5637ef41d8E", scope: !211, file: !845, line: 292, type: !2054, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !426, declaration: !2056, retainedNodes: !2057)
!2054 = !DISubroutineType(types: !2055)
!2055 = !{!211, !214}
!2056 = !DISubprogram(name: "from_inner<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17hb0c26d5637ef41d8E", scope: !211, file: !845, line: 292, type: !2054, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !426)
!2057 = !{!2052}
!2058 = !DILocation(line: 0, scope: !2053, inlinedAt: !2059)
!2059 = distinct !DILocation(line: 427, column: 18, scope: !2004, inlinedAt: !2007)
!2060 = !DILocation(line: 310, column: 9, scope: !1181, inlinedAt: !2061)
!2061 = distinct !DILocation(line: 293, column: 18, scope: !2053, inlinedAt: !2059)
!2062 = !DILocation(line: 2376, column: 14, scope: !1164, inlinedAt: !1172)
!2063 = !DILocation(line: 3134, column: 30, scope: !1158, inlinedAt: !1163)
!2064 = !DILocation(line: 3923, column: 24, scope: !1174, inlinedAt: !1179)
!2065 = !DILocation(line: 0, scope: !1171, inlinedAt: !1172)
!2066 = !DILocation(line: 2405, column: 12, scope: !1171, inlinedAt: !1172)
!2067 = !DILocation(line: 0, scope: !1181, inlinedAt: !1188)
!2068 = !DILocation(line: 0, scope: !1080, inlinedAt: !1111)
!2069 = !DILocation(line: 0, scope: !1082, inlinedAt: !1111)
!2070 = !DILocation(line: 87, column: 9, scope: !1082, inlinedAt: !1111)
!2071 = !DILocation(line: 87, column: 22, scope: !1082, inlinedAt: !1111)
!2072 = !DILocation(line: 106, column: 31, scope: !1086, inlinedAt: !1111)
!2073 = !DILocation(line: 106, column: 12, scope: !1086, inlinedAt: !1111)
!2074 = !DILocation(line: 2406, column: 13, scope: !1171, inlinedAt: !1172)
!2075 = !DILocation(line: 106, column: 17, scope: !1086, inlinedAt: !1111)
!2076 = !DILocalVariable(name: "self", arg: 1, scope: !2077, file: !845, line: 2421, type: !1087)
!2077 = distinct !DISubprogram(name: "deref<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h69df3ebfe7c12420E", scope: !2078, file: !845, line: 2421, type: !2079, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !359, retainedNodes: !2081)
!2078 = !DINamespace(name: "{impl#34}", scope: !62)
!2079 = !DISubroutineType(types: !2080)
!2080 = !{!419, !1087}
!2081 = !{!2076}
!2082 = !DILocation(line: 2421, column: 14, scope: !2077, inlinedAt: !2083)
!2083 = distinct !DILocation(line: 107, column: 9, scope: !1086, inlinedAt: !1111)
!2084 = !DILocation(line: 2422, column: 9, scope: !2077, inlinedAt: !2083)
!2085 = !DILocation(line: 107, column: 20, scope: !1086, inlinedAt: !1111)
!2086 = !DILocation(line: 113, column: 42, scope: !1084, inlinedAt: !1111)
!2087 = !DILocalVariable(name: "x", arg: 1, scope: !2088, file: !890, line: 284, type: !32)
!2088 = distinct !DISubprogram(name: "new<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h50e53efa0e7f7bf5E", scope: !891, file: !890, line: 284, type: !2089, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2095, retainedNodes: !2092)
!2089 = !DISubroutineType(types: !2090)
!2090 = !{!2091, !32}
!2091 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()>, alloc::alloc::Global>", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!2092 = !{!2087, !2093}
!2093 = !DILocalVariable(name: "ptr", scope: !2094, file: !890, line: 286, type: !1092, align: 64)
!2094 = distinct !DILexicalBlock(scope: !2088, file: !890, line: 286, column: 9)
!2095 = !{!2096}
!2096 = !DITemplateTypeParameter(name: "T", type: !32)
!2097 = !DILocation(line: 284, column: 16, scope: !2088, inlinedAt: !2098)
!2098 = distinct !DILocation(line: 113, column: 33, scope: !1084, inlinedAt: !1111)
!2099 = !DILocation(line: 0, scope: !902, inlinedAt: !2100)
!2100 = distinct !DILocation(line: 286, column: 19, scope: !2088, inlinedAt: !2098)
!2101 = !DILocation(line: 0, scope: !928, inlinedAt: !2102)
!2102 = distinct !DILocation(line: 248, column: 18, scope: !902, inlinedAt: !2100)
!2103 = !DILocation(line: 0, scope: !956, inlinedAt: !2104)
!2104 = distinct !DILocation(line: 429, column: 14, scope: !928, inlinedAt: !2102)
!2105 = !DILocation(line: 0, scope: !966, inlinedAt: !2106)
!2106 = distinct !DILocation(line: 312, column: 9, scope: !956, inlinedAt: !2104)
!2107 = !DILocation(line: 0, scope: !998, inlinedAt: !2108)
!2108 = distinct !DILocation(line: 190, column: 73, scope: !973, inlinedAt: !2106)
!2109 = !DILocation(line: 0, scope: !973, inlinedAt: !2106)
!2110 = !DILocation(line: 93, column: 9, scope: !998, inlinedAt: !2108)
!2111 = !{!2112, !1147, !1149, !1039, !1043}
!2112 = distinct !{!2112, !2113, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h50e53efa0e7f7bf5E: %x"}
!2113 = distinct !{!2113, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h50e53efa0e7f7bf5E"}
!2114 = !DILocation(line: 95, column: 9, scope: !998, inlinedAt: !2108)
!2115 = !DILocation(line: 248, column: 11, scope: !902, inlinedAt: !2100)
!2116 = !DILocation(line: 248, column: 5, scope: !902, inlinedAt: !2100)
!2117 = !DILocation(line: 250, column: 19, scope: !902, inlinedAt: !2100)
!2118 = !DILocation(line: 292, column: 5, scope: !2088, inlinedAt: !2098)
!2119 = !DILocation(line: 284, column: 5, scope: !2088, inlinedAt: !2098)
!2120 = !DILocation(line: 141, column: 1, scope: !1082, inlinedAt: !1111)
!2121 = !DILocation(line: 0, scope: !2094, inlinedAt: !2098)
!2122 = !DILocation(line: 289, column: 56, scope: !2094, inlinedAt: !2098)
!2123 = !DILocation(line: 113, column: 52, scope: !1084, inlinedAt: !1111)
!2124 = !DILocation(line: 0, scope: !1089, inlinedAt: !1111)
!2125 = !DILocation(line: 121, column: 25, scope: !1089, inlinedAt: !1111)
!2126 = !DILocation(line: 61, column: 10, scope: !1210, inlinedAt: !1218)
!2127 = !DILocation(line: 1091, column: 16, scope: !1201, inlinedAt: !1209)
!2128 = !DILocation(line: 2376, column: 14, scope: !1192, inlinedAt: !1200)
!2129 = !DILocalVariable(name: "self", arg: 1, scope: !2130, file: !845, line: 2098, type: !1195)
!2130 = distinct !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h5e5b2522b3ed6ed8E", scope: !266, file: !845, line: 2098, type: !1952, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !348, declaration: !1955, retainedNodes: !2131)
!2131 = !{!2129}
!2132 = !DILocation(line: 2098, column: 14, scope: !2130, inlinedAt: !2133)
!2133 = distinct !DILocation(line: 2388, column: 29, scope: !1191, inlinedAt: !1200)
!2134 = !DILocation(line: 444, column: 20, scope: !2135, inlinedAt: !2136)
!2135 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hbcdb63fc84c5359aE", scope: !269, file: !1976, line: 440, type: !1977, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !341, declaration: !1980)
!2136 = distinct !DILocation(line: 2104, column: 27, scope: !2137, inlinedAt: !2133)
!2137 = !DILexicalBlockFile(scope: !2130, file: !845, discriminator: 6)
!2138 = !DILocation(line: 3134, column: 30, scope: !1158, inlinedAt: !1190)
!2139 = !DILocation(line: 3923, column: 24, scope: !1174, inlinedAt: !1220)
!2140 = !DILocation(line: 0, scope: !1199, inlinedAt: !1200)
!2141 = !DILocation(line: 2405, column: 12, scope: !1199, inlinedAt: !1200)
!2142 = !DILocation(line: 2409, column: 38, scope: !1199, inlinedAt: !1200)
!2143 = !DILocalVariable(name: "x", arg: 1, scope: !2144, file: !890, line: 284, type: !1102)
!2144 = distinct !DISubprogram(name: "new<std::thread::lifecycle::ThreadInit>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h129ed29c3c221e81E", scope: !891, file: !890, line: 284, type: !2145, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2151, retainedNodes: !2147)
!2145 = !DISubroutineType(types: !2146)
!2146 = !{!1101, !1102}
!2147 = !{!2143, !2148}
!2148 = !DILocalVariable(name: "ptr", scope: !2149, file: !890, line: 286, type: !2150, align: 64)
!2149 = distinct !DILexicalBlock(scope: !2144, file: !890, line: 286, column: 9)
!2150 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::ThreadInit", baseType: !1102, size: 64, align: 64, dwarfAddressSpace: 0)
!2151 = !{!2152}
!2152 = !DITemplateTypeParameter(name: "T", type: !1102)
!2153 = !DILocation(line: 284, column: 16, scope: !2144, inlinedAt: !2154)
!2154 = distinct !DILocation(line: 121, column: 16, scope: !1089, inlinedAt: !1111)
!2155 = !DILocation(line: 0, scope: !902, inlinedAt: !2156)
!2156 = distinct !DILocation(line: 286, column: 19, scope: !2144, inlinedAt: !2154)
!2157 = !DILocation(line: 0, scope: !928, inlinedAt: !2158)
!2158 = distinct !DILocation(line: 248, column: 18, scope: !902, inlinedAt: !2156)
!2159 = !DILocation(line: 0, scope: !956, inlinedAt: !2160)
!2160 = distinct !DILocation(line: 429, column: 14, scope: !928, inlinedAt: !2158)
!2161 = !DILocation(line: 0, scope: !966, inlinedAt: !2162)
!2162 = distinct !DILocation(line: 312, column: 9, scope: !956, inlinedAt: !2160)
!2163 = !DILocation(line: 0, scope: !998, inlinedAt: !2164)
!2164 = distinct !DILocation(line: 190, column: 73, scope: !973, inlinedAt: !2162)
!2165 = !DILocation(line: 0, scope: !973, inlinedAt: !2162)
!2166 = !DILocation(line: 93, column: 9, scope: !998, inlinedAt: !2164)
!2167 = !{!2168, !1147, !1149, !1039, !1043}
!2168 = distinct !{!2168, !2169, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h129ed29c3c221e81E: %x"}
!2169 = distinct !{!2169, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h129ed29c3c221e81E"}
!2170 = !DILocation(line: 95, column: 9, scope: !998, inlinedAt: !2164)
!2171 = !DILocation(line: 248, column: 11, scope: !902, inlinedAt: !2156)
!2172 = !DILocation(line: 248, column: 5, scope: !902, inlinedAt: !2156)
!2173 = !DILocation(line: 250, column: 19, scope: !902, inlinedAt: !2156)
!2174 = !DILocation(line: 292, column: 5, scope: !2144, inlinedAt: !2154)
!2175 = !DILocation(line: 284, column: 5, scope: !2144, inlinedAt: !2154)
!2176 = !DILocation(line: 2406, column: 13, scope: !1199, inlinedAt: !1200)
!2177 = !DILocation(line: 0, scope: !2149, inlinedAt: !2154)
!2178 = !DILocation(line: 289, column: 56, scope: !2149, inlinedAt: !2154)
!2179 = !DILocation(line: 0, scope: !1100, inlinedAt: !1111)
!2180 = !DILocation(line: 121, column: 74, scope: !1089, inlinedAt: !1111)
!2181 = !DILocation(line: 137, column: 26, scope: !1100, inlinedAt: !1111)
!2182 = !DILocalVariable(name: "self", arg: 1, scope: !2183, file: !1346, line: 2172, type: !2205)
!2183 = distinct !DISubprogram(name: "branch<std::sys::thread::unix::Thread, std::io::error::Error>", linkageName: "_ZN79_$LT$core..result..Result$LT$T$C$E$GT$$u20$as$u20$core..ops..try_trait..Try$GT$6branch17h9bdf5c78f670f7acE", scope: !2184, file: !1346, line: 2172, type: !2185, scopeLine: 2172, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2213, retainedNodes: !2220)
!2184 = !DINamespace(name: "{impl#27}", scope: !378)
!2185 = !DISubroutineType(types: !2186)
!2186 = !{!2187, !2205}
!2187 = !DICompositeType(tag: DW_TAG_structure_type, name: "ControlFlow<core::result::Result<core::convert::Infallible, std::io::error::Error>, std::sys::thread::unix::Thread>", scope: !2188, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2190, templateParams: !23, identifier: "9f40bd299e57006e2c11e5328601f2be")
!2188 = !DINamespace(name: "control_flow", scope: !2189)
!2189 = !DINamespace(name: "ops", scope: !44)
!2190 = !{!2191}
!2191 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2187, file: !2, size: 128, align: 64, elements: !2192, templateParams: !23, identifier: "a1a0c57e66007b3f61911bed39e5469", discriminator: !2204)
!2192 = !{!2193, !2200}
!2193 = !DIDerivedType(tag: DW_TAG_member, name: "Continue", scope: !2191, file: !2, baseType: !2194, size: 128, align: 64, extraData: i64 0)
!2194 = !DICompositeType(tag: DW_TAG_structure_type, name: "Continue", scope: !2187, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2195, templateParams: !2197, identifier: "cbc0ee69620fe53b521101256abcdadc")
!2195 = !{!2196}
!2196 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2194, file: !2, baseType: !702, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2197 = !{!2198, !2199}
!2198 = !DITemplateTypeParameter(name: "B", type: !784)
!2199 = !DITemplateTypeParameter(name: "C", type: !702)
!2200 = !DIDerivedType(tag: DW_TAG_member, name: "Break", scope: !2191, file: !2, baseType: !2201, size: 128, align: 64, extraData: i64 1)
!2201 = !DICompositeType(tag: DW_TAG_structure_type, name: "Break", scope: !2187, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2202, templateParams: !2197, identifier: "11dd97ab9c18393584050373e8577609")
!2202 = !{!2203}
!2203 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2201, file: !2, baseType: !784, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2204 = !DIDerivedType(tag: DW_TAG_member, scope: !2187, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!2205 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sys::thread::unix::Thread, std::io::error::Error>", scope: !378, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2206, templateParams: !23, identifier: "eb920c4d88992f9d8afc15402b1b22d")
!2206 = !{!2207}
!2207 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2205, file: !2, size: 128, align: 64, elements: !2208, templateParams: !23, identifier: "937643c5d21f0e3c9c6c88e1e3ceb29", discriminator: !2219)
!2208 = !{!2209, !2215}
!2209 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !2207, file: !2, baseType: !2210, size: 128, align: 64, extraData: i64 0)
!2210 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !2205, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2211, templateParams: !2213, identifier: "c198d641ef775ad8da3f0aff714df36b")
!2211 = !{!2212}
!2212 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2210, file: !2, baseType: !702, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2213 = !{!2214, !678}
!2214 = !DITemplateTypeParameter(name: "T", type: !702)
!2215 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !2207, file: !2, baseType: !2216, size: 128, align: 64, extraData: i64 1)
!2216 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !2205, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2217, templateParams: !2213, identifier: "6196d3da5b631f65c351c4f1a3762991")
!2217 = !{!2218}
!2218 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2216, file: !2, baseType: !442, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2219 = !DIDerivedType(tag: DW_TAG_member, scope: !2205, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!2220 = !{!2182, !2221, !2223}
!2221 = !DILocalVariable(name: "v", scope: !2222, file: !1346, line: 2174, type: !702, align: 64)
!2222 = distinct !DILexicalBlock(scope: !2183, file: !1346, line: 2174, column: 13)
!2223 = !DILocalVariable(name: "e", scope: !2224, file: !1346, line: 2175, type: !442, align: 64)
!2224 = distinct !DILexicalBlock(scope: !2183, file: !1346, line: 2175, column: 13)
!2225 = !DILocation(line: 0, scope: !2183, inlinedAt: !2226)
!2226 = distinct !DILocation(line: 137, column: 26, scope: !1100, inlinedAt: !1111)
!2227 = !DILocation(line: 2173, column: 9, scope: !2183, inlinedAt: !2226)
!2228 = !DILocalVariable(arg: 1, scope: !2229, file: !1507, line: 805, type: !2232)
!2229 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E", scope: !68, file: !1507, line: 805, type: !2230, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2234, retainedNodes: !2233)
!2230 = !DISubroutineType(types: !2231)
!2231 = !{null, !2232}
!2232 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !211, size: 64, align: 64, dwarfAddressSpace: 0)
!2233 = !{!2228}
!2234 = !{!2235}
!2235 = !DITemplateTypeParameter(name: "T", type: !211)
!2236 = !DILocation(line: 0, scope: !2229, inlinedAt: !2237)
!2237 = distinct !DILocation(line: 141, column: 1, scope: !1076, inlinedAt: !1111)
!2238 = !DILocalVariable(name: "self", arg: 1, scope: !2239, file: !845, line: 2807, type: !2242)
!2239 = distinct !DISubprogram(name: "drop<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E", scope: !1943, file: !845, line: 2807, type: !2240, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, retainedNodes: !2243)
!2240 = !DISubroutineType(types: !2241)
!2241 = !{null, !2242}
!2242 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !211, size: 64, align: 64, dwarfAddressSpace: 0)
!2243 = !{!2238}
!2244 = !DILocation(line: 0, scope: !2239, inlinedAt: !2245)
!2245 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2237)
!2246 = !DILocalVariable(name: "val", scope: !2247, file: !834, line: 3165, type: !9, align: 64)
!2247 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !2248)
!2248 = !{!2249, !2246, !2250}
!2249 = !DILocalVariable(name: "self", arg: 1, scope: !2247, file: !834, line: 3165, type: !837)
!2250 = !DILocalVariable(name: "order", scope: !2247, file: !834, line: 3165, type: !642, align: 8)
!2251 = !DILocation(line: 0, scope: !2247, inlinedAt: !2252)
!2252 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !2245)
!2253 = !DILocalVariable(name: "val", scope: !2254, file: !834, line: 3936, type: !9, align: 64)
!2254 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !2255)
!2255 = !{!2256, !2253, !2257}
!2256 = !DILocalVariable(name: "dst", arg: 1, scope: !2254, file: !834, line: 3936, type: !859)
!2257 = !DILocalVariable(name: "order", scope: !2254, file: !834, line: 3936, type: !642, align: 8)
!2258 = !DILocation(line: 0, scope: !2254, inlinedAt: !2259)
!2259 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !2252)
!2260 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !2252)
!2261 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !2259)
!2262 = !{!2263, !2265, !1147, !1149, !1039, !1043}
!2263 = distinct !{!2263, !2264, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!2264 = distinct !{!2264, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!2265 = distinct !{!2265, !2266, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!2266 = distinct !{!2266, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!2267 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !2245)
!2268 = !DILocation(line: 0, scope: !1988, inlinedAt: !2269)
!2269 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !2245)
!2270 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2269)
!2271 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !2245)
!2272 = !DILocation(line: 141, column: 1, scope: !1076, inlinedAt: !1111)
!2273 = !{!2274}
!2274 = distinct !{!2274, !2275, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!2275 = distinct !{!2275, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!2276 = !DILocation(line: 0, scope: !1900, inlinedAt: !2277)
!2277 = distinct !DILocation(line: 141, column: 1, scope: !1072, inlinedAt: !1111)
!2278 = !{!2279}
!2279 = distinct !{!2279, !2280, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!2280 = distinct !{!2280, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!2281 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !2277)
!2282 = !DILocation(line: 0, scope: !1914, inlinedAt: !2283)
!2283 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !2277)
!2284 = !{!2285}
!2285 = distinct !{!2285, !2286, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!2286 = distinct !{!2286, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!2287 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !2283)
!2288 = !DILocation(line: 0, scope: !1928, inlinedAt: !2289)
!2289 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !2283)
!2290 = !{!2291}
!2291 = distinct !{!2291, !2292, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!2292 = distinct !{!2292, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!2293 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !2289)
!2294 = !DILocation(line: 0, scope: !1942, inlinedAt: !2295)
!2295 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !2289)
!2296 = !DILocation(line: 0, scope: !1951, inlinedAt: !2297)
!2297 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !2295)
!2298 = !DILocation(line: 0, scope: !1960, inlinedAt: !2299)
!2299 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !2295)
!2300 = !DILocation(line: 0, scope: !1968, inlinedAt: !2301)
!2301 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !2299)
!2302 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !2303)
!2303 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !2297)
!2304 = !{!2291, !2285, !2279, !2274}
!2305 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !2299)
!2306 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !2301)
!2307 = !{!2291, !2285, !2279, !2274, !1147, !1149, !1039, !1043}
!2308 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !2295)
!2309 = !DILocation(line: 0, scope: !1988, inlinedAt: !2310)
!2310 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !2295)
!2311 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2310)
!2312 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !2295)
!2313 = !DILocation(line: 0, scope: !2229, inlinedAt: !2314)
!2314 = distinct !DILocation(line: 141, column: 1, scope: !1076, inlinedAt: !1111)
!2315 = !DILocation(line: 0, scope: !2239, inlinedAt: !2316)
!2316 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2314)
!2317 = !DILocation(line: 0, scope: !2247, inlinedAt: !2318)
!2318 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !2316)
!2319 = !DILocation(line: 0, scope: !2254, inlinedAt: !2320)
!2320 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !2318)
!2321 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !2318)
!2322 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !2320)
!2323 = !{!2324, !2326, !1147, !1149, !1039, !1043}
!2324 = distinct !{!2324, !2325, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!2325 = distinct !{!2325, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!2326 = distinct !{!2326, !2327, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!2327 = distinct !{!2327, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!2328 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !2316)
!2329 = !DILocation(line: 0, scope: !1988, inlinedAt: !2330)
!2330 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !2316)
!2331 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2330)
!2332 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !2316)
!2333 = !DILocation(line: 17, column: 1, scope: !1045, inlinedAt: !1111)
!2334 = !DILocalVariable(arg: 1, scope: !2335, file: !1507, line: 805, type: !2338)
!2335 = distinct !DISubprogram(name: "drop_in_place<std_atomic_relaxed::main::{closure_env#0}>", linkageName: "_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E", scope: !68, file: !1507, line: 805, type: !2336, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !102, retainedNodes: !2339)
!2336 = !DISubroutineType(types: !2337)
!2337 = !{null, !2338}
!2338 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std_atomic_relaxed::main::{closure_env#0}", baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!2339 = !{!2334}
!2340 = !DILocation(line: 0, scope: !2335, inlinedAt: !2341)
!2341 = distinct !DILocation(line: 141, column: 1, scope: !1045, inlinedAt: !1111)
!2342 = !DILocalVariable(arg: 1, scope: !2343, file: !1507, line: 805, type: !2346)
!2343 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<core::sync::atomic::AtomicUsize, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE", scope: !68, file: !1507, line: 805, type: !2344, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2348, retainedNodes: !2347)
!2344 = !DISubroutineType(types: !2345)
!2345 = !{null, !2346}
!2346 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!2347 = !{!2342}
!2348 = !{!2349}
!2349 = !DITemplateTypeParameter(name: "T", type: !61)
!2350 = !DILocation(line: 0, scope: !2343, inlinedAt: !2351)
!2351 = distinct !DILocation(line: 805, column: 1, scope: !2335, inlinedAt: !2341)
!2352 = !DILocalVariable(name: "self", arg: 1, scope: !2353, file: !845, line: 2807, type: !2356)
!2353 = distinct !DISubprogram(name: "drop<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE", scope: !1943, file: !845, line: 2807, type: !2354, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !98, retainedNodes: !2357)
!2354 = !DISubroutineType(types: !2355)
!2355 = !{null, !2356}
!2356 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!2357 = !{!2352}
!2358 = !DILocation(line: 0, scope: !2353, inlinedAt: !2359)
!2359 = distinct !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !2351)
!2360 = !DILocalVariable(name: "val", scope: !2361, file: !834, line: 3165, type: !9, align: 64)
!2361 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !2362)
!2362 = !{!2363, !2360, !2364}
!2363 = !DILocalVariable(name: "self", arg: 1, scope: !2361, file: !834, line: 3165, type: !837)
!2364 = !DILocalVariable(name: "order", scope: !2361, file: !834, line: 3165, type: !642, align: 8)
!2365 = !DILocation(line: 0, scope: !2361, inlinedAt: !2366)
!2366 = distinct !DILocation(line: 2811, column: 32, scope: !2353, inlinedAt: !2359)
!2367 = !DILocalVariable(name: "val", scope: !2368, file: !834, line: 3936, type: !9, align: 64)
!2368 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !2369)
!2369 = !{!2370, !2367, !2371}
!2370 = !DILocalVariable(name: "dst", arg: 1, scope: !2368, file: !834, line: 3936, type: !859)
!2371 = !DILocalVariable(name: "order", scope: !2368, file: !834, line: 3936, type: !642, align: 8)
!2372 = !DILocation(line: 0, scope: !2368, inlinedAt: !2373)
!2373 = distinct !DILocation(line: 3167, column: 26, scope: !2361, inlinedAt: !2366)
!2374 = !DILocation(line: 3165, column: 30, scope: !2361, inlinedAt: !2366)
!2375 = !DILocation(line: 3942, column: 24, scope: !2368, inlinedAt: !2373)
!2376 = !{!2377, !2379, !2381, !1147, !1149, !1039, !1043}
!2377 = distinct !{!2377, !2378, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE: %self"}
!2378 = distinct !{!2378, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE"}
!2379 = distinct !{!2379, !2380, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE: %_1"}
!2380 = distinct !{!2380, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE"}
!2381 = distinct !{!2381, !2382, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E: %_1"}
!2382 = distinct !{!2382, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E"}
!2383 = !DILocation(line: 2811, column: 12, scope: !2353, inlinedAt: !2359)
!2384 = !DILocation(line: 0, scope: !1988, inlinedAt: !2385)
!2385 = distinct !DILocation(line: 64, column: 9, scope: !2353, inlinedAt: !2359)
!2386 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2385)
!2387 = !DILocation(line: 2854, column: 18, scope: !2353, inlinedAt: !2359)
!2388 = !DILocation(line: 2406, column: 13, scope: !853, inlinedAt: !854)
!2389 = !DILocation(line: 0, scope: !2343, inlinedAt: !2390)
!2390 = distinct !DILocation(line: 27, column: 1, scope: !686)
!2391 = !DILocation(line: 0, scope: !2353, inlinedAt: !2392)
!2392 = distinct !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !2390)
!2393 = !DILocation(line: 0, scope: !2361, inlinedAt: !2394)
!2394 = distinct !DILocation(line: 2811, column: 32, scope: !2353, inlinedAt: !2392)
!2395 = !DILocation(line: 0, scope: !2368, inlinedAt: !2396)
!2396 = distinct !DILocation(line: 3167, column: 26, scope: !2361, inlinedAt: !2394)
!2397 = !DILocation(line: 3165, column: 30, scope: !2361, inlinedAt: !2394)
!2398 = !DILocation(line: 3942, column: 24, scope: !2368, inlinedAt: !2396)
!2399 = !{!2400, !2402}
!2400 = distinct !{!2400, !2401, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE: %self"}
!2401 = distinct !{!2401, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE"}
!2402 = distinct !{!2402, !2403, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE: %_1"}
!2403 = distinct !{!2403, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE"}
!2404 = !DILocation(line: 2811, column: 12, scope: !2353, inlinedAt: !2392)
!2405 = !DILocation(line: 0, scope: !1988, inlinedAt: !2406)
!2406 = distinct !DILocation(line: 64, column: 9, scope: !2353, inlinedAt: !2392)
!2407 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2406)
!2408 = !DILocation(line: 2854, column: 18, scope: !2353, inlinedAt: !2392)
!2409 = !DILocation(line: 141, column: 2, scope: !1045, inlinedAt: !1111)
!2410 = !DILocalVariable(name: "self", arg: 1, scope: !2411, file: !1346, line: 1179, type: !758)
!2411 = distinct !DISubprogram(name: "expect<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6expect17h25c3dd37fe2c7deaE", scope: !758, file: !1346, line: 1179, type: !2412, scopeLine: 1179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !766, declaration: !2414, retainedNodes: !2415)
!2412 = !DISubroutineType(types: !2413)
!2413 = !{!695, !758, !541, !1118}
!2414 = !DISubprogram(name: "expect<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6expect17h25c3dd37fe2c7deaE", scope: !758, file: !1346, line: 1179, type: !2412, scopeLine: 1179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !766)
!2415 = !{!2410, !2416, !2417, !2419}
!2416 = !DILocalVariable(name: "msg", arg: 2, scope: !2411, file: !1346, line: 1179, type: !541)
!2417 = !DILocalVariable(name: "t", scope: !2418, file: !1346, line: 1184, type: !695, align: 64)
!2418 = distinct !DILexicalBlock(scope: !2411, file: !1346, line: 1184, column: 13)
!2419 = !DILocalVariable(name: "e", scope: !2420, file: !1346, line: 1185, type: !442, align: 64)
!2420 = distinct !DILexicalBlock(scope: !2411, file: !1346, line: 1185, column: 13)
!2421 = !DILocation(line: 0, scope: !2411, inlinedAt: !2422)
!2422 = distinct !DILocation(line: 131, column: 29, scope: !812, inlinedAt: !819)
!2423 = !DILocation(line: 262, column: 6, scope: !710, inlinedAt: !805)
!2424 = !DILocation(line: 1185, column: 17, scope: !2420, inlinedAt: !2422)
!2425 = !DILocation(line: 1185, column: 17, scope: !2411, inlinedAt: !2422)
!2426 = !{!2427, !2429}
!2427 = distinct !{!2427, !2428, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17h25c3dd37fe2c7deaE: %t"}
!2428 = distinct !{!2428, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17h25c3dd37fe2c7deaE"}
!2429 = distinct !{!2429, !2428, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17h25c3dd37fe2c7deaE: %self"}
!2430 = !DILocation(line: 1185, column: 23, scope: !2420, inlinedAt: !2422)
!2431 = !DILocation(line: 1185, column: 44, scope: !2411, inlinedAt: !2422)
!2432 = !DILocation(line: 1179, column: 5, scope: !2411, inlinedAt: !2422)
!2433 = !DILocation(line: 138, column: 9, scope: !1100, inlinedAt: !1111)
!2434 = !{!2427}
!2435 = !DILocation(line: 131, column: 29, scope: !812, inlinedAt: !819)
!2436 = !{!2429}
!2437 = !DILocation(line: 1184, column: 16, scope: !2411, inlinedAt: !2422)
!2438 = !DILocation(line: 24, column: 5, scope: !694)
!2439 = !DILocation(line: 27, column: 1, scope: !692)
!2440 = !DILocation(line: 25, column: 5, scope: !694)
!2441 = !DILocation(line: 26, column: 5, scope: !694)
!2442 = !{!2443}
!2443 = distinct !{!2443, !2444, !"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17hdefe427a5b6a8aeeE: %self"}
!2444 = distinct !{!2444, !"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17hdefe427a5b6a8aeeE"}
!2445 = !DILocation(line: 150, column: 16, scope: !824, inlinedAt: !831)
!2446 = !DILocalVariable(name: "self", arg: 1, scope: !2447, file: !1046, line: 240, type: !699)
!2447 = distinct !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17hdefe427a5b6a8aeeE", scope: !699, file: !1046, line: 240, type: !2448, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, declaration: !2450, retainedNodes: !2451)
!2448 = !DISubroutineType(types: !2449)
!2449 = !{!377, !699}
!2450 = !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17hdefe427a5b6a8aeeE", scope: !699, file: !1046, line: 240, type: !2448, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !425)
!2451 = !{!2446}
!2452 = !DILocation(line: 240, column: 24, scope: !2447, inlinedAt: !2453)
!2453 = distinct !DILocation(line: 150, column: 16, scope: !824, inlinedAt: !831)
!2454 = !DILocalVariable(name: "msg", scope: !2455, file: !1114, line: 968, type: !541, align: 64)
!2455 = distinct !DISubprogram(name: "expect<&mut std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6expect17h8f4d0db3b27e5215E", scope: !2456, file: !1114, line: 968, type: !2470, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2462, declaration: !2472, retainedNodes: !2473)
!2456 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&mut std::thread::lifecycle::Packet<()>>", scope: !113, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2457, templateParams: !23, identifier: "d6b0a275d703338bad258c3682256e38")
!2457 = !{!2458}
!2458 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2456, file: !2, size: 64, align: 64, elements: !2459, templateParams: !23, identifier: "5312a08b397764f4db2b8e38b3c5c576", discriminator: !2469)
!2459 = !{!2460, !2465}
!2460 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !2458, file: !2, baseType: !2461, size: 64, align: 64, extraData: i64 0)
!2461 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !2456, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !2462, identifier: "aa2b680e37cfea2a43507f1aa4f84f7a")
!2462 = !{!2463}
!2463 = !DITemplateTypeParameter(name: "T", type: !2464)
!2464 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::Packet<()>", baseType: !223, size: 64, align: 64, dwarfAddressSpace: 0)
!2465 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !2458, file: !2, baseType: !2466, size: 64, align: 64)
!2466 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !2456, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2467, templateParams: !2462, identifier: "b15142cc7b45fc0339b1658b80523642")
!2467 = !{!2468}
!2468 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2466, file: !2, baseType: !2464, size: 64, align: 64, flags: DIFlagPublic)
!2469 = !DIDerivedType(tag: DW_TAG_member, scope: !2456, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!2470 = !DISubroutineType(types: !2471)
!2471 = !{!2464, !2456, !541, !1118}
!2472 = !DISubprogram(name: "expect<&mut std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6expect17h8f4d0db3b27e5215E", scope: !2456, file: !1114, line: 968, type: !2470, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2462)
!2473 = !{!2474, !2454, !2475}
!2474 = !DILocalVariable(name: "self", arg: 1, scope: !2455, file: !1114, line: 968, type: !2456)
!2475 = !DILocalVariable(name: "val", scope: !2476, file: !1114, line: 970, type: !2464, align: 64)
!2476 = distinct !DILexicalBlock(scope: !2455, file: !1114, line: 970, column: 13)
!2477 = !DILocation(line: 0, scope: !2455, inlinedAt: !2478)
!2478 = distinct !DILocation(line: 247, column: 14, scope: !2447, inlinedAt: !2453)
!2479 = !DILocation(line: 241, column: 9, scope: !2447, inlinedAt: !2453)
!2480 = !DILocation(line: 241, column: 21, scope: !2447, inlinedAt: !2453)
!2481 = !{!2482}
!2482 = distinct !{!2482, !2483, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!2483 = distinct !{!2483, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!2484 = !DILocation(line: 252, column: 5, scope: !2447, inlinedAt: !2453)
!2485 = !DILocation(line: 0, scope: !1900, inlinedAt: !2486)
!2486 = distinct !DILocation(line: 252, column: 5, scope: !2447, inlinedAt: !2453)
!2487 = !{!2488}
!2488 = distinct !{!2488, !2489, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!2489 = distinct !{!2489, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!2490 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !2486)
!2491 = !DILocation(line: 0, scope: !1914, inlinedAt: !2492)
!2492 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !2486)
!2493 = !{!2494}
!2494 = distinct !{!2494, !2495, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!2495 = distinct !{!2495, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!2496 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !2492)
!2497 = !DILocation(line: 0, scope: !1928, inlinedAt: !2498)
!2498 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !2492)
!2499 = !{!2500}
!2500 = distinct !{!2500, !2501, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!2501 = distinct !{!2501, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!2502 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !2498)
!2503 = !DILocation(line: 0, scope: !1942, inlinedAt: !2504)
!2504 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !2498)
!2505 = !DILocation(line: 0, scope: !1951, inlinedAt: !2506)
!2506 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !2504)
!2507 = !DILocation(line: 0, scope: !1960, inlinedAt: !2508)
!2508 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !2504)
!2509 = !DILocation(line: 0, scope: !1968, inlinedAt: !2510)
!2510 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !2508)
!2511 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !2512)
!2512 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !2506)
!2513 = !{!2500, !2494, !2488, !2482, !2443}
!2514 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !2508)
!2515 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !2510)
!2516 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !2504)
!2517 = !DILocation(line: 0, scope: !1988, inlinedAt: !2518)
!2518 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !2504)
!2519 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2518)
!2520 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !2504)
!2521 = !DILocalVariable(name: "this", arg: 1, scope: !2522, file: !845, line: 2616, type: !2242)
!2522 = distinct !DISubprogram(name: "get_mut<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$7get_mut17h6b86b047a8fdc3daE", scope: !211, file: !845, line: 2616, type: !2523, scopeLine: 2616, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !2525, retainedNodes: !2526)
!2523 = !DISubroutineType(types: !2524)
!2524 = !{!2456, !2242}
!2525 = !DISubprogram(name: "get_mut<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$7get_mut17h6b86b047a8fdc3daE", scope: !211, file: !845, line: 2616, type: !2523, scopeLine: 2616, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !433)
!2526 = !{!2521}
!2527 = !DILocation(line: 2616, column: 20, scope: !2522, inlinedAt: !2528)
!2528 = distinct !DILocation(line: 242, column: 9, scope: !2447, inlinedAt: !2453)
!2529 = !DILocalVariable(name: "this", arg: 1, scope: !2530, file: !845, line: 2691, type: !2242)
!2530 = distinct !DISubprogram(name: "get_mut_unchecked<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$17get_mut_unchecked17h227af51b87ae3510E", scope: !211, file: !845, line: 2691, type: !2531, scopeLine: 2691, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !2533, retainedNodes: !2534)
!2531 = !DISubroutineType(types: !2532)
!2532 = !{!2464, !2242}
!2533 = !DISubprogram(name: "get_mut_unchecked<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$17get_mut_unchecked17h227af51b87ae3510E", scope: !211, file: !845, line: 2691, type: !2531, scopeLine: 2691, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !433)
!2534 = !{!2529}
!2535 = !DILocation(line: 2691, column: 37, scope: !2530, inlinedAt: !2536)
!2536 = distinct !DILocation(line: 2623, column: 27, scope: !2522, inlinedAt: !2528)
!2537 = !DILocation(line: 2617, column: 28, scope: !2522, inlinedAt: !2528)
!2538 = !{!2539}
!2539 = distinct !{!2539, !2540, !"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hdeb283a49b317864E: %this"}
!2540 = distinct !{!2540, !"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hdeb283a49b317864E"}
!2541 = !DILocation(line: 2617, column: 12, scope: !2522, inlinedAt: !2528)
!2542 = !DILocalVariable(name: "this", arg: 1, scope: !2543, file: !845, line: 2754, type: !1167)
!2543 = distinct !DISubprogram(name: "is_unique<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hdeb283a49b317864E", scope: !211, file: !845, line: 2754, type: !2544, scopeLine: 2754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !2546, retainedNodes: !2547)
!2544 = !DISubroutineType(types: !2545)
!2545 = !{!755, !1167}
!2546 = !DISubprogram(name: "is_unique<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17hdeb283a49b317864E", scope: !211, file: !845, line: 2754, type: !2544, scopeLine: 2754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !433)
!2547 = !{!2542, !2548}
!2548 = !DILocalVariable(name: "unique", scope: !2549, file: !845, line: 2766, type: !755, align: 8)
!2549 = distinct !DILexicalBlock(scope: !2543, file: !845, line: 2766, column: 13)
!2550 = !DILocation(line: 0, scope: !2543, inlinedAt: !2551)
!2551 = distinct !DILocation(line: 2617, column: 12, scope: !2522, inlinedAt: !2528)
!2552 = !DILocalVariable(name: "self", arg: 1, scope: !2553, file: !845, line: 2098, type: !1167)
!2553 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h266aa335ee51d0b9E", scope: !211, file: !845, line: 2098, type: !2554, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !2557, retainedNodes: !2558)
!2554 = !DISubroutineType(types: !2555)
!2555 = !{!2556, !1167}
!2556 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !218, size: 64, align: 64, dwarfAddressSpace: 0)
!2557 = !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h266aa335ee51d0b9E", scope: !211, file: !845, line: 2098, type: !2554, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !433)
!2558 = !{!2552}
!2559 = !DILocation(line: 0, scope: !2553, inlinedAt: !2560)
!2560 = distinct !DILocation(line: 2762, column: 17, scope: !2543, inlinedAt: !2551)
!2561 = !DILocation(line: 0, scope: !2553, inlinedAt: !2562)
!2562 = distinct !DILocation(line: 2766, column: 31, scope: !2543, inlinedAt: !2551)
!2563 = !DILocation(line: 0, scope: !2553, inlinedAt: !2564)
!2564 = distinct !DILocation(line: 2771, column: 18, scope: !2549, inlinedAt: !2551)
!2565 = !DILocalVariable(name: "current", scope: !2566, file: !834, line: 3034, type: !9, align: 64)
!2566 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize16compare_exchange", scope: !75, file: !834, line: 3033, type: !2567, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !2584, retainedNodes: !2585)
!2567 = !DISubroutineType(types: !2568)
!2568 = !{!2569, !837, !9, !9, !642, !642}
!2569 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<usize, usize>", scope: !378, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2570, templateParams: !23, identifier: "7740407452115f2a77697ba7dab62951")
!2570 = !{!2571}
!2571 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2569, file: !2, size: 128, align: 64, elements: !2572, templateParams: !23, identifier: "27062f68c4e2d20f43160ddebe98a43b", discriminator: !2583)
!2572 = !{!2573, !2579}
!2573 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !2571, file: !2, baseType: !2574, size: 128, align: 64, extraData: i64 0)
!2574 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !2569, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2575, templateParams: !2577, identifier: "88dc1693b42440195577b011f0df268d")
!2575 = !{!2576}
!2576 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2574, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2577 = !{!85, !2578}
!2578 = !DITemplateTypeParameter(name: "E", type: !9)
!2579 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !2571, file: !2, baseType: !2580, size: 128, align: 64, extraData: i64 1)
!2580 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !2569, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2581, templateParams: !2577, identifier: "8c82a528c5d5f77a70ece44e29fb2ab3")
!2581 = !{!2582}
!2582 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2580, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!2583 = !DIDerivedType(tag: DW_TAG_member, scope: !2569, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!2584 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize16compare_exchange", scope: !75, file: !834, line: 3033, type: !2567, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!2585 = !{!2586, !2565, !2587, !2588, !2589}
!2586 = !DILocalVariable(name: "self", arg: 1, scope: !2566, file: !834, line: 3033, type: !837)
!2587 = !DILocalVariable(name: "new", scope: !2566, file: !834, line: 3035, type: !9, align: 64)
!2588 = !DILocalVariable(name: "success", scope: !2566, file: !834, line: 3036, type: !642, align: 8)
!2589 = !DILocalVariable(name: "failure", scope: !2566, file: !834, line: 3037, type: !642, align: 8)
!2590 = !DILocation(line: 0, scope: !2566, inlinedAt: !2591)
!2591 = distinct !DILocation(line: 2762, column: 30, scope: !2543, inlinedAt: !2551)
!2592 = !DILocalVariable(name: "order", scope: !2593, file: !834, line: 2842, type: !642, align: 8)
!2593 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !834, line: 2842, type: !1273, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1275, retainedNodes: !2594)
!2594 = !{!2595, !2592}
!2595 = !DILocalVariable(name: "self", arg: 1, scope: !2593, file: !834, line: 2842, type: !837)
!2596 = !DILocation(line: 0, scope: !2593, inlinedAt: !2597)
!2597 = distinct !DILocation(line: 2766, column: 46, scope: !2543, inlinedAt: !2551)
!2598 = !DILocalVariable(name: "val", scope: !2599, file: !834, line: 2870, type: !9, align: 64)
!2599 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !834, line: 2870, type: !1294, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1296, retainedNodes: !2600)
!2600 = !{!2601, !2598, !2602}
!2601 = !DILocalVariable(name: "self", arg: 1, scope: !2599, file: !834, line: 2870, type: !837)
!2602 = !DILocalVariable(name: "order", scope: !2599, file: !834, line: 2870, type: !642, align: 8)
!2603 = !DILocation(line: 0, scope: !2599, inlinedAt: !2604)
!2604 = distinct !DILocation(line: 2771, column: 31, scope: !2549, inlinedAt: !2551)
!2605 = !DILocation(line: 444, column: 20, scope: !2606, inlinedAt: !2611)
!2606 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17ha26f3baf8115ebbaE", scope: !214, file: !1976, line: 440, type: !2607, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !428, declaration: !2610)
!2607 = !DISubroutineType(types: !2608)
!2608 = !{!2556, !2609}
!2609 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", baseType: !214, size: 64, align: 64, dwarfAddressSpace: 0)
!2610 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17ha26f3baf8115ebbaE", scope: !214, file: !1976, line: 440, type: !2607, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !428)
!2611 = distinct !DILocation(line: 2104, column: 27, scope: !2553, inlinedAt: !2560)
!2612 = !{!2539, !2443}
!2613 = !DILocation(line: 3033, column: 37, scope: !2566, inlinedAt: !2591)
!2614 = !DILocalVariable(name: "self", arg: 1, scope: !2615, file: !2616, line: 2443, type: !2619)
!2615 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h3288b9438138f623E", scope: !80, file: !2616, line: 2443, type: !2617, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !84, declaration: !2620, retainedNodes: !2621)
!2616 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!2617 = !DISubroutineType(types: !2618)
!2618 = !{!859, !2619}
!2619 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!2620 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h3288b9438138f623E", scope: !80, file: !2616, line: 2443, type: !2617, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!2621 = !{!2614}
!2622 = !DILocation(line: 2443, column: 22, scope: !2615, inlinedAt: !2623)
!2623 = distinct !DILocation(line: 3039, column: 57, scope: !2566, inlinedAt: !2591)
!2624 = !DILocation(line: 2447, column: 9, scope: !2615, inlinedAt: !2623)
!2625 = !DILocalVariable(name: "dst", arg: 1, scope: !2626, file: !834, line: 3956, type: !859)
!2626 = distinct !DISubprogram(name: "atomic_compare_exchange<usize>", linkageName: "_ZN4core4sync6atomic23atomic_compare_exchange17h556bdd271c63b176E", scope: !76, file: !834, line: 3955, type: !2627, scopeLine: 3955, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !84, retainedNodes: !2629)
!2627 = !DISubroutineType(types: !2628)
!2628 = !{!2569, !859, !9, !9, !642, !642}
!2629 = !{!2625, !2630, !2631, !2632, !2633, !2634, !2636}
!2630 = !DILocalVariable(name: "old", arg: 2, scope: !2626, file: !834, line: 3957, type: !9)
!2631 = !DILocalVariable(name: "new", arg: 3, scope: !2626, file: !834, line: 3958, type: !9)
!2632 = !DILocalVariable(name: "success", arg: 4, scope: !2626, file: !834, line: 3959, type: !642)
!2633 = !DILocalVariable(name: "failure", arg: 5, scope: !2626, file: !834, line: 3960, type: !642)
!2634 = !DILocalVariable(name: "val", scope: !2635, file: !834, line: 3963, type: !9, align: 64)
!2635 = distinct !DILexicalBlock(scope: !2626, file: !834, line: 3963, column: 5)
!2636 = !DILocalVariable(name: "ok", scope: !2635, file: !834, line: 3963, type: !755, align: 8)
!2637 = !DILocation(line: 0, scope: !2626, inlinedAt: !2638)
!2638 = distinct !DILocation(line: 3039, column: 26, scope: !2566, inlinedAt: !2591)
!2639 = !DILocation(line: 3975, column: 17, scope: !2626, inlinedAt: !2638)
!2640 = !DILocation(line: 2762, column: 12, scope: !2543, inlinedAt: !2551)
!2641 = !{!"branch_weights", i32 2146410443, i32 1073205}
!2642 = !DILocation(line: 2842, column: 25, scope: !2593, inlinedAt: !2597)
!2643 = !DILocation(line: 2443, column: 22, scope: !2615, inlinedAt: !2644)
!2644 = distinct !DILocation(line: 2844, column: 45, scope: !2593, inlinedAt: !2597)
!2645 = !DILocation(line: 0, scope: !1303, inlinedAt: !2646)
!2646 = distinct !DILocation(line: 2844, column: 26, scope: !2593, inlinedAt: !2597)
!2647 = !DILocation(line: 3891, column: 24, scope: !1303, inlinedAt: !2646)
!2648 = !DILocation(line: 2766, column: 26, scope: !2543, inlinedAt: !2551)
!2649 = !DILocation(line: 0, scope: !2549, inlinedAt: !2551)
!2650 = !DILocation(line: 2870, column: 26, scope: !2599, inlinedAt: !2604)
!2651 = !DILocation(line: 2443, column: 22, scope: !2615, inlinedAt: !2652)
!2652 = distinct !DILocation(line: 2872, column: 46, scope: !2599, inlinedAt: !2604)
!2653 = !DILocation(line: 0, scope: !1877, inlinedAt: !2654)
!2654 = distinct !DILocation(line: 2872, column: 26, scope: !2599, inlinedAt: !2604)
!2655 = !DILocation(line: 3876, column: 24, scope: !1877, inlinedAt: !2654)
!2656 = !{!"branch_weights", !"expected", i32 -2147483648, i32 0}
!2657 = !DILocation(line: 971, column: 21, scope: !2455, inlinedAt: !2478)
!2658 = !DILocation(line: 2694, column: 25, scope: !2530, inlinedAt: !2536)
!2659 = !DILocalVariable(name: "self", arg: 1, scope: !2660, file: !1114, line: 1884, type: !2663)
!2660 = distinct !DISubprogram(name: "take<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$4take17h15d58fe760bc2906E", scope: !369, file: !1114, line: 1884, type: !2661, scopeLine: 1884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !375, declaration: !2664, retainedNodes: !2665)
!2661 = !DISubroutineType(types: !2662)
!2662 = !{!369, !2663}
!2663 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", baseType: !369, size: 64, align: 64, dwarfAddressSpace: 0)
!2664 = !DISubprogram(name: "take<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$4take17h15d58fe760bc2906E", scope: !369, file: !1114, line: 1884, type: !2661, scopeLine: 1884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !375)
!2665 = !{!2659}
!2666 = !DILocation(line: 1884, column: 23, scope: !2660, inlinedAt: !2667)
!2667 = distinct !DILocation(line: 250, column: 14, scope: !2447, inlinedAt: !2453)
!2668 = !DILocalVariable(name: "dest", arg: 1, scope: !2669, file: !2670, line: 887, type: !2663)
!2669 = distinct !DISubprogram(name: "replace<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core3mem7replace17h80dbf07da95529f3E", scope: !43, file: !2670, line: 887, type: !2671, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !405, retainedNodes: !2673)
!2670 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!2671 = !DISubroutineType(types: !2672)
!2672 = !{!369, !2663, !369}
!2673 = !{!2668}
!2674 = !DILocation(line: 887, column: 25, scope: !2669, inlinedAt: !2675)
!2675 = distinct !DILocation(line: 1886, column: 9, scope: !2660, inlinedAt: !2667)
!2676 = !DILocation(line: 901, column: 22, scope: !2669, inlinedAt: !2675)
!2677 = !DILocalVariable(name: "self", arg: 1, scope: !2678, file: !1114, line: 1013, type: !369)
!2678 = distinct !DISubprogram(name: "unwrap<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6unwrap17hbfb629dba4f65b1bE", scope: !369, file: !1114, line: 1013, type: !2679, scopeLine: 1013, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !375, declaration: !2681, retainedNodes: !2682)
!2679 = !DISubroutineType(types: !2680)
!2680 = !{!377, !369, !1118}
!2681 = !DISubprogram(name: "unwrap<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6unwrap17hbfb629dba4f65b1bE", scope: !369, file: !1114, line: 1013, type: !2679, scopeLine: 1013, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !375)
!2682 = !{!2677, !2683}
!2683 = !DILocalVariable(name: "val", scope: !2684, file: !1114, line: 1015, type: !377, align: 64)
!2684 = distinct !DILexicalBlock(scope: !2678, file: !1114, line: 1015, column: 13)
!2685 = !DILocation(line: 0, scope: !2678, inlinedAt: !2686)
!2686 = distinct !DILocation(line: 251, column: 14, scope: !2447, inlinedAt: !2453)
!2687 = !DILocation(line: 902, column: 49, scope: !2669, inlinedAt: !2675)
!2688 = !DILocation(line: 1014, column: 9, scope: !2678, inlinedAt: !2686)
!2689 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!2690 = !{!2691}
!2691 = distinct !{!2691, !2692, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!2692 = distinct !{!2692, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!2693 = !DILocation(line: 0, scope: !1900, inlinedAt: !2694)
!2694 = distinct !DILocation(line: 252, column: 5, scope: !2447, inlinedAt: !2453)
!2695 = !{!2696}
!2696 = distinct !{!2696, !2697, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!2697 = distinct !{!2697, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!2698 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !2694)
!2699 = !DILocation(line: 0, scope: !1914, inlinedAt: !2700)
!2700 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !2694)
!2701 = !{!2702}
!2702 = distinct !{!2702, !2703, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!2703 = distinct !{!2703, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!2704 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !2700)
!2705 = !DILocation(line: 0, scope: !1928, inlinedAt: !2706)
!2706 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !2700)
!2707 = !{!2708}
!2708 = distinct !{!2708, !2709, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!2709 = distinct !{!2709, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!2710 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !2706)
!2711 = !DILocation(line: 0, scope: !1942, inlinedAt: !2712)
!2712 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !2706)
!2713 = !DILocation(line: 0, scope: !1951, inlinedAt: !2714)
!2714 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !2712)
!2715 = !DILocation(line: 0, scope: !1960, inlinedAt: !2716)
!2716 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !2712)
!2717 = !DILocation(line: 0, scope: !1968, inlinedAt: !2718)
!2718 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !2716)
!2719 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !2720)
!2720 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !2714)
!2721 = !{!2708, !2702, !2696, !2691, !2443}
!2722 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !2716)
!2723 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !2718)
!2724 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !2712)
!2725 = !DILocation(line: 0, scope: !1988, inlinedAt: !2726)
!2726 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !2712)
!2727 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2726)
!2728 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !2712)
!2729 = !DILocation(line: 1016, column: 21, scope: !2678, inlinedAt: !2686)
!2730 = !{!2731}
!2731 = distinct !{!2731, !2732, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!2732 = distinct !{!2732, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!2733 = !DILocation(line: 0, scope: !2229, inlinedAt: !2734)
!2734 = distinct !DILocation(line: 252, column: 5, scope: !2447, inlinedAt: !2453)
!2735 = !{!2736}
!2736 = distinct !{!2736, !2737, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!2737 = distinct !{!2737, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!2738 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2734)
!2739 = !DILocation(line: 0, scope: !2239, inlinedAt: !2740)
!2740 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2734)
!2741 = !DILocalVariable(name: "self", arg: 1, scope: !2742, file: !845, line: 2098, type: !2242)
!2742 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h266aa335ee51d0b9E", scope: !211, file: !845, line: 2098, type: !2554, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !2557, retainedNodes: !2743)
!2743 = !{!2741}
!2744 = !DILocation(line: 0, scope: !2742, inlinedAt: !2745)
!2745 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !2740)
!2746 = !DILocation(line: 0, scope: !2247, inlinedAt: !2747)
!2747 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !2740)
!2748 = !DILocation(line: 0, scope: !2254, inlinedAt: !2749)
!2749 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !2747)
!2750 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !2752)
!2751 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17ha26f3baf8115ebbaE", scope: !214, file: !1976, line: 440, type: !2607, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !428, declaration: !2610)
!2752 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !2745)
!2753 = !{!2736, !2731, !2443}
!2754 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !2747)
!2755 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !2749)
!2756 = !{!2736, !2731}
!2757 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !2740)
!2758 = !DILocation(line: 0, scope: !1988, inlinedAt: !2759)
!2759 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !2740)
!2760 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2759)
!2761 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !2740)
!2762 = !{!2763}
!2763 = distinct !{!2763, !2764, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!2764 = distinct !{!2764, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!2765 = !DILocation(line: 0, scope: !2229, inlinedAt: !2766)
!2766 = distinct !DILocation(line: 252, column: 5, scope: !2447, inlinedAt: !2453)
!2767 = !{!2768}
!2768 = distinct !{!2768, !2769, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!2769 = distinct !{!2769, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!2770 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2766)
!2771 = !DILocation(line: 0, scope: !2239, inlinedAt: !2772)
!2772 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2766)
!2773 = !DILocation(line: 0, scope: !2742, inlinedAt: !2774)
!2774 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !2772)
!2775 = !DILocation(line: 0, scope: !2247, inlinedAt: !2776)
!2776 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !2772)
!2777 = !DILocation(line: 0, scope: !2254, inlinedAt: !2778)
!2778 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !2776)
!2779 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !2780)
!2780 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !2774)
!2781 = !{!2768, !2763, !2443}
!2782 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !2776)
!2783 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !2778)
!2784 = !{!2768, !2763}
!2785 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !2772)
!2786 = !DILocation(line: 0, scope: !1988, inlinedAt: !2787)
!2787 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !2772)
!2788 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2787)
!2789 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !2772)
!2790 = !DILocation(line: 240, column: 5, scope: !2447, inlinedAt: !2453)
!2791 = !{!2792}
!2792 = distinct !{!2792, !2793, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!2793 = distinct !{!2793, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!2794 = !DILocation(line: 0, scope: !2229, inlinedAt: !2795)
!2795 = distinct !DILocation(line: 252, column: 5, scope: !2447, inlinedAt: !2453)
!2796 = !{!2797}
!2797 = distinct !{!2797, !2798, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!2798 = distinct !{!2798, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!2799 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2795)
!2800 = !DILocation(line: 0, scope: !2239, inlinedAt: !2801)
!2801 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !2795)
!2802 = !DILocation(line: 0, scope: !2742, inlinedAt: !2803)
!2803 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !2801)
!2804 = !DILocation(line: 0, scope: !2247, inlinedAt: !2805)
!2805 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !2801)
!2806 = !DILocation(line: 0, scope: !2254, inlinedAt: !2807)
!2807 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !2805)
!2808 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !2809)
!2809 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !2803)
!2810 = !{!2797, !2792, !2443}
!2811 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !2805)
!2812 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !2807)
!2813 = !{!2797, !2792}
!2814 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !2801)
!2815 = !DILocation(line: 0, scope: !1988, inlinedAt: !2816)
!2816 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !2801)
!2817 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2816)
!2818 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !2801)
!2819 = !DILocalVariable(name: "self", arg: 1, scope: !2820, file: !1346, line: 1227, type: !377)
!2820 = distinct !DISubprogram(name: "unwrap<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17hd6a348dad2903dc4E", scope: !377, file: !1346, line: 1227, type: !2821, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !386, declaration: !2823, retainedNodes: !2824)
!2821 = !DISubroutineType(types: !2822)
!2822 = !{null, !377, !1118}
!2823 = !DISubprogram(name: "unwrap<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17hd6a348dad2903dc4E", scope: !377, file: !1346, line: 1227, type: !2821, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !386)
!2824 = !{!2819, !2825, !2827}
!2825 = !DILocalVariable(name: "t", scope: !2826, file: !1346, line: 1232, type: !7, align: 8)
!2826 = distinct !DILexicalBlock(scope: !2820, file: !1346, line: 1232, column: 13)
!2827 = !DILocalVariable(name: "e", scope: !2828, file: !1346, line: 1233, type: !389, align: 64)
!2828 = distinct !DILexicalBlock(scope: !2820, file: !1346, line: 1233, column: 13)
!2829 = !DILocation(line: 0, scope: !2820, inlinedAt: !2830)
!2830 = distinct !DILocation(line: 26, column: 24, scope: !694)
!2831 = !DILocation(line: 1233, column: 17, scope: !2828, inlinedAt: !2830)
!2832 = !DILocation(line: 1231, column: 15, scope: !2820, inlinedAt: !2830)
!2833 = !DILocation(line: 1231, column: 9, scope: !2820, inlinedAt: !2830)
!2834 = !DILocation(line: 1233, column: 17, scope: !2820, inlinedAt: !2830)
!2835 = !DILocation(line: 1233, column: 23, scope: !2828, inlinedAt: !2830)
!2836 = !DILocation(line: 1233, column: 86, scope: !2820, inlinedAt: !2830)
!2837 = !DILocation(line: 1227, column: 5, scope: !2820, inlinedAt: !2830)
!2838 = !DILocation(line: 0, scope: !2343, inlinedAt: !2839)
!2839 = distinct !DILocation(line: 27, column: 1, scope: !686)
!2840 = !DILocation(line: 0, scope: !2353, inlinedAt: !2841)
!2841 = distinct !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !2839)
!2842 = !DILocation(line: 0, scope: !2361, inlinedAt: !2843)
!2843 = distinct !DILocation(line: 2811, column: 32, scope: !2353, inlinedAt: !2841)
!2844 = !DILocation(line: 0, scope: !2368, inlinedAt: !2845)
!2845 = distinct !DILocation(line: 3167, column: 26, scope: !2361, inlinedAt: !2843)
!2846 = !DILocation(line: 3165, column: 30, scope: !2361, inlinedAt: !2843)
!2847 = !DILocation(line: 3942, column: 24, scope: !2368, inlinedAt: !2845)
!2848 = !{!2849, !2851}
!2849 = distinct !{!2849, !2850, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE: %self"}
!2850 = distinct !{!2850, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE"}
!2851 = distinct !{!2851, !2852, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE: %_1"}
!2852 = distinct !{!2852, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE"}
!2853 = !DILocation(line: 2811, column: 12, scope: !2353, inlinedAt: !2841)
!2854 = !DILocation(line: 0, scope: !1988, inlinedAt: !2855)
!2855 = distinct !DILocation(line: 64, column: 9, scope: !2353, inlinedAt: !2841)
!2856 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !2855)
!2857 = !DILocation(line: 2854, column: 18, scope: !2353, inlinedAt: !2841)
!2858 = !DILocation(line: 27, column: 1, scope: !686)
!2859 = !DILocation(line: 27, column: 2, scope: !686)
!2860 = !DILocation(line: 20, column: 1, scope: !686)
!2861 = distinct !DISubprogram(name: "reader", linkageName: "_ZN18std_atomic_relaxed6reader17hf160e20a79c48b02E", scope: !58, file: !687, line: 9, type: !2862, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !2864)
!2862 = !DISubroutineType(types: !2863)
!2863 = !{null, !837}
!2864 = !{!2865}
!2865 = !DILocalVariable(name: "a", arg: 1, scope: !2861, file: !687, line: 9, type: !837)
!2866 = !DILocation(line: 0, scope: !2861)
!2867 = !DILocalVariable(name: "self", arg: 1, scope: !2868, file: !834, line: 2842, type: !837)
!2868 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !834, line: 2842, type: !1273, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1275, retainedNodes: !2869)
!2869 = !{!2867, !2870}
!2870 = !DILocalVariable(name: "order", scope: !2868, file: !834, line: 2842, type: !642, align: 8)
!2871 = !DILocation(line: 0, scope: !2868, inlinedAt: !2872)
!2872 = !DILocation(line: 10, column: 13, scope: !2861)
!2873 = !DILocation(line: 10, column: 5, scope: !2861)
!2874 = !DILocation(line: 0, scope: !1303, inlinedAt: !2875)
!2875 = distinct !DILocation(line: 2844, column: 26, scope: !2868, inlinedAt: !2872)
!2876 = !DILocation(line: 3890, column: 24, scope: !1303, inlinedAt: !2875)
!2877 = !DILocation(line: 10, column: 11, scope: !2861)
!2878 = !DILocation(line: 13, column: 2, scope: !2861)
!2879 = distinct !DISubprogram(name: "writer", linkageName: "_ZN18std_atomic_relaxed6writer17h3dff6ac30efdb7b3E", scope: !58, file: !687, line: 16, type: !2862, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !2880)
!2880 = !{!2881}
!2881 = !DILocalVariable(name: "a", arg: 1, scope: !2879, file: !687, line: 16, type: !837)
!2882 = !DILocation(line: 0, scope: !2879)
!2883 = !DILocalVariable(name: "self", arg: 1, scope: !2884, file: !834, line: 2870, type: !837)
!2884 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !834, line: 2870, type: !1294, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1296, retainedNodes: !2885)
!2885 = !{!2883, !2886, !2887}
!2886 = !DILocalVariable(name: "val", scope: !2884, file: !834, line: 2870, type: !9, align: 64)
!2887 = !DILocalVariable(name: "order", scope: !2884, file: !834, line: 2870, type: !642, align: 8)
!2888 = !DILocation(line: 0, scope: !2884, inlinedAt: !2889)
!2889 = !DILocation(line: 17, column: 7, scope: !2879)
!2890 = !DILocation(line: 0, scope: !1877, inlinedAt: !2891)
!2891 = distinct !DILocation(line: 2872, column: 26, scope: !2884, inlinedAt: !2889)
!2892 = !DILocation(line: 3875, column: 24, scope: !1877, inlinedAt: !2891)
!2893 = !DILocation(line: 18, column: 2, scope: !2879)
!2894 = distinct !DISubprogram(name: "write_all<std::sys::stdio::unix::Stderr>", linkageName: "_ZN3std2io5Write9write_all17hce508be5f368a17cE", scope: !2896, file: !2895, line: 1875, type: !2897, scopeLine: 1875, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2911, retainedNodes: !2899)
!2895 = !DIFile(filename: "library/std/src/io/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ad3b23eb2db88ec77831ebf778688811")
!2896 = !DINamespace(name: "Write", scope: !444)
!2897 = !DISubroutineType(types: !2898)
!2898 = !{!669, !664, !1652}
!2899 = !{!2900, !2901, !2902, !2904, !2907, !2909}
!2900 = !DILocalVariable(name: "self", arg: 1, scope: !2894, file: !2895, line: 1875, type: !664)
!2901 = !DILocalVariable(name: "buf", arg: 2, scope: !2894, file: !2895, line: 1875, type: !1652)
!2902 = !DILocalVariable(name: "n", scope: !2903, file: !2895, line: 1881, type: !9, align: 64)
!2903 = distinct !DILexicalBlock(scope: !2894, file: !2895, line: 1881, column: 17)
!2904 = !DILocalVariable(name: "e", scope: !2905, file: !2895, line: 1882, type: !2906, align: 64)
!2905 = distinct !DILexicalBlock(scope: !2894, file: !2895, line: 1882, column: 17)
!2906 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::Error", baseType: !442, size: 64, align: 64, dwarfAddressSpace: 0)
!2907 = !DILocalVariable(name: "e", scope: !2905, file: !2895, line: 1882, type: !2908, align: 64)
!2908 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&std::io::error::Error", baseType: !2906, size: 64, align: 64, dwarfAddressSpace: 0)
!2909 = !DILocalVariable(name: "e", scope: !2910, file: !2895, line: 1883, type: !442, align: 64)
!2910 = distinct !DILexicalBlock(scope: !2894, file: !2895, line: 1883, column: 17)
!2911 = !{!2912}
!2912 = !DITemplateTypeParameter(name: "Self", type: !665)
!2913 = !DILocation(line: 0, scope: !2894)
!2914 = !DILocalVariable(name: "self", arg: 1, scope: !2915, file: !2916, line: 18, type: !1652)
!2915 = distinct !DISubprogram(name: "index<u8, core::ops::range::RangeFrom<usize>>", linkageName: "_ZN4core5slice5index74_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u5d$$GT$5index17h0972466a6766402aE", scope: !2917, file: !2916, line: 18, type: !2920, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2930, retainedNodes: !2928)
!2916 = !DIFile(filename: "library/core/src/slice/index.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35f1d9855ef780cd44773269ad8900cd")
!2917 = !DINamespace(name: "{impl#0}", scope: !2918)
!2918 = !DINamespace(name: "index", scope: !2919)
!2919 = !DINamespace(name: "slice", scope: !44)
!2920 = !DISubroutineType(types: !2921)
!2921 = !{!1652, !1652, !2922, !1118}
!2922 = !DICompositeType(tag: DW_TAG_structure_type, name: "RangeFrom<usize>", scope: !2923, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2924, templateParams: !2926, identifier: "dae3ef637417c7c22fbe71130fe73be")
!2923 = !DINamespace(name: "range", scope: !2189)
!2924 = !{!2925}
!2925 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !2922, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!2926 = !{!2927}
!2927 = !DITemplateTypeParameter(name: "Idx", type: !9)
!2928 = !{!2914, !2929}
!2929 = !DILocalVariable(name: "index", scope: !2915, file: !2916, line: 18, type: !2922, align: 64)
!2930 = !{!183, !2931}
!2931 = !DITemplateTypeParameter(name: "I", type: !2922)
!2932 = !DILocation(line: 0, scope: !2915, inlinedAt: !2933)
!2933 = !DILocation(line: 1881, column: 36, scope: !2903)
!2934 = !DILocalVariable(name: "slice", arg: 2, scope: !2935, file: !2916, line: 567, type: !1652)
!2935 = distinct !DISubprogram(name: "index<u8>", linkageName: "_ZN110_$LT$core..ops..range..RangeFrom$LT$usize$GT$$u20$as$u20$core..slice..index..SliceIndex$LT$$u5b$T$u5d$$GT$$GT$5index17h43a575ed119fdfb3E", scope: !2936, file: !2916, line: 567, type: !2937, scopeLine: 567, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !182, retainedNodes: !2939)
!2936 = !DINamespace(name: "{impl#7}", scope: !2918)
!2937 = !DISubroutineType(types: !2938)
!2938 = !{!1652, !2922, !1652, !1118}
!2939 = !{!2940, !2934, !2941}
!2940 = !DILocalVariable(name: "self", scope: !2935, file: !2916, line: 567, type: !2922, align: 64)
!2941 = !DILocalVariable(name: "new_len", scope: !2942, file: !2916, line: 573, type: !9, align: 64)
!2942 = distinct !DILexicalBlock(scope: !2935, file: !2916, line: 573, column: 13)
!2943 = !DILocation(line: 0, scope: !2935, inlinedAt: !2944)
!2944 = !DILocation(line: 19, column: 15, scope: !2915, inlinedAt: !2933)
!2945 = !DILocalVariable(name: "ptr", arg: 1, scope: !2946, file: !2916, line: 83, type: !1652)
!2946 = distinct !DISubprogram(name: "get_offset_len_noubcheck<u8>", linkageName: "_ZN4core5slice5index24get_offset_len_noubcheck17haa33d17bbfec75a9E", scope: !2918, file: !2916, line: 82, type: !2947, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !182, retainedNodes: !2949)
!2947 = !DISubroutineType(types: !2948)
!2948 = !{!921, !921, !9, !9}
!2949 = !{!2945, !2950, !2951}
!2950 = !DILocalVariable(name: "offset", arg: 2, scope: !2946, file: !2916, line: 84, type: !9)
!2951 = !DILocalVariable(name: "len", arg: 3, scope: !2946, file: !2916, line: 85, type: !9)
!2952 = !DILocation(line: 0, scope: !2946, inlinedAt: !2953)
!2953 = !DILocation(line: 574, column: 15, scope: !2942, inlinedAt: !2944)
!2954 = !DILocalVariable(name: "other", scope: !2955, file: !2956, line: 230, type: !2960, align: 64)
!2955 = distinct !DISubprogram(name: "eq", linkageName: "_RNvXsj_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_9ErrorKindNtNtCsgEmfK2I1SDS_4core3cmp9PartialEq2eq", scope: !2957, file: !2956, line: 230, type: !2958, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !2961)
!2956 = !DIFile(filename: "library/std/src/io/error.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9c3d4b81a3b892756a4ccd809fd4fbd7")
!2957 = !DINamespace(name: "{impl#21}", scope: !443)
!2958 = !DISubroutineType(types: !2959)
!2959 = !{!755, !2960, !2960}
!2960 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::ErrorKind", baseType: !473, size: 64, align: 64, dwarfAddressSpace: 0)
!2961 = !{!2962, !2954, !2954, !2954}
!2962 = !DILocalVariable(name: "self", arg: 1, scope: !2955, file: !2956, line: 230, type: !2960)
!2963 = !DILocation(line: 0, scope: !2955, inlinedAt: !2964)
!2964 = !DILocation(line: 1020, column: 44, scope: !2965, inlinedAt: !2980)
!2965 = distinct !DILexicalBlock(scope: !2966, file: !2956, line: 1020, column: 13)
!2966 = distinct !DISubprogram(name: "is_interrupted", linkageName: "_RNvMs5_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_5Error14is_interrupted", scope: !442, file: !2956, line: 1015, type: !2967, scopeLine: 1015, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !2969, retainedNodes: !2970)
!2967 = !DISubroutineType(types: !2968)
!2968 = !{!755, !2906}
!2969 = !DISubprogram(name: "is_interrupted", linkageName: "_RNvMs5_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_5Error14is_interrupted", scope: !442, file: !2956, line: 1015, type: !2967, scopeLine: 1015, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!2970 = !{!2971, !2972, !2974, !2977, !2979}
!2971 = !DILocalVariable(name: "self", arg: 1, scope: !2966, file: !2956, line: 1015, type: !2906)
!2972 = !DILocalVariable(name: "code", scope: !2973, file: !2956, line: 1017, type: !466, align: 32)
!2973 = distinct !DILexicalBlock(scope: !2966, file: !2956, line: 1017, column: 13)
!2974 = !DILocalVariable(name: "c", scope: !2975, file: !2956, line: 1018, type: !2976, align: 64)
!2975 = distinct !DILexicalBlock(scope: !2966, file: !2956, line: 1018, column: 13)
!2976 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::Custom", baseType: !470, size: 64, align: 64, dwarfAddressSpace: 0)
!2977 = !DILocalVariable(name: "kind", scope: !2978, file: !2956, line: 1019, type: !473, align: 8)
!2978 = distinct !DILexicalBlock(scope: !2966, file: !2956, line: 1019, column: 13)
!2979 = !DILocalVariable(name: "m", scope: !2965, file: !2956, line: 1020, type: !536, align: 64)
!2980 = !DILocation(line: 1882, column: 33, scope: !2894)
!2981 = !DILocation(line: 0, scope: !2955, inlinedAt: !2982)
!2982 = !DILocation(line: 1019, column: 40, scope: !2978, inlinedAt: !2980)
!2983 = !DILocation(line: 0, scope: !2955, inlinedAt: !2984)
!2984 = !DILocation(line: 1018, column: 37, scope: !2975, inlinedAt: !2980)
!2985 = !DILocation(line: 1876, column: 16, scope: !2894)
!2986 = !DILocation(line: 1877, column: 19, scope: !2894)
!2987 = !DILocation(line: 1877, column: 24, scope: !2894)
!2988 = !DILocation(line: 1877, column: 13, scope: !2894)
!2989 = !DILocation(line: 1887, column: 6, scope: !2894)
!2990 = !DILocation(line: 1015, column: 34, scope: !2966, inlinedAt: !2980)
!2991 = !DILocalVariable(name: "self", arg: 1, scope: !2992, file: !2993, line: 208, type: !3019)
!2992 = distinct !DISubprogram(name: "data", linkageName: "_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4Repr4data", scope: !447, file: !2993, line: 208, type: !2994, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !3020, retainedNodes: !3021)
!2993 = !DIFile(filename: "library/std/src/io/error/repr_bitpacked.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5eb8b63e91ae5a0b67b803836fec054a")
!2994 = !DISubroutineType(types: !2995)
!2995 = !{!2996, !3019}
!2996 = !DICompositeType(tag: DW_TAG_structure_type, name: "ErrorData<&std::io::error::Custom>", scope: !443, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !2997, templateParams: !23, identifier: "277c88d3e7baa229ff6065bf48b7e283")
!2997 = !{!2998}
!2998 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2996, file: !2, size: 128, align: 64, elements: !2999, templateParams: !23, identifier: "3e32f2b759e09e4333544b92a07c3363", discriminator: !3018)
!2999 = !{!3000, !3006, !3010, !3014}
!3000 = !DIDerivedType(tag: DW_TAG_member, name: "Os", scope: !2998, file: !2, baseType: !3001, size: 128, align: 64, extraData: i8 0)
!3001 = !DICompositeType(tag: DW_TAG_structure_type, name: "Os", scope: !2996, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3002, templateParams: !3004, identifier: "f61428c58223401e5d97fc9531768ecb")
!3002 = !{!3003}
!3003 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3001, file: !2, baseType: !466, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!3004 = !{!3005}
!3005 = !DITemplateTypeParameter(name: "C", type: !2976)
!3006 = !DIDerivedType(tag: DW_TAG_member, name: "Simple", scope: !2998, file: !2, baseType: !3007, size: 128, align: 64, extraData: i8 1)
!3007 = !DICompositeType(tag: DW_TAG_structure_type, name: "Simple", scope: !2996, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3008, templateParams: !3004, identifier: "f2caf68640a319501c7cd8f18ad063f3")
!3008 = !{!3009}
!3009 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3007, file: !2, baseType: !473, size: 8, align: 8, offset: 8, flags: DIFlagPrivate)
!3010 = !DIDerivedType(tag: DW_TAG_member, name: "SimpleMessage", scope: !2998, file: !2, baseType: !3011, size: 128, align: 64, extraData: i8 2)
!3011 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !2996, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3012, templateParams: !3004, identifier: "a266d167b649a4c727507600a70d8599")
!3012 = !{!3013}
!3013 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3011, file: !2, baseType: !536, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3014 = !DIDerivedType(tag: DW_TAG_member, name: "Custom", scope: !2998, file: !2, baseType: !3015, size: 128, align: 64, extraData: i8 3)
!3015 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !2996, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3016, templateParams: !3004, identifier: "76948b0ce04cbb76d3b5277e397e915f")
!3016 = !{!3017}
!3017 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3015, file: !2, baseType: !2976, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3018 = !DIDerivedType(tag: DW_TAG_member, scope: !2996, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagArtificial)
!3019 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::repr_bitpacked::Repr", baseType: !447, size: 64, align: 64, dwarfAddressSpace: 0)
!3020 = !DISubprogram(name: "data", linkageName: "_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4Repr4data", scope: !447, file: !2993, line: 208, type: !2994, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!3021 = !{!2991}
!3022 = !DILocation(line: 208, column: 24, scope: !2992, inlinedAt: !3023)
!3023 = !DILocation(line: 1016, column: 25, scope: !2966, inlinedAt: !2980)
!3024 = !DILocalVariable(name: "ptr", arg: 1, scope: !3025, file: !2993, line: 244, type: !451)
!3025 = distinct !DISubprogram(name: "decode_repr<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>", linkageName: "_ZN3std2io5error14repr_bitpacked11decode_repr17h6a318acab146b809E", scope: !448, file: !2993, line: 244, type: !3026, scopeLine: 244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3044, retainedNodes: !3031)
!3026 = !DISubroutineType(types: !3027)
!3027 = !{!2996, !451, !3028}
!3028 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !3029, file: !2, align: 8, elements: !23, identifier: "577d1678fe72d2523d69cdff0c09ddb4")
!3029 = !DINamespace(name: "data", scope: !3030)
!3030 = !DINamespace(name: "{impl#2}", scope: !448)
!3031 = !{!3024, !3032, !3033, !3035, !3037, !3039, !3041}
!3032 = !DILocalVariable(name: "make_custom", arg: 2, scope: !3025, file: !2993, line: 244, type: !3028)
!3033 = !DILocalVariable(name: "bits", scope: !3034, file: !2993, line: 248, type: !9, align: 64)
!3034 = distinct !DILexicalBlock(scope: !3025, file: !2993, line: 248, column: 5)
!3035 = !DILocalVariable(name: "code", scope: !3036, file: !2993, line: 251, type: !466, align: 32)
!3036 = distinct !DILexicalBlock(scope: !3034, file: !2993, line: 251, column: 13)
!3037 = !DILocalVariable(name: "kind_bits", scope: !3038, file: !2993, line: 255, type: !336, align: 32)
!3038 = distinct !DILexicalBlock(scope: !3034, file: !2993, line: 255, column: 13)
!3039 = !DILocalVariable(name: "kind", scope: !3040, file: !2993, line: 256, type: !473, align: 8)
!3040 = distinct !DILexicalBlock(scope: !3038, file: !2993, line: 256, column: 13)
!3041 = !DILocalVariable(name: "custom", scope: !3042, file: !2993, line: 276, type: !3043, align: 64)
!3042 = distinct !DILexicalBlock(scope: !3034, file: !2993, line: 276, column: 13)
!3043 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::Custom", baseType: !470, size: 64, align: 64, dwarfAddressSpace: 0)
!3044 = !{!3005, !3045}
!3045 = !DITemplateTypeParameter(name: "F", type: !3028)
!3046 = !DILocation(line: 0, scope: !3025, inlinedAt: !3047)
!3047 = distinct !DILocation(line: 210, column: 18, scope: !2992, inlinedAt: !3023)
!3048 = !DILocation(line: 244, column: 47, scope: !3025, inlinedAt: !3047)
!3049 = !DILocalVariable(name: "count", scope: !3050, file: !3051, line: 1244, type: !9, align: 64)
!3050 = distinct !DISubprogram(name: "wrapping_byte_sub<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$17wrapping_byte_sub17h2d5fe8d126042108E", scope: !3052, file: !3051, line: 1244, type: !3054, scopeLine: 1244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !3057)
!3051 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!3052 = !DINamespace(name: "{impl#0}", scope: !3053)
!3053 = !DINamespace(name: "mut_ptr", scope: !68)
!3054 = !DISubroutineType(types: !3055)
!3055 = !{!3056, !3056, !9}
!3056 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!3057 = !{!3058, !3049}
!3058 = !DILocalVariable(name: "self", arg: 1, scope: !3050, file: !3051, line: 1244, type: !3056)
!3059 = !DILocation(line: 0, scope: !3050, inlinedAt: !3060)
!3060 = distinct !DILocation(line: 276, column: 39, scope: !3034, inlinedAt: !3047)
!3061 = !DILocalVariable(name: "count", scope: !3062, file: !3051, line: 1224, type: !9, align: 64)
!3062 = distinct !DISubprogram(name: "wrapping_sub<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$12wrapping_sub17h272cac29c6a51f48E", scope: !3052, file: !3051, line: 1224, type: !3063, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !182, retainedNodes: !3065)
!3063 = !DISubroutineType(types: !3064)
!3064 = !{!905, !905, !9}
!3065 = !{!3066, !3061}
!3066 = !DILocalVariable(name: "self", arg: 1, scope: !3062, file: !3051, line: 1224, type: !905)
!3067 = !DILocation(line: 0, scope: !3062, inlinedAt: !3068)
!3068 = distinct !DILocation(line: 1245, column: 27, scope: !3050, inlinedAt: !3060)
!3069 = !DILocalVariable(name: "count", scope: !3070, file: !3051, line: 465, type: !3073, align: 64)
!3070 = distinct !DISubprogram(name: "wrapping_offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$15wrapping_offset17hac4c10d771714ba0E", scope: !3052, file: !3051, line: 465, type: !3071, scopeLine: 465, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !182, retainedNodes: !3074)
!3071 = !DISubroutineType(types: !3072)
!3072 = !{!905, !905, !3073}
!3073 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!3074 = !{!3075, !3069}
!3075 = !DILocalVariable(name: "self", arg: 1, scope: !3070, file: !3051, line: 465, type: !905)
!3076 = !DILocation(line: 0, scope: !3070, inlinedAt: !3077)
!3077 = distinct !DILocation(line: 1228, column: 14, scope: !3062, inlinedAt: !3068)
!3078 = !DILocation(line: 0, scope: !3034, inlinedAt: !3047)
!3079 = !DILocation(line: 249, column: 11, scope: !3034, inlinedAt: !3047)
!3080 = !DILocation(line: 249, column: 5, scope: !3034, inlinedAt: !3047)
!3081 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!3082 = !DILocation(line: 0, scope: !2903)
!3083 = !DILocation(line: 568, column: 12, scope: !2935, inlinedAt: !2944)
!3084 = !DILocation(line: 1884, column: 13, scope: !2894)
!3085 = !DILocation(line: 569, column: 13, scope: !2935, inlinedAt: !2944)
!3086 = !DILocation(line: 573, column: 27, scope: !2935, inlinedAt: !2944)
!3087 = !DILocation(line: 0, scope: !2942, inlinedAt: !2944)
!3088 = !DILocation(line: 89, column: 24, scope: !2946, inlinedAt: !2953)
!3089 = !DILocation(line: 0, scope: !2973, inlinedAt: !2980)
!3090 = !DILocalVariable(name: "errno", arg: 1, scope: !3091, file: !3092, line: 97, type: !466)
!3091 = distinct !DISubprogram(name: "is_interrupted", linkageName: "_RNvNtNtNtNtCsjrHSEGnQ3l9_3std3sys2io5error4unix14is_interrupted", scope: !3093, file: !3092, line: 97, type: !3096, scopeLine: 97, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !3098)
!3092 = !DIFile(filename: "library/std/src/sys/io/error/unix.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "625484a698dede5adf6f1dae3c0d32f9")
!3093 = !DINamespace(name: "unix", scope: !3094)
!3094 = !DINamespace(name: "error", scope: !3095)
!3095 = !DINamespace(name: "io", scope: !327)
!3096 = !DISubroutineType(types: !3097)
!3097 = !{!755, !466}
!3098 = !{!3090}
!3099 = !DILocation(line: 0, scope: !3091, inlinedAt: !3100)
!3100 = !DILocation(line: 1017, column: 36, scope: !2973, inlinedAt: !2980)
!3101 = !DILocation(line: 98, column: 5, scope: !3091, inlinedAt: !3100)
!3102 = !DILocation(line: 1882, column: 31, scope: !2894)
!3103 = !DILocation(line: 0, scope: !2965, inlinedAt: !2980)
!3104 = !DILocation(line: 230, column: 45, scope: !2955, inlinedAt: !2964)
!3105 = !{i8 0, i8 42}
!3106 = !DILocation(line: 0, scope: !2975, inlinedAt: !2980)
!3107 = !DILocation(line: 230, column: 45, scope: !2955, inlinedAt: !2984)
!3108 = !DILocation(line: 0, scope: !3038, inlinedAt: !3047)
!3109 = !DILocalVariable(name: "self", arg: 1, scope: !3110, file: !1114, line: 1061, type: !3111)
!3110 = distinct !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17hfe25c0fe9befbac2E", scope: !3111, file: !1114, line: 1061, type: !3124, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3132, declaration: !3131, retainedNodes: !3134)
!3111 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::io::error::ErrorKind>", scope: !113, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3112, templateParams: !23, identifier: "32f0eafa52a75ad7b39ccbe26c83bfd")
!3112 = !{!3113}
!3113 = !DICompositeType(tag: DW_TAG_variant_part, scope: !3111, file: !2, size: 8, align: 8, elements: !3114, templateParams: !23, identifier: "48d4313e1e34c18418248c5ac945a0be", discriminator: !3123)
!3114 = !{!3115, !3119}
!3115 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !3113, file: !2, baseType: !3116, size: 8, align: 8, extraData: i8 42)
!3116 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !3111, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3117, identifier: "f566ecd97eb19b615cc32afb87464438")
!3117 = !{!3118}
!3118 = !DITemplateTypeParameter(name: "T", type: !473)
!3119 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !3113, file: !2, baseType: !3120, size: 8, align: 8)
!3120 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !3111, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3121, templateParams: !3117, identifier: "1fe3be376d27ab25b5e5345dffe629f7")
!3121 = !{!3122}
!3122 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3120, file: !2, baseType: !473, size: 8, align: 8, flags: DIFlagPublic)
!3123 = !DIDerivedType(tag: DW_TAG_member, scope: !3111, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagArtificial)
!3124 = !DISubroutineType(types: !3125)
!3125 = !{!473, !3111, !3126, !1118}
!3126 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>", scope: !3127, file: !2, size: 64, align: 64, elements: !3128, templateParams: !23, identifier: "91190dbf1855562ed48899a75345b674")
!3127 = !DINamespace(name: "decode_repr", scope: !448)
!3128 = !{!3129}
!3129 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__bits", scope: !3126, file: !2, baseType: !3130, size: 64, align: 64)
!3130 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!3131 = !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17hfe25c0fe9befbac2E", scope: !3111, file: !1114, line: 1061, type: !3124, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3132)
!3132 = !{!3118, !3133}
!3133 = !DITemplateTypeParameter(name: "F", type: !3126)
!3134 = !{!3109, !3135, !3136}
!3135 = !DILocalVariable(name: "f", scope: !3110, file: !1114, line: 1061, type: !3126, align: 64)
!3136 = !DILocalVariable(name: "x", scope: !3137, file: !1114, line: 1066, type: !473, align: 8)
!3137 = distinct !DILexicalBlock(scope: !3110, file: !1114, line: 1066, column: 13)
!3138 = !DILocation(line: 0, scope: !3110, inlinedAt: !3139)
!3139 = distinct !DILocation(line: 256, column: 50, scope: !3038, inlinedAt: !3047)
!3140 = !DILocation(line: 1061, column: 42, scope: !3110, inlinedAt: !3139)
!3141 = !DILocation(line: 1065, column: 15, scope: !3110, inlinedAt: !3139)
!3142 = !DILocation(line: 1065, column: 9, scope: !3110, inlinedAt: !3139)
!3143 = !DILocation(line: 0, scope: !2978, inlinedAt: !2980)
!3144 = !DILocation(line: 230, column: 45, scope: !2955, inlinedAt: !2982)
!3145 = distinct !DISubprogram(name: "lang_start<()>", linkageName: "_ZN3std2rt10lang_start17h7dece4bac4442f5cE", scope: !16, file: !3146, line: 199, type: !3147, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !3150)
!3146 = !DIFile(filename: "library/std/src/rt.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "83eadca7bec2ebce94abb46f51902baa")
!3147 = !DISubroutineType(types: !3148)
!3148 = !{!3073, !20, !3073, !3149, !181}
!3149 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const *const u8", baseType: !180, size: 64, align: 64, dwarfAddressSpace: 0)
!3150 = !{!3151, !3152, !3153, !3154}
!3151 = !DILocalVariable(name: "main", arg: 1, scope: !3145, file: !3146, line: 200, type: !20)
!3152 = !DILocalVariable(name: "argc", arg: 2, scope: !3145, file: !3146, line: 201, type: !3073)
!3153 = !DILocalVariable(name: "argv", arg: 3, scope: !3145, file: !3146, line: 202, type: !3149)
!3154 = !DILocalVariable(name: "sigpipe", arg: 4, scope: !3145, file: !3146, line: 203, type: !181)
!3155 = !DILocation(line: 0, scope: !3145)
!3156 = !DILocation(line: 206, column: 10, scope: !3145)
!3157 = !DILocation(line: 205, column: 5, scope: !3145)
!3158 = !DILocation(line: 210, column: 5, scope: !3145)
!3159 = !DILocation(line: 211, column: 2, scope: !3145)
!3160 = distinct !DISubprogram(name: "{closure#0}<()>", linkageName: "_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h4084a77eefe710e2E", scope: !15, file: !3146, line: 206, type: !3161, scopeLine: 206, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !3164)
!3161 = !DISubroutineType(types: !3162)
!3162 = !{!466, !3163}
!3163 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::rt::lang_start::{closure_env#0}<()>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!3164 = !{!3165}
!3165 = !DILocalVariable(name: "main", scope: !3160, file: !3146, line: 200, type: !20, align: 64)
!3166 = !DILocation(line: 0, scope: !3160)
!3167 = !DILocation(line: 206, column: 70, scope: !3160)
!3168 = !DILocation(line: 206, column: 18, scope: !3160)
!3169 = !DILocation(line: 206, column: 93, scope: !3160)
!3170 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<fn(), ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h1784fda7474208d1E", scope: !3172, file: !3171, line: 162, type: !3173, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3179, retainedNodes: !3175)
!3171 = !DIFile(filename: "library/std/src/sys/backtrace.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0469076862be40bd9e65965440a24fae")
!3172 = !DINamespace(name: "backtrace", scope: !327)
!3173 = !DISubroutineType(types: !3174)
!3174 = !{null, !20}
!3175 = !{!3176, !3177}
!3176 = !DILocalVariable(name: "f", arg: 1, scope: !3170, file: !3171, line: 162, type: !20)
!3177 = !DILocalVariable(name: "result", scope: !3178, file: !3171, line: 166, type: !7, align: 8)
!3178 = distinct !DILexicalBlock(scope: !3170, file: !3171, line: 166, column: 5)
!3179 = !{!3180, !387}
!3180 = !DITemplateTypeParameter(name: "F", type: !20)
!3181 = !DILocation(line: 166, column: 9, scope: !3178)
!3182 = !DILocation(line: 0, scope: !3170)
!3183 = !DILocalVariable(name: "dummy", scope: !3184, file: !3185, line: 490, type: !7, align: 8)
!3184 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h9bf530c2d3c492f0E", scope: !3186, file: !3185, line: 490, type: !3187, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !3189)
!3185 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!3186 = !DINamespace(name: "hint", scope: !44)
!3187 = !DISubroutineType(types: !3188)
!3188 = !{null, !7}
!3189 = !{!3183}
!3190 = !DILocation(line: 490, column: 27, scope: !3184, inlinedAt: !3191)
!3191 = !DILocation(line: 169, column: 5, scope: !3178)
!3192 = !DILocalVariable(arg: 1, scope: !3193, file: !3194, line: 250, type: !20)
!3193 = distinct !DISubprogram(name: "call_once<fn(), ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17hb81a5c4df271c517E", scope: !3195, file: !3194, line: 250, type: !3173, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3199, retainedNodes: !3197)
!3194 = !DIFile(filename: "library/core/src/ops/function.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7165aec212fc528edf645f7f5c1c91bb")
!3195 = !DINamespace(name: "FnOnce", scope: !3196)
!3196 = !DINamespace(name: "function", scope: !2189)
!3197 = !{!3192, !3198}
!3198 = !DILocalVariable(arg: 2, scope: !3193, file: !3194, line: 250, type: !7)
!3199 = !{!3200, !3201}
!3200 = !DITemplateTypeParameter(name: "Self", type: !20)
!3201 = !DITemplateTypeParameter(name: "Args", type: !7)
!3202 = !DILocation(line: 0, scope: !3193, inlinedAt: !3203)
!3203 = distinct !DILocation(line: 166, column: 18, scope: !3170)
!3204 = !DILocation(line: 250, column: 5, scope: !3193, inlinedAt: !3203)
!3205 = !DILocation(line: 491, column: 5, scope: !3184, inlinedAt: !3191)
!3206 = !{i64 20588389594637541}
!3207 = !DILocation(line: 172, column: 2, scope: !3170)
!3208 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure#0}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>, ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h8a6e076cb9bb366dE", scope: !3172, file: !3171, line: 162, type: !3209, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3220, retainedNodes: !3216)
!3209 = !DISubroutineType(types: !3210)
!3210 = !{null, !3211}
!3211 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", scope: !3212, file: !2, size: 256, align: 64, elements: !3214, templateParams: !23, identifier: "eb4705a7f490adde90dd6fda086c6e30")
!3212 = !DINamespace(name: "{closure#0}", scope: !3213)
!3213 = !DINamespace(name: "{closure#1}", scope: !33)
!3214 = !{!3215}
!3215 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !3211, file: !2, baseType: !105, size: 256, align: 64)
!3216 = !{!3217, !3218}
!3217 = !DILocalVariable(name: "f", arg: 1, scope: !3208, file: !3171, line: 162, type: !3211)
!3218 = !DILocalVariable(name: "result", scope: !3219, file: !3171, line: 166, type: !7, align: 8)
!3219 = distinct !DILexicalBlock(scope: !3208, file: !3171, line: 166, column: 5)
!3220 = !{!3221, !387}
!3221 = !DITemplateTypeParameter(name: "F", type: !3211)
!3222 = !DILocation(line: 166, column: 9, scope: !3219)
!3223 = !DILocation(line: 162, column: 43, scope: !3208)
!3224 = !DILocalVariable(name: "dummy", scope: !3225, file: !3185, line: 490, type: !7, align: 8)
!3225 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h9bf530c2d3c492f0E", scope: !3186, file: !3185, line: 490, type: !3187, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !3226)
!3226 = !{!3224}
!3227 = !DILocation(line: 490, column: 27, scope: !3225, inlinedAt: !3228)
!3228 = !DILocation(line: 169, column: 5, scope: !3219)
!3229 = !DILocalVariable(name: "hooks", scope: !3230, file: !1046, line: 50, type: !105, align: 64)
!3230 = distinct !DISubprogram(name: "{closure#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h63971eb2f8f95d3fE", scope: !3212, file: !1046, line: 90, type: !3209, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !3231)
!3231 = !{!3229}
!3232 = !DILocation(line: 50, column: 9, scope: !3230, inlinedAt: !3233)
!3233 = distinct !DILocation(line: 166, column: 18, scope: !3208)
!3234 = !DILocation(line: 90, column: 68, scope: !3230, inlinedAt: !3233)
!3235 = !{!3236}
!3236 = distinct !{!3236, !3237, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h63971eb2f8f95d3fE: %_1"}
!3237 = distinct !{!3237, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h63971eb2f8f95d3fE"}
!3238 = !DILocation(line: 90, column: 74, scope: !3230, inlinedAt: !3233)
!3239 = !DILocation(line: 90, column: 78, scope: !3230, inlinedAt: !3233)
!3240 = !DILocation(line: 491, column: 5, scope: !3225, inlinedAt: !3228)
!3241 = !DILocation(line: 172, column: 2, scope: !3208)
!3242 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h95c9c9e7896d2e34E", scope: !3172, file: !3171, line: 162, type: !3243, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !3245)
!3243 = !DISubroutineType(types: !3244)
!3244 = !{null, !56}
!3245 = !{!3246, !3247}
!3246 = !DILocalVariable(name: "f", arg: 1, scope: !3242, file: !3171, line: 162, type: !56)
!3247 = !DILocalVariable(name: "result", scope: !3248, file: !3171, line: 166, type: !7, align: 8)
!3248 = distinct !DILexicalBlock(scope: !3242, file: !3171, line: 166, column: 5)
!3249 = !DILocation(line: 166, column: 9, scope: !3248)
!3250 = !DILocation(line: 0, scope: !3242)
!3251 = !DILocalVariable(name: "dummy", scope: !3252, file: !3185, line: 490, type: !7, align: 8)
!3252 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h9bf530c2d3c492f0E", scope: !3186, file: !3185, line: 490, type: !3187, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !3253)
!3253 = !{!3251}
!3254 = !DILocation(line: 490, column: 27, scope: !3252, inlinedAt: !3255)
!3255 = !DILocation(line: 169, column: 5, scope: !3248)
!3256 = !DILocalVariable(name: "shared_atomic_clone", scope: !3257, file: !687, line: 22, type: !61, align: 64)
!3257 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN18std_atomic_relaxed4main28_$u7b$$u7b$closure$u7d$$u7d$17haf3975beba51d677E", scope: !57, file: !687, line: 23, type: !3243, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !3258)
!3258 = !{!3256}
!3259 = !DILocation(line: 22, column: 9, scope: !3257, inlinedAt: !3260)
!3260 = distinct !DILocation(line: 166, column: 18, scope: !3242)
!3261 = !DILocalVariable(name: "self", arg: 1, scope: !3262, file: !845, line: 2421, type: !849)
!3262 = distinct !DISubprogram(name: "deref<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h4356b752188c2defE", scope: !2078, file: !845, line: 2421, type: !3263, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !98, retainedNodes: !3265)
!3263 = !DISubroutineType(types: !3264)
!3264 = !{!837, !849}
!3265 = !{!3261}
!3266 = !DILocation(line: 2421, column: 14, scope: !3262, inlinedAt: !3267)
!3267 = distinct !DILocation(line: 23, column: 57, scope: !3257, inlinedAt: !3260)
!3268 = !DILocation(line: 2422, column: 9, scope: !3262, inlinedAt: !3267)
!3269 = !DILocation(line: 23, column: 50, scope: !3257, inlinedAt: !3260)
!3270 = !DILocation(line: 0, scope: !2335, inlinedAt: !3271)
!3271 = distinct !DILocation(line: 23, column: 77, scope: !3257, inlinedAt: !3260)
!3272 = !DILocation(line: 0, scope: !2343, inlinedAt: !3273)
!3273 = distinct !DILocation(line: 805, column: 1, scope: !2335, inlinedAt: !3271)
!3274 = !DILocation(line: 0, scope: !2353, inlinedAt: !3275)
!3275 = distinct !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !3273)
!3276 = !DILocation(line: 0, scope: !2361, inlinedAt: !3277)
!3277 = distinct !DILocation(line: 2811, column: 32, scope: !2353, inlinedAt: !3275)
!3278 = !DILocation(line: 0, scope: !2368, inlinedAt: !3279)
!3279 = distinct !DILocation(line: 3167, column: 26, scope: !2361, inlinedAt: !3277)
!3280 = !DILocation(line: 3165, column: 30, scope: !2361, inlinedAt: !3277)
!3281 = !DILocation(line: 3942, column: 24, scope: !2368, inlinedAt: !3279)
!3282 = !{!3283, !3285, !3287}
!3283 = distinct !{!3283, !3284, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE: %self"}
!3284 = distinct !{!3284, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE"}
!3285 = distinct !{!3285, !3286, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE: %_1"}
!3286 = distinct !{!3286, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE"}
!3287 = distinct !{!3287, !3288, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E: %_1"}
!3288 = distinct !{!3288, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E"}
!3289 = !DILocation(line: 2811, column: 12, scope: !2353, inlinedAt: !3275)
!3290 = !DILocation(line: 0, scope: !1988, inlinedAt: !3291)
!3291 = distinct !DILocation(line: 64, column: 9, scope: !2353, inlinedAt: !3275)
!3292 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !3291)
!3293 = !DILocation(line: 2854, column: 18, scope: !2353, inlinedAt: !3275)
!3294 = !DILocation(line: 23, column: 78, scope: !3257, inlinedAt: !3260)
!3295 = !DILocation(line: 491, column: 5, scope: !3252, inlinedAt: !3255)
!3296 = !DILocation(line: 172, column: 2, scope: !3242)
!3297 = distinct !DISubprogram(name: "call_once<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h46865a18cd774489E", scope: !3195, file: !3194, line: 250, type: !3298, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3303, retainedNodes: !3300)
!3298 = !DISubroutineType(types: !3299)
!3299 = !{null, !1092}
!3300 = !{!3301, !3302}
!3301 = !DILocalVariable(arg: 1, scope: !3297, file: !3194, line: 250, type: !1092)
!3302 = !DILocalVariable(arg: 2, scope: !3297, file: !3194, line: 250, type: !7)
!3303 = !{!3304, !3201}
!3304 = !DITemplateTypeParameter(name: "Self", type: !32)
!3305 = !DILocalVariable(name: "data", scope: !3306, file: !3307, line: 531, type: !3329, align: 64)
!3306 = distinct !DILexicalBlock(scope: !3308, file: !3307, line: 531, column: 5)
!3307 = !DIFile(filename: "library/std/src/panicking.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0ac2307e599d52afa9e15b3337980dce")
!3308 = distinct !DISubprogram(name: "catch_unwind<(), core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", linkageName: "_ZN3std9panicking12catch_unwind17h690fb8b4bfd5260fE", scope: !3309, file: !3307, line: 500, type: !3310, scopeLine: 500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3326, retainedNodes: !3322)
!3309 = !DINamespace(name: "panicking", scope: !17)
!3310 = !DISubroutineType(types: !3311)
!3311 = !{!377, !3312}
!3312 = !DICompositeType(tag: DW_TAG_structure_type, name: "AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", scope: !3313, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !3314, templateParams: !3320, identifier: "c8a5fb6452ad140567d8e9ce477327fe")
!3313 = !DINamespace(name: "unwind_safe", scope: !1121)
!3314 = !{!3315}
!3315 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3312, file: !2, baseType: !3316, size: 320, align: 64, flags: DIFlagPublic)
!3316 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", scope: !3213, file: !2, size: 320, align: 64, elements: !3317, templateParams: !23, identifier: "359fb07ee462c40c63633c56e6caf7e7")
!3317 = !{!3318, !3319}
!3318 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !3316, file: !2, baseType: !105, size: 256, align: 64)
!3319 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !3316, file: !2, baseType: !56, size: 64, align: 64, offset: 256)
!3320 = !{!3321}
!3321 = !DITemplateTypeParameter(name: "T", type: !3316)
!3322 = !{!3323, !3305, !3324}
!3323 = !DILocalVariable(name: "f", arg: 1, scope: !3308, file: !3307, line: 500, type: !3312)
!3324 = !DILocalVariable(name: "data_ptr", scope: !3325, file: !3307, line: 533, type: !905, align: 64)
!3325 = distinct !DILexicalBlock(scope: !3306, file: !3307, line: 533, column: 5)
!3326 = !{!3327, !3328}
!3327 = !DITemplateTypeParameter(name: "R", type: !7)
!3328 = !DITemplateTypeParameter(name: "F", type: !3312)
!3329 = !DICompositeType(tag: DW_TAG_union_type, name: "Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>, ()>", scope: !3330, file: !2, size: 320, align: 64, elements: !3331, templateParams: !3363, identifier: "f63960f5d64d64e0ac33ed5970dec54a")
!3330 = !DINamespace(name: "catch_unwind", scope: !3309)
!3331 = !{!3332, !3343, !3352}
!3332 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !3329, file: !2, baseType: !3333, size: 320, align: 64)
!3333 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", scope: !49, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !3334, templateParams: !3341, identifier: "500066306012bbc016d461d0c6e94c90")
!3334 = !{!3335}
!3335 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3333, file: !2, baseType: !3336, size: 320, align: 64, flags: DIFlagPrivate)
!3336 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", scope: !53, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !3337, templateParams: !3339, identifier: "bb2b3904ff198ba3f536d8f1314c5dd2")
!3337 = !{!3338}
!3338 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3336, file: !2, baseType: !3312, size: 320, align: 64, flags: DIFlagPrivate)
!3339 = !{!3340}
!3340 = !DITemplateTypeParameter(name: "P", type: !3312)
!3341 = !{!3342}
!3342 = !DITemplateTypeParameter(name: "T", type: !3312)
!3343 = !DIDerivedType(tag: DW_TAG_member, name: "r", scope: !3329, file: !2, baseType: !3344, align: 8)
!3344 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<()>", scope: !49, file: !2, align: 8, flags: DIFlagPublic, elements: !3345, templateParams: !425, identifier: "3e63e7dd7f618c219da066e61e98fe53")
!3345 = !{!3346}
!3346 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3344, file: !2, baseType: !3347, align: 8, flags: DIFlagPrivate)
!3347 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<()>", scope: !53, file: !2, align: 8, flags: DIFlagPublic, elements: !3348, templateParams: !3350, identifier: "bac63eaffd1059d5a86ebd59ec3e9223")
!3348 = !{!3349}
!3349 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3347, file: !2, baseType: !7, align: 8, flags: DIFlagPrivate)
!3350 = !{!3351}
!3351 = !DITemplateTypeParameter(name: "P", type: !7)
!3352 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !3329, file: !2, baseType: !3353, size: 128, align: 64)
!3353 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !49, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3354, templateParams: !3361, identifier: "a2caa241518a3d6bf727ff2793e69225")
!3354 = !{!3355}
!3355 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3353, file: !2, baseType: !3356, size: 128, align: 64, flags: DIFlagPrivate)
!3356 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !53, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3357, templateParams: !3359, identifier: "d8c44cbad3f35b202e5ee99b06658d6a")
!3357 = !{!3358}
!3358 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3356, file: !2, baseType: !389, size: 128, align: 64, flags: DIFlagPrivate)
!3359 = !{!3360}
!3360 = !DITemplateTypeParameter(name: "P", type: !389)
!3361 = !{!3362}
!3362 = !DITemplateTypeParameter(name: "T", type: !389)
!3363 = !{!3328, !3327}
!3364 = !DILocation(line: 531, column: 9, scope: !3306, inlinedAt: !3365)
!3365 = distinct !DILocation(line: 359, column: 14, scope: !3366, inlinedAt: !3371)
!3366 = distinct !DISubprogram(name: "catch_unwind<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std5panic12catch_unwind17heba6e4e28b1621abE", scope: !3368, file: !3367, line: 358, type: !3310, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3363, retainedNodes: !3369)
!3367 = !DIFile(filename: "library/std/src/panic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "eabcde3e1826d674cab677562404074c")
!3368 = !DINamespace(name: "panic", scope: !17)
!3369 = !{!3370}
!3370 = !DILocalVariable(name: "f", arg: 1, scope: !3366, file: !3367, line: 358, type: !3312)
!3371 = distinct !DILocation(line: 89, column: 26, scope: !3372, inlinedAt: !3383)
!3372 = distinct !DILexicalBlock(scope: !3373, file: !1046, line: 88, column: 9)
!3373 = distinct !DISubprogram(name: "{closure#1}<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h64bdc5eb1c30292bE", scope: !33, file: !1046, line: 87, type: !3374, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !3376)
!3374 = !DISubroutineType(types: !3375)
!3375 = !{null, !32}
!3376 = !{!3377, !3378, !3379, !3380, !3381}
!3377 = !DILocalVariable(name: "f", scope: !3373, file: !1046, line: 83, type: !38, align: 64)
!3378 = !DILocalVariable(name: "hooks", scope: !3373, file: !1046, line: 50, type: !105, align: 64)
!3379 = !DILocalVariable(name: "their_packet", scope: !3373, file: !1046, line: 58, type: !211, align: 64)
!3380 = !DILocalVariable(name: "f", scope: !3372, file: !1046, line: 88, type: !56, align: 64)
!3381 = !DILocalVariable(name: "try_result", scope: !3382, file: !1046, line: 89, type: !377, align: 64)
!3382 = distinct !DILexicalBlock(scope: !3372, file: !1046, line: 89, column: 9)
!3383 = distinct !DILocation(line: 250, column: 5, scope: !3297)
!3384 = !DILocalVariable(name: "slot", arg: 1, scope: !3385, file: !3386, line: 227, type: !3389)
!3385 = distinct !DISubprogram(name: "take<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$4take17hf74ae7abe6c028c2E", scope: !3333, file: !3386, line: 227, type: !3387, scopeLine: 227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3341, declaration: !3390, retainedNodes: !3391)
!3386 = !DIFile(filename: "library/core/src/mem/manually_drop.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f2d905afd131cce616527f096419d1e9")
!3387 = !DISubroutineType(types: !3388)
!3388 = !{!3312, !3389}
!3389 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::manually_drop::ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", baseType: !3333, size: 64, align: 64, dwarfAddressSpace: 0)
!3390 = !DISubprogram(name: "take<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$4take17hf74ae7abe6c028c2E", scope: !3333, file: !3386, line: 227, type: !3387, scopeLine: 227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3341)
!3391 = !{!3384}
!3392 = !DILocation(line: 227, column: 30, scope: !3385, inlinedAt: !3393)
!3393 = distinct !DILocation(line: 580, column: 21, scope: !3394, inlinedAt: !3406)
!3394 = distinct !DILexicalBlock(scope: !3395, file: !3307, line: 579, column: 13)
!3395 = distinct !DILexicalBlock(scope: !3396, file: !3307, line: 578, column: 13)
!3396 = distinct !DISubprogram(name: "do_call<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind7do_call17h22ea8981c9a57f00E", scope: !3330, file: !3307, line: 575, type: !3397, scopeLine: 575, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3363, retainedNodes: !3399)
!3397 = !DISubroutineType(types: !3398)
!3398 = !{null, !905}
!3399 = !{!3400, !3401, !3403, !3404}
!3400 = !DILocalVariable(name: "data", arg: 1, scope: !3396, file: !3307, line: 575, type: !905)
!3401 = !DILocalVariable(name: "data", scope: !3395, file: !3307, line: 578, type: !3402, align: 64)
!3402 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::panicking::catch_unwind::Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>, ()>", baseType: !3329, size: 64, align: 64, dwarfAddressSpace: 0)
!3403 = !DILocalVariable(name: "data", scope: !3394, file: !3307, line: 579, type: !3402, align: 64)
!3404 = !DILocalVariable(name: "f", scope: !3405, file: !3307, line: 580, type: !3312, align: 64)
!3405 = distinct !DILexicalBlock(scope: !3394, file: !3307, line: 580, column: 13)
!3406 = distinct !DILocation(line: 544, column: 19, scope: !3325, inlinedAt: !3365)
!3407 = !DILocation(line: 0, scope: !3394, inlinedAt: !3406)
!3408 = !DILocation(line: 0, scope: !3395, inlinedAt: !3406)
!3409 = !DILocation(line: 0, scope: !3396, inlinedAt: !3406)
!3410 = !DILocalVariable(name: "data", scope: !3411, file: !3307, line: 606, type: !3402, align: 64)
!3411 = distinct !DILexicalBlock(scope: !3412, file: !3307, line: 606, column: 13)
!3412 = distinct !DILexicalBlock(scope: !3413, file: !3307, line: 605, column: 13)
!3413 = distinct !DISubprogram(name: "do_catch<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind8do_catch17h411efac4ca889310E", scope: !3330, file: !3307, line: 598, type: !3414, scopeLine: 598, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3363, retainedNodes: !3416)
!3414 = !DISubroutineType(types: !3415)
!3415 = !{null, !905, !905}
!3416 = !{!3417, !3418, !3419, !3410, !3420}
!3417 = !DILocalVariable(name: "data", arg: 1, scope: !3413, file: !3307, line: 598, type: !905)
!3418 = !DILocalVariable(name: "payload", arg: 2, scope: !3413, file: !3307, line: 598, type: !905)
!3419 = !DILocalVariable(name: "data", scope: !3412, file: !3307, line: 605, type: !3402, align: 64)
!3420 = !DILocalVariable(name: "obj", scope: !3421, file: !3307, line: 607, type: !389, align: 64)
!3421 = distinct !DILexicalBlock(scope: !3411, file: !3307, line: 607, column: 13)
!3422 = !DILocation(line: 0, scope: !3411, inlinedAt: !3423)
!3423 = distinct !DILocation(line: 544, column: 19, scope: !3325, inlinedAt: !3365)
!3424 = !DILocation(line: 0, scope: !3412, inlinedAt: !3423)
!3425 = !DILocation(line: 0, scope: !3413, inlinedAt: !3423)
!3426 = !DILocation(line: 0, scope: !3325, inlinedAt: !3365)
!3427 = !DILocation(line: 0, scope: !3297)
!3428 = !DILocation(line: 250, column: 5, scope: !3297)
!3429 = !{!3430}
!3430 = distinct !{!3430, !3431, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h64bdc5eb1c30292bE: %_1"}
!3431 = distinct !{!3431, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h64bdc5eb1c30292bE"}
!3432 = !DILocation(line: 358, column: 55, scope: !3366, inlinedAt: !3371)
!3433 = !DILocation(line: 500, column: 49, scope: !3308, inlinedAt: !3365)
!3434 = !DILocation(line: 83, column: 9, scope: !3373, inlinedAt: !3383)
!3435 = !DILocation(line: 50, column: 9, scope: !3373, inlinedAt: !3383)
!3436 = !DILocation(line: 58, column: 9, scope: !3373, inlinedAt: !3383)
!3437 = !DILocalVariable(name: "_x", arg: 1, scope: !3438, file: !2670, line: 971, type: !211)
!3438 = distinct !DISubprogram(name: "drop<alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>>", linkageName: "_ZN4core3mem4drop17h3dea24e1c6ec9b48E", scope: !43, file: !2670, line: 971, type: !3439, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2234, retainedNodes: !3441)
!3439 = !DISubroutineType(types: !3440)
!3440 = !{null, !211}
!3441 = !{!3437}
!3442 = !DILocation(line: 971, column: 22, scope: !3438, inlinedAt: !3443)
!3443 = distinct !DILocation(line: 101, column: 9, scope: !3382, inlinedAt: !3383)
!3444 = !DILocation(line: 88, column: 17, scope: !3373, inlinedAt: !3383)
!3445 = !DILocation(line: 0, scope: !3372, inlinedAt: !3383)
!3446 = !DILocation(line: 89, column: 70, scope: !3372, inlinedAt: !3383)
!3447 = !DILocation(line: 1717, column: 9, scope: !3448, inlinedAt: !3452)
!3448 = distinct !DISubprogram(name: "read<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3ptr4read17hbc478d73d68bd377E", scope: !68, file: !1507, line: 1678, type: !3449, scopeLine: 1678, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3341)
!3449 = !DISubroutineType(types: !3450)
!3450 = !{!3312, !3451, !1118}
!3451 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", baseType: !3312, size: 64, align: 64, dwarfAddressSpace: 0)
!3452 = distinct !DILocation(line: 230, column: 18, scope: !3385, inlinedAt: !3393)
!3453 = !DILocation(line: 0, scope: !3308, inlinedAt: !3365)
!3454 = !DILocation(line: 0, scope: !3366, inlinedAt: !3371)
!3455 = !DILocation(line: 0, scope: !3306, inlinedAt: !3365)
!3456 = !DILocation(line: 580, column: 17, scope: !3405, inlinedAt: !3406)
!3457 = !DILocalVariable(name: "self", arg: 1, scope: !3458, file: !3459, line: 273, type: !3312)
!3458 = distinct !DISubprogram(name: "call_once<(), std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h71f29b6fa749122eE", scope: !3460, file: !3459, line: 273, type: !3461, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3466, retainedNodes: !3463)
!3459 = !DIFile(filename: "library/core/src/panic/unwind_safe.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "df145b948c9ea7be347c4d10b5fddfbe")
!3460 = !DINamespace(name: "{impl#23}", scope: !3313)
!3461 = !DISubroutineType(types: !3462)
!3462 = !{null, !3312}
!3463 = !{!3457, !3464, !3465}
!3464 = !DILocalVariable(name: "_args", scope: !3458, file: !3459, line: 273, type: !7, align: 8)
!3465 = !DILocalVariable(arg: 2, scope: !3458, file: !3459, line: 273, type: !7)
!3466 = !{!3327, !3467}
!3467 = !DITemplateTypeParameter(name: "F", type: !3316)
!3468 = !DILocation(line: 273, column: 37, scope: !3458, inlinedAt: !3469)
!3469 = distinct !DILocation(line: 581, column: 40, scope: !3405, inlinedAt: !3406)
!3470 = !DILocation(line: 273, column: 43, scope: !3458, inlinedAt: !3469)
!3471 = !DILocalVariable(name: "hooks", scope: !3472, file: !1046, line: 50, type: !105, align: 64)
!3472 = distinct !DISubprogram(name: "{closure#0}<std_atomic_relaxed::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hdcfa7511352f7592E", scope: !3213, file: !1046, line: 89, type: !3473, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !774, retainedNodes: !3475)
!3473 = !DISubroutineType(types: !3474)
!3474 = !{null, !3316}
!3475 = !{!3471, !3476}
!3476 = !DILocalVariable(name: "f", scope: !3472, file: !1046, line: 88, type: !56, align: 64)
!3477 = !DILocation(line: 50, column: 9, scope: !3472, inlinedAt: !3478)
!3478 = distinct !DILocation(line: 274, column: 9, scope: !3458, inlinedAt: !3469)
!3479 = !DILocation(line: 88, column: 13, scope: !3472, inlinedAt: !3478)
!3480 = !DILocation(line: 90, column: 13, scope: !3472, inlinedAt: !3478)
!3481 = !DILocation(line: 0, scope: !2335, inlinedAt: !3482)
!3482 = distinct !DILocation(line: 92, column: 9, scope: !3472, inlinedAt: !3478)
!3483 = !DILocation(line: 0, scope: !2343, inlinedAt: !3484)
!3484 = distinct !DILocation(line: 805, column: 1, scope: !2335, inlinedAt: !3482)
!3485 = !DILocation(line: 0, scope: !2353, inlinedAt: !3486)
!3486 = distinct !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !3484)
!3487 = !DILocation(line: 0, scope: !2361, inlinedAt: !3488)
!3488 = distinct !DILocation(line: 2811, column: 32, scope: !2353, inlinedAt: !3486)
!3489 = !DILocation(line: 0, scope: !2368, inlinedAt: !3490)
!3490 = distinct !DILocation(line: 3167, column: 26, scope: !2361, inlinedAt: !3488)
!3491 = !DILocation(line: 3165, column: 30, scope: !2361, inlinedAt: !3488)
!3492 = !DILocation(line: 3942, column: 24, scope: !2368, inlinedAt: !3490)
!3493 = !{!3494, !3496, !3498, !3500, !3502, !3430}
!3494 = distinct !{!3494, !3495, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE: %self"}
!3495 = distinct !{!3495, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE"}
!3496 = distinct !{!3496, !3497, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE: %_1"}
!3497 = distinct !{!3497, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE"}
!3498 = distinct !{!3498, !3499, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E: %_1"}
!3499 = distinct !{!3499, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E"}
!3500 = distinct !{!3500, !3501, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hdcfa7511352f7592E: %_1"}
!3501 = distinct !{!3501, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hdcfa7511352f7592E"}
!3502 = distinct !{!3502, !3503, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h71f29b6fa749122eE: %self"}
!3503 = distinct !{!3503, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h71f29b6fa749122eE"}
!3504 = !DILocation(line: 2811, column: 12, scope: !2353, inlinedAt: !3486)
!3505 = !DILocation(line: 0, scope: !1988, inlinedAt: !3506)
!3506 = distinct !DILocation(line: 64, column: 9, scope: !2353, inlinedAt: !3486)
!3507 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !3506)
!3508 = !DILocation(line: 2854, column: 18, scope: !2353, inlinedAt: !3486)
!3509 = !DILocation(line: 544, column: 19, scope: !3325, inlinedAt: !3365)
!3510 = !DILocation(line: 607, column: 23, scope: !3411, inlinedAt: !3423)
!3511 = !DILocation(line: 598, column: 5, scope: !3413, inlinedAt: !3423)
!3512 = !DILocation(line: 91, column: 13, scope: !3472, inlinedAt: !3478)
!3513 = !{!3500, !3502, !3430}
!3514 = !DILocation(line: 583, column: 6, scope: !3396, inlinedAt: !3406)
!3515 = !DILocation(line: 0, scope: !3382, inlinedAt: !3383)
!3516 = !DILocalVariable(name: "self", arg: 1, scope: !3517, file: !845, line: 2421, type: !1167)
!3517 = distinct !DISubprogram(name: "deref<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h9d1b7c36a8c59a06E", scope: !2078, file: !845, line: 2421, type: !3518, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, retainedNodes: !3521)
!3518 = !DISubroutineType(types: !3519)
!3519 = !{!3520, !1167}
!3520 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::lifecycle::Packet<()>", baseType: !223, size: 64, align: 64, dwarfAddressSpace: 0)
!3521 = !{!3516}
!3522 = !DILocation(line: 2421, column: 14, scope: !3517, inlinedAt: !3523)
!3523 = distinct !DILocation(line: 97, column: 19, scope: !3382, inlinedAt: !3383)
!3524 = !DILocalVariable(name: "self", arg: 1, scope: !3525, file: !845, line: 2098, type: !1167)
!3525 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h266aa335ee51d0b9E", scope: !211, file: !845, line: 2098, type: !2554, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !2557, retainedNodes: !3526)
!3526 = !{!3524}
!3527 = !DILocation(line: 2098, column: 14, scope: !3525, inlinedAt: !3528)
!3528 = distinct !DILocation(line: 2422, column: 15, scope: !3517, inlinedAt: !3523)
!3529 = !DILocation(line: 444, column: 20, scope: !3530, inlinedAt: !3531)
!3530 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17ha26f3baf8115ebbaE", scope: !214, file: !1976, line: 440, type: !2607, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !428, declaration: !2610)
!3531 = distinct !DILocation(line: 2104, column: 27, scope: !3525, inlinedAt: !3528)
!3532 = !DILocalVariable(name: "self", arg: 1, scope: !3533, file: !2616, line: 2443, type: !3537)
!3533 = distinct !DISubprogram(name: "get<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hb095a9ccf76f202cE", scope: !366, file: !2616, line: 2443, type: !3534, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !405, declaration: !3538, retainedNodes: !3539)
!3534 = !DISubroutineType(types: !3535)
!3535 = !{!3536, !3537}
!3536 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", baseType: !369, size: 64, align: 64, dwarfAddressSpace: 0)
!3537 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !366, size: 64, align: 64, dwarfAddressSpace: 0)
!3538 = !DISubprogram(name: "get<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hb095a9ccf76f202cE", scope: !366, file: !2616, line: 2443, type: !3534, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !405)
!3539 = !{!3532}
!3540 = !DILocation(line: 2443, column: 22, scope: !3533, inlinedAt: !3541)
!3541 = distinct !DILocation(line: 97, column: 39, scope: !3382, inlinedAt: !3383)
!3542 = !DILocation(line: 2447, column: 9, scope: !3533, inlinedAt: !3541)
!3543 = !{!3544}
!3544 = distinct !{!3544, !3545, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E: %_1"}
!3545 = distinct !{!3545, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E"}
!3546 = !DILocation(line: 97, column: 18, scope: !3382, inlinedAt: !3383)
!3547 = !DILocalVariable(arg: 1, scope: !3548, file: !1507, line: 805, type: !3536)
!3548 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E", scope: !68, file: !1507, line: 805, type: !3549, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !405, retainedNodes: !3551)
!3549 = !DISubroutineType(types: !3550)
!3550 = !{null, !3536}
!3551 = !{!3547}
!3552 = !DILocation(line: 0, scope: !3548, inlinedAt: !3553)
!3553 = distinct !DILocation(line: 97, column: 18, scope: !3382, inlinedAt: !3383)
!3554 = !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !3553)
!3555 = !DILocalVariable(arg: 1, scope: !3556, file: !1507, line: 805, type: !3559)
!3556 = distinct !DISubprogram(name: "drop_in_place<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hcbbe00c93a68efd5E", scope: !68, file: !1507, line: 805, type: !3557, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !375, retainedNodes: !3560)
!3557 = !DISubroutineType(types: !3558)
!3558 = !{null, !3559}
!3559 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", baseType: !377, size: 64, align: 64, dwarfAddressSpace: 0)
!3560 = !{!3555}
!3561 = !DILocation(line: 0, scope: !3556, inlinedAt: !3562)
!3562 = distinct !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !3553)
!3563 = !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !3562)
!3564 = !DILocalVariable(arg: 1, scope: !3565, file: !1507, line: 805, type: !3568)
!3565 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E", scope: !68, file: !1507, line: 805, type: !3566, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3361, retainedNodes: !3569)
!3566 = !DISubroutineType(types: !3567)
!3567 = !{null, !3568}
!3568 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !389, size: 64, align: 64, dwarfAddressSpace: 0)
!3569 = !{!3564}
!3570 = !DILocation(line: 0, scope: !3565, inlinedAt: !3571)
!3571 = distinct !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !3562)
!3572 = !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3571)
!3573 = !{!3574, !3544, !3430}
!3574 = distinct !{!3574, !3575, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E: %_1"}
!3575 = distinct !{!3575, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"}
!3576 = !DILocalVariable(name: "self", arg: 1, scope: !3577, file: !890, line: 1913, type: !3581)
!3577 = distinct !DISubprogram(name: "drop<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hcd65fcc05c33ef3cE", scope: !3578, file: !890, line: 1913, type: !3579, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3601, retainedNodes: !3582)
!3578 = !DINamespace(name: "{impl#10}", scope: !892)
!3579 = !DISubroutineType(types: !3580)
!3580 = !{null, !3581}
!3581 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !389, size: 64, align: 64, dwarfAddressSpace: 0)
!3582 = !{!3576, !3583, !3583, !3599}
!3583 = !DILocalVariable(name: "ptr", scope: !3584, file: !890, line: 1916, type: !3585, align: 64)
!3584 = distinct !DILexicalBlock(scope: !3577, file: !890, line: 1916, column: 9)
!3585 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::any::Any + core::marker::Send)>", scope: !174, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3586, templateParams: !3595, identifier: "7df7cd9d71c7bc5d21f4e0e966914a11")
!3586 = !{!3587, !3597}
!3587 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3585, file: !2, baseType: !3588, size: 128, align: 64, flags: DIFlagPrivate)
!3588 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::any::Any + core::marker::Send)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3589, templateParams: !3595, identifier: "7cde8c9cdcdbddd95c693ff6a6ef6d3")
!3589 = !{!3590}
!3590 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3588, file: !2, baseType: !3591, size: 128, align: 64, flags: DIFlagPrivate)
!3591 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::any::Any + core::marker::Send)", file: !2, size: 128, align: 64, elements: !3592, templateParams: !23, identifier: "157735e54da8f30c5b2300aa3d7fcdf")
!3592 = !{!3593, !3594}
!3593 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3591, file: !2, baseType: !392, size: 64, align: 64)
!3594 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !3591, file: !2, baseType: !204, size: 64, align: 64, offset: 64)
!3595 = !{!3596}
!3596 = !DITemplateTypeParameter(name: "T", type: !393)
!3597 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !3585, file: !2, baseType: !3598, align: 8, offset: 128, flags: DIFlagPrivate)
!3598 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::any::Any + core::marker::Send)>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3595, identifier: "e658fe9502551a0fd51fedfe1a3c0b6")
!3599 = !DILocalVariable(name: "layout", scope: !3600, file: !890, line: 1919, type: !906, align: 64)
!3600 = distinct !DILexicalBlock(scope: !3584, file: !890, line: 1919, column: 13)
!3601 = !{!3596, !99}
!3602 = !DILocation(line: 0, scope: !3577, inlinedAt: !3603)
!3603 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3571)
!3604 = !DILocation(line: 0, scope: !3584, inlinedAt: !3603)
!3605 = !DILocalVariable(name: "t", arg: 1, scope: !3606, file: !3607, line: 253, type: !3591)
!3606 = distinct !DISubprogram(name: "for_value_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17he923fb10acdd09a6E", scope: !906, file: !3607, line: 253, type: !3608, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3595, declaration: !3610, retainedNodes: !3611)
!3607 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!3608 = !DISubroutineType(types: !3609)
!3609 = !{!906, !3591}
!3610 = !DISubprogram(name: "for_value_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17he923fb10acdd09a6E", scope: !906, file: !3607, line: 253, type: !3608, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3595)
!3611 = !{!3605, !3612, !3614}
!3612 = !DILocalVariable(name: "size", scope: !3613, file: !3607, line: 255, type: !9, align: 64)
!3613 = distinct !DILexicalBlock(scope: !3606, file: !3607, line: 255, column: 9)
!3614 = !DILocalVariable(name: "alignment", scope: !3613, file: !3607, line: 255, type: !912, align: 64)
!3615 = !DILocation(line: 0, scope: !3606, inlinedAt: !3616)
!3616 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !3603)
!3617 = !DILocalVariable(name: "val", arg: 1, scope: !3618, file: !2670, line: 427, type: !3591)
!3618 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3mem15size_of_val_raw17h8b8e880372714f98E", scope: !43, file: !2670, line: 427, type: !3619, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3595, retainedNodes: !3621)
!3619 = !DISubroutineType(types: !3620)
!3620 = !{!9, !3591}
!3621 = !{!3617}
!3622 = !DILocation(line: 0, scope: !3618, inlinedAt: !3623)
!3623 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !3616)
!3624 = !DILocalVariable(name: "val", arg: 1, scope: !3625, file: !3626, line: 123, type: !3591)
!3625 = distinct !DISubprogram(name: "of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h397eade384c20cdeE", scope: !912, file: !3626, line: 123, type: !3627, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3595, declaration: !3629, retainedNodes: !3630)
!3626 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!3627 = !DISubroutineType(types: !3628)
!3628 = !{!912, !3591}
!3629 = !DISubprogram(name: "of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h397eade384c20cdeE", scope: !912, file: !3626, line: 123, type: !3627, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3595)
!3630 = !{!3624, !3631}
!3631 = !DILocalVariable(name: "align", scope: !3632, file: !3626, line: 125, type: !9, align: 64)
!3632 = distinct !DILexicalBlock(scope: !3625, file: !3626, line: 125, column: 9)
!3633 = !DILocation(line: 0, scope: !3625, inlinedAt: !3634)
!3634 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !3616)
!3635 = !DILocalVariable(name: "val", arg: 1, scope: !3636, file: !2670, line: 566, type: !3591)
!3636 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3mem16align_of_val_raw17hd63e9b977a1e7a11E", scope: !43, file: !2670, line: 566, type: !3619, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3595, retainedNodes: !3637)
!3637 = !{!3635}
!3638 = !DILocation(line: 0, scope: !3636, inlinedAt: !3639)
!3639 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !3634)
!3640 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !3623)
!3641 = !{i64 0, i64 -9223372036854775808}
!3642 = !DILocation(line: 0, scope: !3600, inlinedAt: !3603)
!3643 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !3603)
!3644 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !3639)
!3645 = !{i64 1, i64 536870913}
!3646 = !DILocation(line: 0, scope: !1601, inlinedAt: !3647)
!3647 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !3603)
!3648 = !DILocation(line: 0, scope: !1610, inlinedAt: !3649)
!3649 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !3647)
!3650 = !DILocation(line: 0, scope: !1618, inlinedAt: !3651)
!3651 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !3649)
!3652 = !DILocation(line: 0, scope: !1627, inlinedAt: !3653)
!3653 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !3651)
!3654 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !3653)
!3655 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !3603)
!3656 = !DILocation(line: 0, scope: !3577, inlinedAt: !3657)
!3657 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3571)
!3658 = !DILocation(line: 0, scope: !3584, inlinedAt: !3657)
!3659 = !DILocation(line: 0, scope: !3606, inlinedAt: !3660)
!3660 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !3657)
!3661 = !DILocation(line: 0, scope: !3618, inlinedAt: !3662)
!3662 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !3660)
!3663 = !DILocation(line: 0, scope: !3625, inlinedAt: !3664)
!3664 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !3660)
!3665 = !DILocation(line: 0, scope: !3636, inlinedAt: !3666)
!3666 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !3664)
!3667 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !3662)
!3668 = !DILocation(line: 0, scope: !3600, inlinedAt: !3657)
!3669 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !3657)
!3670 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !3666)
!3671 = !DILocation(line: 0, scope: !1601, inlinedAt: !3672)
!3672 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !3657)
!3673 = !DILocation(line: 0, scope: !1610, inlinedAt: !3674)
!3674 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !3672)
!3675 = !DILocation(line: 0, scope: !1618, inlinedAt: !3676)
!3676 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !3674)
!3677 = !DILocation(line: 0, scope: !1627, inlinedAt: !3678)
!3678 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !3676)
!3679 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !3678)
!3680 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !3657)
!3681 = !DILocation(line: 101, column: 14, scope: !3382, inlinedAt: !3383)
!3682 = !DILocation(line: 0, scope: !2229, inlinedAt: !3683)
!3683 = distinct !DILocation(line: 975, column: 1, scope: !3438, inlinedAt: !3443)
!3684 = !DILocation(line: 0, scope: !2239, inlinedAt: !3685)
!3685 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !3683)
!3686 = !DILocation(line: 0, scope: !2247, inlinedAt: !3687)
!3687 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !3685)
!3688 = !DILocation(line: 0, scope: !2254, inlinedAt: !3689)
!3689 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !3687)
!3690 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !3687)
!3691 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !3689)
!3692 = !{!3693, !3695, !3430}
!3693 = distinct !{!3693, !3694, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!3694 = distinct !{!3694, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!3695 = distinct !{!3695, !3696, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!3696 = distinct !{!3696, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!3697 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !3685)
!3698 = !DILocation(line: 0, scope: !1988, inlinedAt: !3699)
!3699 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !3685)
!3700 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !3699)
!3701 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !3685)
!3702 = !DILocation(line: 87, column: 22, scope: !3373, inlinedAt: !3383)
!3703 = !DILocation(line: 0, scope: !2229, inlinedAt: !3704)
!3704 = distinct !DILocation(line: 104, column: 5, scope: !3373, inlinedAt: !3383)
!3705 = !DILocation(line: 0, scope: !2239, inlinedAt: !3706)
!3706 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !3704)
!3707 = !DILocation(line: 0, scope: !2247, inlinedAt: !3708)
!3708 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !3706)
!3709 = !DILocation(line: 0, scope: !2254, inlinedAt: !3710)
!3710 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !3708)
!3711 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !3708)
!3712 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !3710)
!3713 = !{!3714, !3716, !3430}
!3714 = distinct !{!3714, !3715, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!3715 = distinct !{!3715, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!3716 = distinct !{!3716, !3717, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!3717 = distinct !{!3717, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!3718 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !3706)
!3719 = !DILocation(line: 0, scope: !1988, inlinedAt: !3720)
!3720 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !3706)
!3721 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !3720)
!3722 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !3706)
!3723 = !DILocation(line: 101, column: 26, scope: !3382, inlinedAt: !3383)
!3724 = distinct !DISubprogram(name: "call_once<std::rt::lang_start::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h60bbe3556d5a4780E", scope: !3195, file: !3194, line: 250, type: !3725, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3731, retainedNodes: !3728)
!3725 = !DISubroutineType(types: !3726)
!3726 = !{!466, !3727}
!3727 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::rt::lang_start::{closure_env#0}<()>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!3728 = !{!3729, !3730}
!3729 = !DILocalVariable(arg: 1, scope: !3724, file: !3194, line: 250, type: !3727)
!3730 = !DILocalVariable(arg: 2, scope: !3724, file: !3194, line: 250, type: !7)
!3731 = !{!3732, !3201}
!3732 = !DITemplateTypeParameter(name: "Self", type: !14)
!3733 = !DILocation(line: 0, scope: !3724)
!3734 = !DILocation(line: 250, column: 5, scope: !3724)
!3735 = !DILocation(line: 0, scope: !3160, inlinedAt: !3736)
!3736 = distinct !DILocation(line: 250, column: 5, scope: !3737, inlinedAt: !3743)
!3737 = distinct !DISubprogram(name: "call_once<std::rt::lang_start::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17hd0700d388147449cE", scope: !3195, file: !3194, line: 250, type: !3738, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3731, retainedNodes: !3740)
!3738 = !DISubroutineType(types: !3739)
!3739 = !{!466, !14}
!3740 = !{!3741, !3742}
!3741 = !DILocalVariable(arg: 1, scope: !3737, file: !3194, line: 250, type: !14)
!3742 = !DILocalVariable(arg: 2, scope: !3737, file: !3194, line: 250, type: !7)
!3743 = distinct !DILocation(line: 250, column: 5, scope: !3724)
!3744 = !DILocation(line: 0, scope: !3737, inlinedAt: !3743)
!3745 = !DILocation(line: 250, column: 5, scope: !3737, inlinedAt: !3743)
!3746 = !DILocation(line: 206, column: 18, scope: !3160, inlinedAt: !3736)
!3747 = !{!3748}
!3748 = distinct !{!3748, !3749, !"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h4084a77eefe710e2E: %_1"}
!3749 = distinct !{!3749, !"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h4084a77eefe710e2E"}
!3750 = !DILocation(line: 0, scope: !3556)
!3751 = !DILocation(line: 805, column: 1, scope: !3556)
!3752 = !DILocation(line: 0, scope: !3565, inlinedAt: !3753)
!3753 = distinct !DILocation(line: 805, column: 1, scope: !3556)
!3754 = !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3753)
!3755 = !{!3756}
!3756 = distinct !{!3756, !3757, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E: %_1"}
!3757 = distinct !{!3757, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"}
!3758 = !DILocation(line: 0, scope: !3577, inlinedAt: !3759)
!3759 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3753)
!3760 = !DILocation(line: 0, scope: !3584, inlinedAt: !3759)
!3761 = !DILocation(line: 0, scope: !3606, inlinedAt: !3762)
!3762 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !3759)
!3763 = !DILocation(line: 0, scope: !3618, inlinedAt: !3764)
!3764 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !3762)
!3765 = !DILocation(line: 0, scope: !3625, inlinedAt: !3766)
!3766 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !3762)
!3767 = !DILocation(line: 0, scope: !3636, inlinedAt: !3768)
!3768 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !3766)
!3769 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !3764)
!3770 = !DILocation(line: 0, scope: !3600, inlinedAt: !3759)
!3771 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !3759)
!3772 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !3768)
!3773 = !DILocation(line: 0, scope: !1601, inlinedAt: !3774)
!3774 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !3759)
!3775 = !DILocation(line: 0, scope: !1610, inlinedAt: !3776)
!3776 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !3774)
!3777 = !DILocation(line: 0, scope: !1618, inlinedAt: !3778)
!3778 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !3776)
!3779 = !DILocation(line: 0, scope: !1627, inlinedAt: !3780)
!3780 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !3778)
!3781 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !3780)
!3782 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !3759)
!3783 = !DILocation(line: 0, scope: !3577, inlinedAt: !3784)
!3784 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3753)
!3785 = !DILocation(line: 0, scope: !3584, inlinedAt: !3784)
!3786 = !DILocation(line: 0, scope: !3606, inlinedAt: !3787)
!3787 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !3784)
!3788 = !DILocation(line: 0, scope: !3618, inlinedAt: !3789)
!3789 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !3787)
!3790 = !DILocation(line: 0, scope: !3625, inlinedAt: !3791)
!3791 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !3787)
!3792 = !DILocation(line: 0, scope: !3636, inlinedAt: !3793)
!3793 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !3791)
!3794 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !3789)
!3795 = !DILocation(line: 0, scope: !3600, inlinedAt: !3784)
!3796 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !3784)
!3797 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !3793)
!3798 = !DILocation(line: 0, scope: !1601, inlinedAt: !3799)
!3799 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !3784)
!3800 = !DILocation(line: 0, scope: !1610, inlinedAt: !3801)
!3801 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !3799)
!3802 = !DILocation(line: 0, scope: !1618, inlinedAt: !3803)
!3803 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !3801)
!3804 = !DILocation(line: 0, scope: !1627, inlinedAt: !3805)
!3805 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !3803)
!3806 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !3805)
!3807 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !3784)
!3808 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h04231c981e474769E", scope: !68, file: !1507, line: 805, type: !3809, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !196, retainedNodes: !3812)
!3809 = !DISubroutineType(types: !3810)
!3810 = !{null, !3811}
!3811 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", baseType: !198, size: 64, align: 64, dwarfAddressSpace: 0)
!3812 = !{!3813}
!3813 = !DILocalVariable(arg: 1, scope: !3808, file: !1507, line: 805, type: !3811)
!3814 = !DILocation(line: 0, scope: !3808)
!3815 = !DILocation(line: 805, column: 1, scope: !3808)
!3816 = !DILocalVariable(name: "self", arg: 1, scope: !3817, file: !890, line: 1913, type: !3820)
!3817 = distinct !DISubprogram(name: "drop<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4548f8578e0a951dE", scope: !3578, file: !890, line: 1913, type: !3818, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3840, retainedNodes: !3821)
!3818 = !DISubroutineType(types: !3819)
!3819 = !{null, !3820}
!3820 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", baseType: !198, size: 64, align: 64, dwarfAddressSpace: 0)
!3821 = !{!3816, !3822, !3822, !3838}
!3822 = !DILocalVariable(name: "ptr", scope: !3823, file: !890, line: 1916, type: !3824, align: 64)
!3823 = distinct !DILexicalBlock(scope: !3817, file: !890, line: 1916, column: 9)
!3824 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !174, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3825, templateParams: !3834, identifier: "4e4ed0839472a8a41f471153098dcafd")
!3825 = !{!3826, !3836}
!3826 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3824, file: !2, baseType: !3827, size: 128, align: 64, flags: DIFlagPrivate)
!3827 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3828, templateParams: !3834, identifier: "37a2038f29b490f24472a72061fe8e04")
!3828 = !{!3829}
!3829 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3827, file: !2, baseType: !3830, size: 128, align: 64, flags: DIFlagPrivate)
!3830 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, size: 128, align: 64, elements: !3831, templateParams: !23, identifier: "6c54cd83872cb0df9e985870111ed78a")
!3831 = !{!3832, !3833}
!3832 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3830, file: !2, baseType: !201, size: 64, align: 64)
!3833 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !3830, file: !2, baseType: !204, size: 64, align: 64, offset: 64)
!3834 = !{!3835}
!3835 = !DITemplateTypeParameter(name: "T", type: !202)
!3836 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !3824, file: !2, baseType: !3837, align: 8, offset: 128, flags: DIFlagPrivate)
!3837 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3834, identifier: "c74d9fc24fe160c523506740e3d20018")
!3838 = !DILocalVariable(name: "layout", scope: !3839, file: !890, line: 1919, type: !906, align: 64)
!3839 = distinct !DILexicalBlock(scope: !3823, file: !890, line: 1919, column: 13)
!3840 = !{!3835, !99}
!3841 = !DILocation(line: 0, scope: !3817, inlinedAt: !3842)
!3842 = distinct !DILocation(line: 805, column: 1, scope: !3808)
!3843 = !DILocation(line: 0, scope: !3823, inlinedAt: !3842)
!3844 = !DILocalVariable(name: "t", arg: 1, scope: !3845, file: !3607, line: 253, type: !3830)
!3845 = distinct !DISubprogram(name: "for_value_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h61b1f660610aa5dcE", scope: !906, file: !3607, line: 253, type: !3846, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3834, declaration: !3848, retainedNodes: !3849)
!3846 = !DISubroutineType(types: !3847)
!3847 = !{!906, !3830}
!3848 = !DISubprogram(name: "for_value_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17h61b1f660610aa5dcE", scope: !906, file: !3607, line: 253, type: !3846, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3834)
!3849 = !{!3844, !3850, !3852}
!3850 = !DILocalVariable(name: "size", scope: !3851, file: !3607, line: 255, type: !9, align: 64)
!3851 = distinct !DILexicalBlock(scope: !3845, file: !3607, line: 255, column: 9)
!3852 = !DILocalVariable(name: "alignment", scope: !3851, file: !3607, line: 255, type: !912, align: 64)
!3853 = !DILocation(line: 0, scope: !3845, inlinedAt: !3854)
!3854 = distinct !DILocation(line: 1919, column: 26, scope: !3823, inlinedAt: !3842)
!3855 = !DILocalVariable(name: "val", arg: 1, scope: !3856, file: !2670, line: 427, type: !3830)
!3856 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3mem15size_of_val_raw17h3e5ed3a366f911b4E", scope: !43, file: !2670, line: 427, type: !3857, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3834, retainedNodes: !3859)
!3857 = !DISubroutineType(types: !3858)
!3858 = !{!9, !3830}
!3859 = !{!3855}
!3860 = !DILocation(line: 0, scope: !3856, inlinedAt: !3861)
!3861 = distinct !DILocation(line: 255, column: 43, scope: !3845, inlinedAt: !3854)
!3862 = !DILocalVariable(name: "val", arg: 1, scope: !3863, file: !3626, line: 123, type: !3830)
!3863 = distinct !DISubprogram(name: "of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h77d0c9fc4ae2db1dE", scope: !912, file: !3626, line: 123, type: !3864, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3834, declaration: !3866, retainedNodes: !3867)
!3864 = !DISubroutineType(types: !3865)
!3865 = !{!912, !3830}
!3866 = !DISubprogram(name: "of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h77d0c9fc4ae2db1dE", scope: !912, file: !3626, line: 123, type: !3864, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3834)
!3867 = !{!3862, !3868}
!3868 = !DILocalVariable(name: "align", scope: !3869, file: !3626, line: 125, type: !9, align: 64)
!3869 = distinct !DILexicalBlock(scope: !3863, file: !3626, line: 125, column: 9)
!3870 = !DILocation(line: 0, scope: !3863, inlinedAt: !3871)
!3871 = distinct !DILocation(line: 255, column: 68, scope: !3845, inlinedAt: !3854)
!3872 = !DILocalVariable(name: "val", arg: 1, scope: !3873, file: !2670, line: 566, type: !3830)
!3873 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3mem16align_of_val_raw17h8d1f585592d75e74E", scope: !43, file: !2670, line: 566, type: !3857, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3834, retainedNodes: !3874)
!3874 = !{!3872}
!3875 = !DILocation(line: 0, scope: !3873, inlinedAt: !3876)
!3876 = distinct !DILocation(line: 125, column: 30, scope: !3863, inlinedAt: !3871)
!3877 = !DILocation(line: 429, column: 14, scope: !3856, inlinedAt: !3861)
!3878 = !DILocation(line: 0, scope: !3839, inlinedAt: !3842)
!3879 = !DILocation(line: 1920, column: 16, scope: !3839, inlinedAt: !3842)
!3880 = !DILocation(line: 568, column: 14, scope: !3873, inlinedAt: !3876)
!3881 = !DILocation(line: 0, scope: !1601, inlinedAt: !3882)
!3882 = distinct !DILocation(line: 1921, column: 24, scope: !3839, inlinedAt: !3842)
!3883 = !DILocation(line: 0, scope: !1610, inlinedAt: !3884)
!3884 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !3882)
!3885 = !DILocation(line: 0, scope: !1618, inlinedAt: !3886)
!3886 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !3884)
!3887 = !DILocation(line: 0, scope: !1627, inlinedAt: !3888)
!3888 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !3886)
!3889 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !3888)
!3890 = !DILocation(line: 1920, column: 13, scope: !3839, inlinedAt: !3842)
!3891 = !DILocation(line: 0, scope: !3817, inlinedAt: !3892)
!3892 = distinct !DILocation(line: 805, column: 1, scope: !3808)
!3893 = !DILocation(line: 0, scope: !3823, inlinedAt: !3892)
!3894 = !DILocation(line: 0, scope: !3845, inlinedAt: !3895)
!3895 = distinct !DILocation(line: 1919, column: 26, scope: !3823, inlinedAt: !3892)
!3896 = !DILocation(line: 0, scope: !3856, inlinedAt: !3897)
!3897 = distinct !DILocation(line: 255, column: 43, scope: !3845, inlinedAt: !3895)
!3898 = !DILocation(line: 0, scope: !3863, inlinedAt: !3899)
!3899 = distinct !DILocation(line: 255, column: 68, scope: !3845, inlinedAt: !3895)
!3900 = !DILocation(line: 0, scope: !3873, inlinedAt: !3901)
!3901 = distinct !DILocation(line: 125, column: 30, scope: !3863, inlinedAt: !3899)
!3902 = !DILocation(line: 429, column: 14, scope: !3856, inlinedAt: !3897)
!3903 = !DILocation(line: 0, scope: !3839, inlinedAt: !3892)
!3904 = !DILocation(line: 1920, column: 16, scope: !3839, inlinedAt: !3892)
!3905 = !DILocation(line: 568, column: 14, scope: !3873, inlinedAt: !3901)
!3906 = !DILocation(line: 0, scope: !1601, inlinedAt: !3907)
!3907 = distinct !DILocation(line: 1921, column: 24, scope: !3839, inlinedAt: !3892)
!3908 = !DILocation(line: 0, scope: !1610, inlinedAt: !3909)
!3909 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !3907)
!3910 = !DILocation(line: 0, scope: !1618, inlinedAt: !3911)
!3911 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !3909)
!3912 = !DILocation(line: 0, scope: !1627, inlinedAt: !3913)
!3913 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !3911)
!3914 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !3913)
!3915 = !DILocation(line: 1920, column: 13, scope: !3839, inlinedAt: !3892)
!3916 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<std_atomic_relaxed::main::{closure_env#0}, ()>>", linkageName: "_ZN4core3ptr161drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h13de2565bb0c52e0E", scope: !68, file: !1507, line: 805, type: !3298, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2095, retainedNodes: !3917)
!3917 = !{!3918}
!3918 = !DILocalVariable(arg: 1, scope: !3916, file: !1507, line: 805, type: !1092)
!3919 = !DILocation(line: 0, scope: !3916)
!3920 = !DILocation(line: 805, column: 1, scope: !3916)
!3921 = !{!3922}
!3922 = distinct !{!3922, !3923, !"_ZN4core3ptr136drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h2aedf791bcfd50daE: %_1"}
!3923 = distinct !{!3923, !"_ZN4core3ptr136drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h2aedf791bcfd50daE"}
!3924 = !DILocalVariable(arg: 1, scope: !3925, file: !1507, line: 805, type: !3928)
!3925 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::spawn_unchecked::MaybeDangling<std_atomic_relaxed::main::{closure_env#0}>>", linkageName: "_ZN4core3ptr136drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h2aedf791bcfd50daE", scope: !68, file: !1507, line: 805, type: !3926, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3930, retainedNodes: !3929)
!3926 = !DISubroutineType(types: !3927)
!3927 = !{null, !3928}
!3928 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::spawn_unchecked::MaybeDangling<std_atomic_relaxed::main::{closure_env#0}>", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!3929 = !{!3924}
!3930 = !{!3931}
!3931 = !DITemplateTypeParameter(name: "T", type: !38)
!3932 = !DILocation(line: 0, scope: !3925, inlinedAt: !3933)
!3933 = distinct !DILocation(line: 805, column: 1, scope: !3916)
!3934 = !{!3935}
!3935 = distinct !{!3935, !3936, !"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4f28c65813e67d1fE: %self"}
!3936 = distinct !{!3936, !"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4f28c65813e67d1fE"}
!3937 = !DILocation(line: 805, column: 1, scope: !3925, inlinedAt: !3933)
!3938 = !DILocalVariable(name: "self", arg: 1, scope: !3939, file: !1046, line: 77, type: !3943)
!3939 = distinct !DISubprogram(name: "drop<std_atomic_relaxed::main::{closure_env#0}>", linkageName: "_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h4f28c65813e67d1fE", scope: !3940, file: !1046, line: 77, type: !3941, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !102, retainedNodes: !3944)
!3940 = !DINamespace(name: "{impl#1}", scope: !33)
!3941 = !DISubroutineType(types: !3942)
!3942 = !{null, !3943}
!3943 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::spawn_unchecked::MaybeDangling<std_atomic_relaxed::main::{closure_env#0}>", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!3944 = !{!3938}
!3945 = !DILocation(line: 0, scope: !3939, inlinedAt: !3946)
!3946 = distinct !DILocation(line: 805, column: 1, scope: !3925, inlinedAt: !3933)
!3947 = !DILocalVariable(name: "self", arg: 1, scope: !3948, file: !3949, line: 807, type: !3952)
!3948 = distinct !DISubprogram(name: "assume_init_drop<std_atomic_relaxed::main::{closure_env#0}>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17h6cdf12a6bb753d4dE", scope: !41, file: !3949, line: 807, type: !3950, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !102, declaration: !3953, retainedNodes: !3954)
!3949 = !DIFile(filename: "library/core/src/mem/maybe_uninit.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "89f2894609c73ba2762e84773a0bc293")
!3950 = !DISubroutineType(types: !3951)
!3951 = !{null, !3952}
!3952 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::maybe_uninit::MaybeUninit<std_atomic_relaxed::main::{closure_env#0}>", baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!3953 = !DISubprogram(name: "assume_init_drop<std_atomic_relaxed::main::{closure_env#0}>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17h6cdf12a6bb753d4dE", scope: !41, file: !3949, line: 807, type: !3950, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !102)
!3954 = !{!3947}
!3955 = !DILocation(line: 807, column: 42, scope: !3948, inlinedAt: !3956)
!3956 = distinct !DILocation(line: 79, column: 29, scope: !3939, inlinedAt: !3946)
!3957 = !{!3958}
!3958 = distinct !{!3958, !3959, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E: %_1"}
!3959 = distinct !{!3959, !"_ZN4core3ptr74drop_in_place$LT$std_atomic_relaxed..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17hc29d8ace3c44a038E"}
!3960 = !DILocation(line: 814, column: 18, scope: !3948, inlinedAt: !3956)
!3961 = !DILocation(line: 0, scope: !2335, inlinedAt: !3962)
!3962 = distinct !DILocation(line: 814, column: 18, scope: !3948, inlinedAt: !3956)
!3963 = !{!3964}
!3964 = distinct !{!3964, !3965, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE: %_1"}
!3965 = distinct !{!3965, !"_ZN4core3ptr76drop_in_place$LT$alloc..sync..Arc$LT$core..sync..atomic..AtomicUsize$GT$$GT$17hc0aec0630c337a9aE"}
!3966 = !DILocation(line: 805, column: 1, scope: !2335, inlinedAt: !3962)
!3967 = !DILocation(line: 0, scope: !2343, inlinedAt: !3968)
!3968 = distinct !DILocation(line: 805, column: 1, scope: !2335, inlinedAt: !3962)
!3969 = !{!3970}
!3970 = distinct !{!3970, !3971, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE: %self"}
!3971 = distinct !{!3971, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd43e5e12dbdb290eE"}
!3972 = !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !3968)
!3973 = !DILocation(line: 0, scope: !2353, inlinedAt: !3974)
!3974 = distinct !DILocation(line: 805, column: 1, scope: !2343, inlinedAt: !3968)
!3975 = !DILocalVariable(name: "self", arg: 1, scope: !3976, file: !845, line: 2098, type: !2356)
!3976 = distinct !DISubprogram(name: "inner<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h00021bdbdf662320E", scope: !61, file: !845, line: 2098, type: !3977, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !98, declaration: !3980, retainedNodes: !3981)
!3977 = !DISubroutineType(types: !3978)
!3978 = !{!3979, !849}
!3979 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!3980 = !DISubprogram(name: "inner<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h00021bdbdf662320E", scope: !61, file: !845, line: 2098, type: !3977, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!3981 = !{!3975}
!3982 = !DILocation(line: 0, scope: !3976, inlinedAt: !3983)
!3983 = distinct !DILocation(line: 2811, column: 17, scope: !2353, inlinedAt: !3974)
!3984 = !DILocation(line: 0, scope: !2361, inlinedAt: !3985)
!3985 = distinct !DILocation(line: 2811, column: 32, scope: !2353, inlinedAt: !3974)
!3986 = !DILocation(line: 0, scope: !2368, inlinedAt: !3987)
!3987 = distinct !DILocation(line: 3167, column: 26, scope: !2361, inlinedAt: !3985)
!3988 = !DILocation(line: 444, column: 20, scope: !3989, inlinedAt: !3994)
!3989 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hb88bb80fb5428fa3E", scope: !66, file: !1976, line: 440, type: !3990, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !90, declaration: !3993)
!3990 = !DISubroutineType(types: !3991)
!3991 = !{!3979, !3992}
!3992 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>>", baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!3993 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<core::sync::atomic::AtomicUsize>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hb88bb80fb5428fa3E", scope: !66, file: !1976, line: 440, type: !3990, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !90)
!3994 = distinct !DILocation(line: 2104, column: 27, scope: !3976, inlinedAt: !3983)
!3995 = !{!3970, !3964, !3958, !3935, !3922}
!3996 = !DILocation(line: 3165, column: 30, scope: !2361, inlinedAt: !3985)
!3997 = !DILocation(line: 3942, column: 24, scope: !2368, inlinedAt: !3987)
!3998 = !DILocation(line: 2811, column: 12, scope: !2353, inlinedAt: !3974)
!3999 = !DILocation(line: 0, scope: !1988, inlinedAt: !4000)
!4000 = distinct !DILocation(line: 64, column: 9, scope: !2353, inlinedAt: !3974)
!4001 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !4000)
!4002 = !DILocation(line: 2854, column: 18, scope: !2353, inlinedAt: !3974)
!4003 = !DILocation(line: 0, scope: !1988, inlinedAt: !4004)
!4004 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !4005)
!4005 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !4006)
!4006 = distinct !DILocation(line: 805, column: 1, scope: !3916)
!4007 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !4004)
!4008 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !4005)
!4009 = !{!4010}
!4010 = distinct !{!4010, !4011, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!4011 = distinct !{!4011, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!4012 = !DILocation(line: 0, scope: !2229, inlinedAt: !4006)
!4013 = !{!4014}
!4014 = distinct !{!4014, !4015, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!4015 = distinct !{!4015, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!4016 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !4006)
!4017 = !DILocation(line: 0, scope: !2239, inlinedAt: !4005)
!4018 = !DILocation(line: 0, scope: !2742, inlinedAt: !4019)
!4019 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !4005)
!4020 = !DILocation(line: 0, scope: !2247, inlinedAt: !4021)
!4021 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !4005)
!4022 = !DILocation(line: 0, scope: !2254, inlinedAt: !4023)
!4023 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !4021)
!4024 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !4025)
!4025 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !4019)
!4026 = !{!4014, !4010}
!4027 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !4021)
!4028 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !4023)
!4029 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !4005)
!4030 = !{!4031}
!4031 = distinct !{!4031, !4032, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!4032 = distinct !{!4032, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!4033 = !DILocation(line: 0, scope: !2229, inlinedAt: !4034)
!4034 = distinct !DILocation(line: 805, column: 1, scope: !3916)
!4035 = !{!4036}
!4036 = distinct !{!4036, !4037, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!4037 = distinct !{!4037, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!4038 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !4034)
!4039 = !DILocation(line: 0, scope: !2239, inlinedAt: !4040)
!4040 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !4034)
!4041 = !DILocation(line: 0, scope: !2742, inlinedAt: !4042)
!4042 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !4040)
!4043 = !DILocation(line: 0, scope: !2247, inlinedAt: !4044)
!4044 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !4040)
!4045 = !DILocation(line: 0, scope: !2254, inlinedAt: !4046)
!4046 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !4044)
!4047 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !4048)
!4048 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !4042)
!4049 = !{!4036, !4031}
!4050 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !4044)
!4051 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !4046)
!4052 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !4040)
!4053 = !DILocation(line: 0, scope: !1988, inlinedAt: !4054)
!4054 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !4040)
!4055 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !4054)
!4056 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !4040)
!4057 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h7d605f79b6998cafE", scope: !68, file: !1507, line: 805, type: !4058, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4063, retainedNodes: !4061)
!4058 = !DISubroutineType(types: !4059)
!4059 = !{null, !4060}
!4060 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !162, size: 64, align: 64, dwarfAddressSpace: 0)
!4061 = !{!4062}
!4062 = !DILocalVariable(arg: 1, scope: !4057, file: !1507, line: 805, type: !4060)
!4063 = !{!4064}
!4064 = !DITemplateTypeParameter(name: "T", type: !162)
!4065 = !DILocation(line: 0, scope: !4057)
!4066 = !DILocation(line: 805, column: 1, scope: !4057)
!4067 = !DILocalVariable(name: "self", arg: 1, scope: !4068, file: !4069, line: 4219, type: !4073)
!4068 = distinct !DISubprogram(name: "drop<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h748bfb58ca3f13f8E", scope: !4070, file: !4069, line: 4219, type: !4071, scopeLine: 4219, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !208, retainedNodes: !4074)
!4069 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!4070 = !DINamespace(name: "{impl#26}", scope: !163)
!4071 = !DISubroutineType(types: !4072)
!4072 = !{null, !4073}
!4073 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !162, size: 64, align: 64, dwarfAddressSpace: 0)
!4074 = !{!4067}
!4075 = !DILocation(line: 0, scope: !4068, inlinedAt: !4076)
!4076 = distinct !DILocation(line: 805, column: 1, scope: !4057)
!4077 = !{!4078}
!4078 = distinct !{!4078, !4079, !"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h9a0b3cf2eb098f52E: %_1.0"}
!4079 = distinct !{!4079, !"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h9a0b3cf2eb098f52E"}
!4080 = !DILocation(line: 4224, column: 13, scope: !4068, inlinedAt: !4076)
!4081 = !DILocalVariable(arg: 1, scope: !4082, file: !1507, line: 805, type: !4085)
!4082 = distinct !DISubprogram(name: "drop_in_place<[alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>]>", linkageName: "_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h9a0b3cf2eb098f52E", scope: !68, file: !1507, line: 805, type: !4083, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !196, retainedNodes: !4090)
!4083 = !DISubroutineType(types: !4084)
!4084 = !{null, !4085}
!4085 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut [alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>]", file: !2, size: 128, align: 64, elements: !4086, templateParams: !23, identifier: "fe849fee27c5fbbee2daac71f111f835")
!4086 = !{!4087, !4089}
!4087 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !4085, file: !2, baseType: !4088, size: 64, align: 64)
!4088 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !198, size: 64, align: 64, dwarfAddressSpace: 0)
!4089 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !4085, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!4090 = !{!4081}
!4091 = !DILocation(line: 0, scope: !4082, inlinedAt: !4092)
!4092 = distinct !DILocation(line: 4224, column: 13, scope: !4068, inlinedAt: !4076)
!4093 = !DILocation(line: 805, column: 1, scope: !4082, inlinedAt: !4092)
!4094 = !{i64 8}
!4095 = !DILocation(line: 0, scope: !3808, inlinedAt: !4096)
!4096 = distinct !DILocation(line: 805, column: 1, scope: !4082, inlinedAt: !4092)
!4097 = !DILocation(line: 805, column: 1, scope: !3808, inlinedAt: !4096)
!4098 = !DILocation(line: 0, scope: !3817, inlinedAt: !4099)
!4099 = distinct !DILocation(line: 805, column: 1, scope: !3808, inlinedAt: !4096)
!4100 = !DILocation(line: 0, scope: !3823, inlinedAt: !4099)
!4101 = !DILocation(line: 0, scope: !3845, inlinedAt: !4102)
!4102 = distinct !DILocation(line: 1919, column: 26, scope: !3823, inlinedAt: !4099)
!4103 = !DILocation(line: 0, scope: !3856, inlinedAt: !4104)
!4104 = distinct !DILocation(line: 255, column: 43, scope: !3845, inlinedAt: !4102)
!4105 = !DILocation(line: 0, scope: !3863, inlinedAt: !4106)
!4106 = distinct !DILocation(line: 255, column: 68, scope: !3845, inlinedAt: !4102)
!4107 = !DILocation(line: 0, scope: !3873, inlinedAt: !4108)
!4108 = distinct !DILocation(line: 125, column: 30, scope: !3863, inlinedAt: !4106)
!4109 = !DILocation(line: 429, column: 14, scope: !3856, inlinedAt: !4104)
!4110 = !DILocation(line: 0, scope: !3839, inlinedAt: !4099)
!4111 = !DILocation(line: 1920, column: 16, scope: !3839, inlinedAt: !4099)
!4112 = !DILocation(line: 568, column: 14, scope: !3873, inlinedAt: !4108)
!4113 = !DILocation(line: 0, scope: !1601, inlinedAt: !4114)
!4114 = distinct !DILocation(line: 1921, column: 24, scope: !3839, inlinedAt: !4099)
!4115 = !DILocation(line: 0, scope: !1610, inlinedAt: !4116)
!4116 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4114)
!4117 = !DILocation(line: 0, scope: !1618, inlinedAt: !4118)
!4118 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4116)
!4119 = !DILocation(line: 0, scope: !1627, inlinedAt: !4120)
!4120 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4118)
!4121 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4120)
!4122 = !DILocation(line: 1920, column: 13, scope: !3839, inlinedAt: !4099)
!4123 = !DILocation(line: 0, scope: !3817, inlinedAt: !4124)
!4124 = distinct !DILocation(line: 805, column: 1, scope: !3808, inlinedAt: !4096)
!4125 = !DILocation(line: 0, scope: !3823, inlinedAt: !4124)
!4126 = !DILocation(line: 0, scope: !3845, inlinedAt: !4127)
!4127 = distinct !DILocation(line: 1919, column: 26, scope: !3823, inlinedAt: !4124)
!4128 = !DILocation(line: 0, scope: !3856, inlinedAt: !4129)
!4129 = distinct !DILocation(line: 255, column: 43, scope: !3845, inlinedAt: !4127)
!4130 = !DILocation(line: 0, scope: !3863, inlinedAt: !4131)
!4131 = distinct !DILocation(line: 255, column: 68, scope: !3845, inlinedAt: !4127)
!4132 = !DILocation(line: 0, scope: !3873, inlinedAt: !4133)
!4133 = distinct !DILocation(line: 125, column: 30, scope: !3863, inlinedAt: !4131)
!4134 = !DILocation(line: 429, column: 14, scope: !3856, inlinedAt: !4129)
!4135 = !DILocation(line: 0, scope: !3839, inlinedAt: !4124)
!4136 = !DILocation(line: 1920, column: 16, scope: !3839, inlinedAt: !4124)
!4137 = !DILocation(line: 568, column: 14, scope: !3873, inlinedAt: !4133)
!4138 = !DILocation(line: 0, scope: !1601, inlinedAt: !4139)
!4139 = distinct !DILocation(line: 1921, column: 24, scope: !3839, inlinedAt: !4124)
!4140 = !DILocation(line: 0, scope: !1610, inlinedAt: !4141)
!4141 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4139)
!4142 = !DILocation(line: 0, scope: !1618, inlinedAt: !4143)
!4143 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4141)
!4144 = !DILocation(line: 0, scope: !1627, inlinedAt: !4145)
!4145 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4143)
!4146 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4145)
!4147 = !DILocation(line: 1920, column: 13, scope: !3839, inlinedAt: !4124)
!4148 = !DILocalVariable(arg: 1, scope: !4149, file: !1507, line: 805, type: !4152)
!4149 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h3234166f21b58597E", scope: !68, file: !1507, line: 805, type: !4150, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4154, retainedNodes: !4153)
!4150 = !DISubroutineType(types: !4151)
!4151 = !{null, !4152}
!4152 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !166, size: 64, align: 64, dwarfAddressSpace: 0)
!4153 = !{!4148}
!4154 = !{!4155}
!4155 = !DITemplateTypeParameter(name: "T", type: !166)
!4156 = !DILocation(line: 0, scope: !4149, inlinedAt: !4157)
!4157 = distinct !DILocation(line: 805, column: 1, scope: !4057)
!4158 = !DILocalVariable(name: "self", arg: 1, scope: !4159, file: !1546, line: 421, type: !4162)
!4159 = distinct !DISubprogram(name: "drop<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h06b3e59d16b8e8abE", scope: !1547, file: !1546, line: 421, type: !4160, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !208, retainedNodes: !4163)
!4160 = !DISubroutineType(types: !4161)
!4161 = !{null, !4162}
!4162 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !166, size: 64, align: 64, dwarfAddressSpace: 0)
!4163 = !{!4158}
!4164 = !DILocation(line: 0, scope: !4159, inlinedAt: !4165)
!4165 = distinct !DILocation(line: 805, column: 1, scope: !4149, inlinedAt: !4157)
!4166 = !DILocation(line: 0, scope: !1555, inlinedAt: !4167)
!4167 = distinct !DILocation(line: 423, column: 29, scope: !4159, inlinedAt: !4165)
!4168 = !DILocation(line: 0, scope: !1568, inlinedAt: !4169)
!4169 = distinct !DILocation(line: 872, column: 52, scope: !1563, inlinedAt: !4167)
!4170 = !DILocalVariable(name: "self", arg: 1, scope: !4171, file: !1735, line: 1220, type: !9)
!4171 = distinct !DISubprogram(name: "unchecked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_mul", scope: !1736, file: !1735, line: 1220, type: !4172, scopeLine: 1220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !4174)
!4172 = !DISubroutineType(types: !4173)
!4173 = !{!9, !9, !9, !1118}
!4174 = !{!4170, !4175}
!4175 = !DILocalVariable(name: "rhs", arg: 2, scope: !4171, file: !1735, line: 1220, type: !9)
!4176 = !DILocation(line: 0, scope: !4171, inlinedAt: !4177)
!4177 = distinct !DILocation(line: 640, column: 53, scope: !1568, inlinedAt: !4169)
!4178 = !DILocation(line: 632, column: 39, scope: !1568, inlinedAt: !4169)
!4179 = !DILocation(line: 1232, column: 17, scope: !4171, inlinedAt: !4177)
!4180 = !DILocation(line: 0, scope: !1563, inlinedAt: !4167)
!4181 = !DILocation(line: 0, scope: !1601, inlinedAt: !4182)
!4182 = distinct !DILocation(line: 874, column: 28, scope: !1563, inlinedAt: !4167)
!4183 = !DILocation(line: 0, scope: !1610, inlinedAt: !4184)
!4184 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4182)
!4185 = !DILocation(line: 0, scope: !1618, inlinedAt: !4186)
!4186 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4184)
!4187 = !DILocation(line: 0, scope: !1627, inlinedAt: !4188)
!4188 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4186)
!4189 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4188)
!4190 = !DILocation(line: 200, column: 9, scope: !1618, inlinedAt: !4186)
!4191 = !DILocation(line: 0, scope: !4149, inlinedAt: !4192)
!4192 = distinct !DILocation(line: 805, column: 1, scope: !4057)
!4193 = !DILocation(line: 0, scope: !4159, inlinedAt: !4194)
!4194 = distinct !DILocation(line: 805, column: 1, scope: !4149, inlinedAt: !4192)
!4195 = !DILocation(line: 0, scope: !1555, inlinedAt: !4196)
!4196 = distinct !DILocation(line: 423, column: 29, scope: !4159, inlinedAt: !4194)
!4197 = !DILocation(line: 0, scope: !1568, inlinedAt: !4198)
!4198 = distinct !DILocation(line: 872, column: 52, scope: !1563, inlinedAt: !4196)
!4199 = !DILocation(line: 0, scope: !4171, inlinedAt: !4200)
!4200 = distinct !DILocation(line: 640, column: 53, scope: !1568, inlinedAt: !4198)
!4201 = !DILocation(line: 632, column: 39, scope: !1568, inlinedAt: !4198)
!4202 = !DILocation(line: 1232, column: 17, scope: !4171, inlinedAt: !4200)
!4203 = !DILocation(line: 0, scope: !1563, inlinedAt: !4196)
!4204 = !DILocation(line: 0, scope: !1601, inlinedAt: !4205)
!4205 = distinct !DILocation(line: 874, column: 28, scope: !1563, inlinedAt: !4196)
!4206 = !DILocation(line: 0, scope: !1610, inlinedAt: !4207)
!4207 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4205)
!4208 = !DILocation(line: 0, scope: !1618, inlinedAt: !4209)
!4209 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4207)
!4210 = !DILocation(line: 0, scope: !1627, inlinedAt: !4211)
!4211 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4209)
!4212 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4211)
!4213 = !DILocation(line: 200, column: 9, scope: !1618, inlinedAt: !4209)
!4214 = distinct !DISubprogram(name: "drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>>", linkageName: "_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E", scope: !68, file: !1507, line: 805, type: !4215, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4220, retainedNodes: !4218)
!4215 = !DISubroutineType(types: !4216)
!4216 = !{null, !4217}
!4217 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !366, size: 64, align: 64, dwarfAddressSpace: 0)
!4218 = !{!4219}
!4219 = !DILocalVariable(arg: 1, scope: !4214, file: !1507, line: 805, type: !4217)
!4220 = !{!4221}
!4221 = !DITemplateTypeParameter(name: "T", type: !366)
!4222 = !DILocation(line: 0, scope: !4214)
!4223 = !{!4224}
!4224 = distinct !{!4224, !4225, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E: %_1"}
!4225 = distinct !{!4225, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E"}
!4226 = !DILocation(line: 805, column: 1, scope: !4214)
!4227 = !DILocation(line: 0, scope: !3548, inlinedAt: !4228)
!4228 = distinct !DILocation(line: 805, column: 1, scope: !4214)
!4229 = !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !4228)
!4230 = !DILocation(line: 0, scope: !3556, inlinedAt: !4231)
!4231 = distinct !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !4228)
!4232 = !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !4231)
!4233 = !DILocation(line: 0, scope: !3565, inlinedAt: !4234)
!4234 = distinct !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !4231)
!4235 = !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !4234)
!4236 = !{!4237, !4224}
!4237 = distinct !{!4237, !4238, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E: %_1"}
!4238 = distinct !{!4238, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"}
!4239 = !DILocation(line: 0, scope: !3577, inlinedAt: !4240)
!4240 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !4234)
!4241 = !DILocation(line: 0, scope: !3584, inlinedAt: !4240)
!4242 = !DILocation(line: 0, scope: !3606, inlinedAt: !4243)
!4243 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !4240)
!4244 = !DILocation(line: 0, scope: !3618, inlinedAt: !4245)
!4245 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !4243)
!4246 = !DILocation(line: 0, scope: !3625, inlinedAt: !4247)
!4247 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !4243)
!4248 = !DILocation(line: 0, scope: !3636, inlinedAt: !4249)
!4249 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !4247)
!4250 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !4245)
!4251 = !DILocation(line: 0, scope: !3600, inlinedAt: !4240)
!4252 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !4240)
!4253 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !4249)
!4254 = !DILocation(line: 0, scope: !1601, inlinedAt: !4255)
!4255 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !4240)
!4256 = !DILocation(line: 0, scope: !1610, inlinedAt: !4257)
!4257 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4255)
!4258 = !DILocation(line: 0, scope: !1618, inlinedAt: !4259)
!4259 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4257)
!4260 = !DILocation(line: 0, scope: !1627, inlinedAt: !4261)
!4261 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4259)
!4262 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4261)
!4263 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !4240)
!4264 = !DILocation(line: 0, scope: !3577, inlinedAt: !4265)
!4265 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !4234)
!4266 = !DILocation(line: 0, scope: !3584, inlinedAt: !4265)
!4267 = !DILocation(line: 0, scope: !3606, inlinedAt: !4268)
!4268 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !4265)
!4269 = !DILocation(line: 0, scope: !3618, inlinedAt: !4270)
!4270 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !4268)
!4271 = !DILocation(line: 0, scope: !3625, inlinedAt: !4272)
!4272 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !4268)
!4273 = !DILocation(line: 0, scope: !3636, inlinedAt: !4274)
!4274 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !4272)
!4275 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !4270)
!4276 = !DILocation(line: 0, scope: !3600, inlinedAt: !4265)
!4277 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !4265)
!4278 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !4274)
!4279 = !DILocation(line: 0, scope: !1601, inlinedAt: !4280)
!4280 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !4265)
!4281 = !DILocation(line: 0, scope: !1610, inlinedAt: !4282)
!4282 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4280)
!4283 = !DILocation(line: 0, scope: !1618, inlinedAt: !4284)
!4284 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4282)
!4285 = !DILocation(line: 0, scope: !1627, inlinedAt: !4286)
!4286 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4284)
!4287 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4286)
!4288 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !4265)
!4289 = distinct !DISubprogram(name: "drop_in_place<std::io::error::Error>", linkageName: "_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17ha0cddcdf4f650811E", scope: !68, file: !1507, line: 805, type: !4290, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4295, retainedNodes: !4293)
!4290 = !DISubroutineType(types: !4291)
!4291 = !{null, !4292}
!4292 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::Error", baseType: !442, size: 64, align: 64, dwarfAddressSpace: 0)
!4293 = !{!4294}
!4294 = !DILocalVariable(arg: 1, scope: !4289, file: !1507, line: 805, type: !4292)
!4295 = !{!4296}
!4296 = !DITemplateTypeParameter(name: "T", type: !442)
!4297 = !DILocation(line: 0, scope: !4289)
!4298 = !DILocation(line: 805, column: 1, scope: !4289)
!4299 = !DILocalVariable(arg: 1, scope: !4300, file: !1507, line: 805, type: !4303)
!4300 = distinct !DISubprogram(name: "drop_in_place<std::io::error::repr_bitpacked::Repr>", linkageName: "_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17h70753410869f463fE", scope: !68, file: !1507, line: 805, type: !4301, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4305, retainedNodes: !4304)
!4301 = !DISubroutineType(types: !4302)
!4302 = !{null, !4303}
!4303 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::repr_bitpacked::Repr", baseType: !447, size: 64, align: 64, dwarfAddressSpace: 0)
!4304 = !{!4299}
!4305 = !{!4306}
!4306 = !DITemplateTypeParameter(name: "T", type: !447)
!4307 = !DILocation(line: 0, scope: !4300, inlinedAt: !4308)
!4308 = distinct !DILocation(line: 805, column: 1, scope: !4289)
!4309 = !DILocalVariable(name: "self", arg: 1, scope: !4310, file: !2993, line: 230, type: !4314)
!4310 = distinct !DISubprogram(name: "drop", linkageName: "_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4ReprNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop", scope: !4311, file: !2993, line: 230, type: !4312, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, retainedNodes: !4315)
!4311 = !DINamespace(name: "{impl#3}", scope: !448)
!4312 = !DISubroutineType(types: !4313)
!4313 = !{null, !4314}
!4314 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::io::error::repr_bitpacked::Repr", baseType: !447, size: 64, align: 64, dwarfAddressSpace: 0)
!4315 = !{!4309}
!4316 = !DILocation(line: 0, scope: !4310, inlinedAt: !4317)
!4317 = distinct !DILocation(line: 805, column: 1, scope: !4300, inlinedAt: !4308)
!4318 = !DILocalVariable(name: "ptr", arg: 1, scope: !4319, file: !2993, line: 244, type: !451)
!4319 = distinct !DISubprogram(name: "decode_repr<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>", linkageName: "_ZN3std2io5error14repr_bitpacked11decode_repr17hf13dc0a483ebe24cE", scope: !448, file: !2993, line: 244, type: !4320, scopeLine: 244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4336, retainedNodes: !4324)
!4320 = !DISubroutineType(types: !4321)
!4321 = !{!458, !451, !4322}
!4322 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !4323, file: !2, align: 8, elements: !23, identifier: "314169df718c082536f851d87fa6c097")
!4323 = !DINamespace(name: "drop", scope: !4311)
!4324 = !{!4318, !4325, !4326, !4328, !4330, !4332, !4334}
!4325 = !DILocalVariable(name: "make_custom", arg: 2, scope: !4319, file: !2993, line: 244, type: !4322)
!4326 = !DILocalVariable(name: "bits", scope: !4327, file: !2993, line: 248, type: !9, align: 64)
!4327 = distinct !DILexicalBlock(scope: !4319, file: !2993, line: 248, column: 5)
!4328 = !DILocalVariable(name: "code", scope: !4329, file: !2993, line: 251, type: !466, align: 32)
!4329 = distinct !DILexicalBlock(scope: !4327, file: !2993, line: 251, column: 13)
!4330 = !DILocalVariable(name: "kind_bits", scope: !4331, file: !2993, line: 255, type: !336, align: 32)
!4331 = distinct !DILexicalBlock(scope: !4327, file: !2993, line: 255, column: 13)
!4332 = !DILocalVariable(name: "kind", scope: !4333, file: !2993, line: 256, type: !473, align: 8)
!4333 = distinct !DILexicalBlock(scope: !4331, file: !2993, line: 256, column: 13)
!4334 = !DILocalVariable(name: "custom", scope: !4335, file: !2993, line: 276, type: !3043, align: 64)
!4335 = distinct !DILexicalBlock(scope: !4327, file: !2993, line: 276, column: 13)
!4336 = !{!468, !4337}
!4337 = !DITemplateTypeParameter(name: "F", type: !4322)
!4338 = !DILocation(line: 0, scope: !4319, inlinedAt: !4339)
!4339 = distinct !DILocation(line: 234, column: 21, scope: !4310, inlinedAt: !4317)
!4340 = !DILocation(line: 244, column: 47, scope: !4319, inlinedAt: !4339)
!4341 = !DILocalVariable(name: "count", scope: !4342, file: !3051, line: 1244, type: !9, align: 64)
!4342 = distinct !DISubprogram(name: "wrapping_byte_sub<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$17wrapping_byte_sub17h2d5fe8d126042108E", scope: !3052, file: !3051, line: 1244, type: !3054, scopeLine: 1244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !4343)
!4343 = !{!4344, !4341}
!4344 = !DILocalVariable(name: "self", arg: 1, scope: !4342, file: !3051, line: 1244, type: !3056)
!4345 = !DILocation(line: 0, scope: !4342, inlinedAt: !4346)
!4346 = distinct !DILocation(line: 276, column: 39, scope: !4327, inlinedAt: !4339)
!4347 = !DILocalVariable(name: "count", scope: !4348, file: !3051, line: 1224, type: !9, align: 64)
!4348 = distinct !DISubprogram(name: "wrapping_sub<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$12wrapping_sub17h272cac29c6a51f48E", scope: !3052, file: !3051, line: 1224, type: !3063, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !182, retainedNodes: !4349)
!4349 = !{!4350, !4347}
!4350 = !DILocalVariable(name: "self", arg: 1, scope: !4348, file: !3051, line: 1224, type: !905)
!4351 = !DILocation(line: 0, scope: !4348, inlinedAt: !4352)
!4352 = distinct !DILocation(line: 1245, column: 27, scope: !4342, inlinedAt: !4346)
!4353 = !DILocalVariable(name: "count", scope: !4354, file: !3051, line: 465, type: !3073, align: 64)
!4354 = distinct !DISubprogram(name: "wrapping_offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$15wrapping_offset17hac4c10d771714ba0E", scope: !3052, file: !3051, line: 465, type: !3071, scopeLine: 465, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !182, retainedNodes: !4355)
!4355 = !{!4356, !4353}
!4356 = !DILocalVariable(name: "self", arg: 1, scope: !4354, file: !3051, line: 465, type: !905)
!4357 = !DILocation(line: 0, scope: !4354, inlinedAt: !4358)
!4358 = distinct !DILocation(line: 1228, column: 14, scope: !4348, inlinedAt: !4352)
!4359 = !DILocalVariable(name: "self", arg: 1, scope: !4360, file: !3051, line: 144, type: !3056)
!4360 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$4addr17hec9913b475e9318fE", scope: !3052, file: !3051, line: 144, type: !4361, scopeLine: 144, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !4363)
!4361 = !DISubroutineType(types: !4362)
!4362 = !{!9, !3056}
!4363 = !{!4359}
!4364 = !DILocation(line: 0, scope: !4360, inlinedAt: !4365)
!4365 = distinct !DILocation(line: 248, column: 29, scope: !4319, inlinedAt: !4339)
!4366 = !DILocation(line: 150, column: 18, scope: !4360, inlinedAt: !4365)
!4367 = !DILocation(line: 0, scope: !4327, inlinedAt: !4339)
!4368 = !DILocation(line: 249, column: 11, scope: !4327, inlinedAt: !4339)
!4369 = !DILocation(line: 249, column: 5, scope: !4327, inlinedAt: !4339)
!4370 = !DILocation(line: 0, scope: !4331, inlinedAt: !4339)
!4371 = !DILocalVariable(name: "self", arg: 1, scope: !4372, file: !1114, line: 1061, type: !3111)
!4372 = distinct !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h0d6eea288c198585E", scope: !3111, file: !1114, line: 1061, type: !4373, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4379, declaration: !4378, retainedNodes: !4381)
!4373 = !DISubroutineType(types: !4374)
!4374 = !{!473, !3111, !4375, !1118}
!4375 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>", scope: !3127, file: !2, size: 64, align: 64, elements: !4376, templateParams: !23, identifier: "d60917ee853a876041acadc572b8e29b")
!4376 = !{!4377}
!4377 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__bits", scope: !4375, file: !2, baseType: !3130, size: 64, align: 64)
!4378 = !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h0d6eea288c198585E", scope: !3111, file: !1114, line: 1061, type: !4373, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4379)
!4379 = !{!3118, !4380}
!4380 = !DITemplateTypeParameter(name: "F", type: !4375)
!4381 = !{!4371, !4382, !4383}
!4382 = !DILocalVariable(name: "f", scope: !4372, file: !1114, line: 1061, type: !4375, align: 64)
!4383 = !DILocalVariable(name: "x", scope: !4384, file: !1114, line: 1066, type: !473, align: 8)
!4384 = distinct !DILexicalBlock(scope: !4372, file: !1114, line: 1066, column: 13)
!4385 = !DILocation(line: 0, scope: !4372, inlinedAt: !4386)
!4386 = distinct !DILocation(line: 256, column: 50, scope: !4331, inlinedAt: !4339)
!4387 = !DILocation(line: 1061, column: 42, scope: !4372, inlinedAt: !4386)
!4388 = !DILocation(line: 1065, column: 15, scope: !4372, inlinedAt: !4386)
!4389 = !DILocation(line: 1065, column: 9, scope: !4372, inlinedAt: !4386)
!4390 = !DILocation(line: 267, column: 9, scope: !4327, inlinedAt: !4339)
!4391 = !DILocation(line: 470, column: 18, scope: !4354, inlinedAt: !4358)
!4392 = !DILocalVariable(arg: 1, scope: !4393, file: !1507, line: 805, type: !4396)
!4393 = distinct !DISubprogram(name: "drop_in_place<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr101drop_in_place$LT$std..io..error..ErrorData$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$$GT$17h9078b18df4bec54fE", scope: !68, file: !1507, line: 805, type: !4394, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !456, retainedNodes: !4397)
!4394 = !DISubroutineType(types: !4395)
!4395 = !{null, !4396}
!4396 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", baseType: !458, size: 64, align: 64, dwarfAddressSpace: 0)
!4397 = !{!4392}
!4398 = !DILocation(line: 0, scope: !4393, inlinedAt: !4399)
!4399 = distinct !DILocation(line: 234, column: 72, scope: !4310, inlinedAt: !4317)
!4400 = !DILocalVariable(arg: 1, scope: !4401, file: !1507, line: 805, type: !4404)
!4401 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17h24380e7463a17845E", scope: !68, file: !1507, line: 805, type: !4402, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4406, retainedNodes: !4405)
!4402 = !DISubroutineType(types: !4403)
!4403 = !{null, !4404}
!4404 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !469, size: 64, align: 64, dwarfAddressSpace: 0)
!4405 = !{!4400}
!4406 = !{!4407}
!4407 = !DITemplateTypeParameter(name: "T", type: !469)
!4408 = !DILocation(line: 0, scope: !4401, inlinedAt: !4409)
!4409 = distinct !DILocation(line: 805, column: 1, scope: !4393, inlinedAt: !4399)
!4410 = !DILocation(line: 805, column: 1, scope: !4401, inlinedAt: !4409)
!4411 = !DILocalVariable(arg: 1, scope: !4412, file: !1507, line: 805, type: !3043)
!4412 = distinct !DISubprogram(name: "drop_in_place<std::io::error::Custom>", linkageName: "_ZN4core3ptr43drop_in_place$LT$std..io..error..Custom$GT$17hd16082ae281e336fE", scope: !68, file: !1507, line: 805, type: !4413, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4416, retainedNodes: !4415)
!4413 = !DISubroutineType(types: !4414)
!4414 = !{null, !3043}
!4415 = !{!4411}
!4416 = !{!4417}
!4417 = !DITemplateTypeParameter(name: "T", type: !470)
!4418 = !DILocation(line: 0, scope: !4412, inlinedAt: !4419)
!4419 = distinct !DILocation(line: 805, column: 1, scope: !4401, inlinedAt: !4409)
!4420 = !DILocalVariable(arg: 1, scope: !4421, file: !1507, line: 805, type: !4424)
!4421 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr118drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..error..Error$u2b$core..marker..Sync$u2b$core..marker..Send$GT$$GT$17h363aee9fd2341201E", scope: !68, file: !1507, line: 805, type: !4422, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4426, retainedNodes: !4425)
!4422 = !DISubroutineType(types: !4423)
!4423 = !{null, !4424}
!4424 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", baseType: !518, size: 64, align: 64, dwarfAddressSpace: 0)
!4425 = !{!4420}
!4426 = !{!4427}
!4427 = !DITemplateTypeParameter(name: "T", type: !518)
!4428 = !DILocation(line: 0, scope: !4421, inlinedAt: !4429)
!4429 = distinct !DILocation(line: 805, column: 1, scope: !4412, inlinedAt: !4419)
!4430 = !DILocation(line: 805, column: 1, scope: !4421, inlinedAt: !4429)
!4431 = !DILocalVariable(name: "self", arg: 1, scope: !4432, file: !890, line: 1913, type: !4435)
!4432 = distinct !DISubprogram(name: "drop<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1e562e30940ac53fE", scope: !3578, file: !890, line: 1913, type: !4433, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4455, retainedNodes: !4436)
!4433 = !DISubroutineType(types: !4434)
!4434 = !{null, !4435}
!4435 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", baseType: !518, size: 64, align: 64, dwarfAddressSpace: 0)
!4436 = !{!4431, !4437, !4437, !4453}
!4437 = !DILocalVariable(name: "ptr", scope: !4438, file: !890, line: 1916, type: !4439, align: 64)
!4438 = distinct !DILexicalBlock(scope: !4432, file: !890, line: 1916, column: 9)
!4439 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !174, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4440, templateParams: !4449, identifier: "c75dfb3328e50b02baa35712fc26e5d5")
!4440 = !{!4441, !4451}
!4441 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4439, file: !2, baseType: !4442, size: 128, align: 64, flags: DIFlagPrivate)
!4442 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4443, templateParams: !4449, identifier: "1702f4861b193fdb272a4e9f7186362a")
!4443 = !{!4444}
!4444 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4442, file: !2, baseType: !4445, size: 128, align: 64, flags: DIFlagPrivate)
!4445 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::error::Error + core::marker::Send + core::marker::Sync)", file: !2, size: 128, align: 64, elements: !4446, templateParams: !23, identifier: "1c7ce11c7517d39a58278ef010046c40")
!4446 = !{!4447, !4448}
!4447 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4445, file: !2, baseType: !521, size: 64, align: 64)
!4448 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !4445, file: !2, baseType: !524, size: 64, align: 64, offset: 64)
!4449 = !{!4450}
!4450 = !DITemplateTypeParameter(name: "T", type: !522)
!4451 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !4439, file: !2, baseType: !4452, align: 8, offset: 128, flags: DIFlagPrivate)
!4452 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !4449, identifier: "f0926be65b7b9355f7fa9e3fa007e214")
!4453 = !DILocalVariable(name: "layout", scope: !4454, file: !890, line: 1919, type: !906, align: 64)
!4454 = distinct !DILexicalBlock(scope: !4438, file: !890, line: 1919, column: 13)
!4455 = !{!4450, !99}
!4456 = !DILocation(line: 0, scope: !4432, inlinedAt: !4457)
!4457 = distinct !DILocation(line: 805, column: 1, scope: !4421, inlinedAt: !4429)
!4458 = !DILocation(line: 0, scope: !4438, inlinedAt: !4457)
!4459 = !DILocalVariable(name: "t", arg: 1, scope: !4460, file: !3607, line: 253, type: !4445)
!4460 = distinct !DISubprogram(name: "for_value_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hb3fffa6789394266E", scope: !906, file: !3607, line: 253, type: !4461, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4449, declaration: !4463, retainedNodes: !4464)
!4461 = !DISubroutineType(types: !4462)
!4462 = !{!906, !4445}
!4463 = !DISubprogram(name: "for_value_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hb3fffa6789394266E", scope: !906, file: !3607, line: 253, type: !4461, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4449)
!4464 = !{!4459, !4465, !4467}
!4465 = !DILocalVariable(name: "size", scope: !4466, file: !3607, line: 255, type: !9, align: 64)
!4466 = distinct !DILexicalBlock(scope: !4460, file: !3607, line: 255, column: 9)
!4467 = !DILocalVariable(name: "alignment", scope: !4466, file: !3607, line: 255, type: !912, align: 64)
!4468 = !DILocation(line: 0, scope: !4460, inlinedAt: !4469)
!4469 = distinct !DILocation(line: 1919, column: 26, scope: !4438, inlinedAt: !4457)
!4470 = !DILocalVariable(name: "val", arg: 1, scope: !4471, file: !2670, line: 427, type: !4445)
!4471 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3mem15size_of_val_raw17hb550492d42e0218eE", scope: !43, file: !2670, line: 427, type: !4472, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4449, retainedNodes: !4474)
!4472 = !DISubroutineType(types: !4473)
!4473 = !{!9, !4445}
!4474 = !{!4470}
!4475 = !DILocation(line: 0, scope: !4471, inlinedAt: !4476)
!4476 = distinct !DILocation(line: 255, column: 43, scope: !4460, inlinedAt: !4469)
!4477 = !DILocalVariable(name: "val", arg: 1, scope: !4478, file: !3626, line: 123, type: !4445)
!4478 = distinct !DISubprogram(name: "of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17haf8bdabb1a8a34f7E", scope: !912, file: !3626, line: 123, type: !4479, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4449, declaration: !4481, retainedNodes: !4482)
!4479 = !DISubroutineType(types: !4480)
!4480 = !{!912, !4445}
!4481 = !DISubprogram(name: "of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17haf8bdabb1a8a34f7E", scope: !912, file: !3626, line: 123, type: !4479, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4449)
!4482 = !{!4477, !4483}
!4483 = !DILocalVariable(name: "align", scope: !4484, file: !3626, line: 125, type: !9, align: 64)
!4484 = distinct !DILexicalBlock(scope: !4478, file: !3626, line: 125, column: 9)
!4485 = !DILocation(line: 0, scope: !4478, inlinedAt: !4486)
!4486 = distinct !DILocation(line: 255, column: 68, scope: !4460, inlinedAt: !4469)
!4487 = !DILocalVariable(name: "val", arg: 1, scope: !4488, file: !2670, line: 566, type: !4445)
!4488 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3mem16align_of_val_raw17h50d94166c5cf4d81E", scope: !43, file: !2670, line: 566, type: !4472, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4449, retainedNodes: !4489)
!4489 = !{!4487}
!4490 = !DILocation(line: 0, scope: !4488, inlinedAt: !4491)
!4491 = distinct !DILocation(line: 125, column: 30, scope: !4478, inlinedAt: !4486)
!4492 = !DILocation(line: 429, column: 14, scope: !4471, inlinedAt: !4476)
!4493 = !DILocation(line: 0, scope: !4454, inlinedAt: !4457)
!4494 = !DILocation(line: 1920, column: 16, scope: !4454, inlinedAt: !4457)
!4495 = !DILocation(line: 568, column: 14, scope: !4488, inlinedAt: !4491)
!4496 = !DILocation(line: 0, scope: !1601, inlinedAt: !4497)
!4497 = distinct !DILocation(line: 1921, column: 24, scope: !4454, inlinedAt: !4457)
!4498 = !DILocation(line: 0, scope: !1610, inlinedAt: !4499)
!4499 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4497)
!4500 = !DILocation(line: 0, scope: !1618, inlinedAt: !4501)
!4501 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4499)
!4502 = !DILocation(line: 0, scope: !1627, inlinedAt: !4503)
!4503 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4501)
!4504 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4503)
!4505 = !DILocation(line: 1920, column: 13, scope: !4454, inlinedAt: !4457)
!4506 = !DILocation(line: 0, scope: !4432, inlinedAt: !4507)
!4507 = distinct !DILocation(line: 805, column: 1, scope: !4421, inlinedAt: !4429)
!4508 = !DILocation(line: 0, scope: !4438, inlinedAt: !4507)
!4509 = !DILocation(line: 0, scope: !4460, inlinedAt: !4510)
!4510 = distinct !DILocation(line: 1919, column: 26, scope: !4438, inlinedAt: !4507)
!4511 = !DILocation(line: 0, scope: !4471, inlinedAt: !4512)
!4512 = distinct !DILocation(line: 255, column: 43, scope: !4460, inlinedAt: !4510)
!4513 = !DILocation(line: 0, scope: !4478, inlinedAt: !4514)
!4514 = distinct !DILocation(line: 255, column: 68, scope: !4460, inlinedAt: !4510)
!4515 = !DILocation(line: 0, scope: !4488, inlinedAt: !4516)
!4516 = distinct !DILocation(line: 125, column: 30, scope: !4478, inlinedAt: !4514)
!4517 = !DILocation(line: 429, column: 14, scope: !4471, inlinedAt: !4512)
!4518 = !DILocation(line: 0, scope: !4454, inlinedAt: !4507)
!4519 = !DILocation(line: 1920, column: 16, scope: !4454, inlinedAt: !4507)
!4520 = !DILocation(line: 568, column: 14, scope: !4488, inlinedAt: !4516)
!4521 = !DILocation(line: 0, scope: !1601, inlinedAt: !4522)
!4522 = distinct !DILocation(line: 1921, column: 24, scope: !4454, inlinedAt: !4507)
!4523 = !DILocation(line: 0, scope: !1610, inlinedAt: !4524)
!4524 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4522)
!4525 = !DILocation(line: 0, scope: !1618, inlinedAt: !4526)
!4526 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4524)
!4527 = !DILocation(line: 0, scope: !1627, inlinedAt: !4528)
!4528 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4526)
!4529 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4528)
!4530 = !DILocation(line: 1920, column: 13, scope: !4454, inlinedAt: !4507)
!4531 = !DILocalVariable(name: "self", arg: 1, scope: !4532, file: !890, line: 1913, type: !4535)
!4532 = distinct !DISubprogram(name: "drop<std::io::error::Custom, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h6cd2c0d88495a0a2E", scope: !3578, file: !890, line: 1913, type: !4533, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4550, retainedNodes: !4536)
!4533 = !DISubroutineType(types: !4534)
!4534 = !{null, !4535}
!4535 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !469, size: 64, align: 64, dwarfAddressSpace: 0)
!4536 = !{!4531, !4537, !4537, !4548}
!4537 = !DILocalVariable(name: "ptr", scope: !4538, file: !890, line: 1916, type: !4539, align: 64)
!4538 = distinct !DILexicalBlock(scope: !4532, file: !890, line: 1916, column: 9)
!4539 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<std::io::error::Custom>", scope: !174, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4540, templateParams: !4416, identifier: "2a6dc4f46575480727e2e2fcd7184dbd")
!4540 = !{!4541, !4546}
!4541 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4539, file: !2, baseType: !4542, size: 64, align: 64, flags: DIFlagPrivate)
!4542 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<std::io::error::Custom>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4543, templateParams: !4416, identifier: "27b44cab5b1d1849304c6ddb3fb66302")
!4543 = !{!4544}
!4544 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4542, file: !2, baseType: !4545, size: 64, align: 64, flags: DIFlagPrivate)
!4545 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const std::io::error::Custom", baseType: !470, size: 64, align: 64, dwarfAddressSpace: 0)
!4546 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !4539, file: !2, baseType: !4547, align: 8, offset: 64, flags: DIFlagPrivate)
!4547 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<std::io::error::Custom>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !4416, identifier: "73a1c622db2f419c5739f1d7f60ad822")
!4548 = !DILocalVariable(name: "layout", scope: !4549, file: !890, line: 1919, type: !906, align: 64)
!4549 = distinct !DILexicalBlock(scope: !4538, file: !890, line: 1919, column: 13)
!4550 = !{!4417, !99}
!4551 = !DILocation(line: 0, scope: !4532, inlinedAt: !4552)
!4552 = distinct !DILocation(line: 805, column: 1, scope: !4401, inlinedAt: !4409)
!4553 = !DILocation(line: 0, scope: !4549, inlinedAt: !4552)
!4554 = !DILocation(line: 0, scope: !4538, inlinedAt: !4552)
!4555 = !DILocation(line: 0, scope: !1601, inlinedAt: !4556)
!4556 = distinct !DILocation(line: 1921, column: 24, scope: !4549, inlinedAt: !4552)
!4557 = !DILocation(line: 0, scope: !1610, inlinedAt: !4558)
!4558 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4556)
!4559 = !DILocation(line: 0, scope: !1618, inlinedAt: !4560)
!4560 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4558)
!4561 = !DILocation(line: 0, scope: !1627, inlinedAt: !4562)
!4562 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4560)
!4563 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4562)
!4564 = !DILocation(line: 0, scope: !4532, inlinedAt: !4565)
!4565 = distinct !DILocation(line: 805, column: 1, scope: !4401, inlinedAt: !4409)
!4566 = !DILocation(line: 0, scope: !4549, inlinedAt: !4565)
!4567 = !DILocation(line: 0, scope: !4538, inlinedAt: !4565)
!4568 = !DILocation(line: 0, scope: !1601, inlinedAt: !4569)
!4569 = distinct !DILocation(line: 1921, column: 24, scope: !4549, inlinedAt: !4565)
!4570 = !DILocation(line: 0, scope: !1610, inlinedAt: !4571)
!4571 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4569)
!4572 = !DILocation(line: 0, scope: !1618, inlinedAt: !4573)
!4573 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4571)
!4574 = !DILocation(line: 0, scope: !1627, inlinedAt: !4575)
!4575 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4573)
!4576 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4575)
!4577 = !DILocation(line: 805, column: 1, scope: !4393, inlinedAt: !4399)
!4578 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::ThreadInit>", linkageName: "_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h916e29c4ffbd68faE", scope: !68, file: !1507, line: 805, type: !4579, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2151, retainedNodes: !4581)
!4579 = !DISubroutineType(types: !4580)
!4580 = !{null, !2150}
!4581 = !{!4582}
!4582 = !DILocalVariable(arg: 1, scope: !4578, file: !1507, line: 805, type: !2150)
!4583 = !DILocation(line: 0, scope: !4578)
!4584 = !{!4585}
!4585 = distinct !{!4585, !4586, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!4586 = distinct !{!4586, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!4587 = !DILocation(line: 805, column: 1, scope: !4578)
!4588 = !DILocation(line: 0, scope: !1900, inlinedAt: !4589)
!4589 = distinct !DILocation(line: 805, column: 1, scope: !4578)
!4590 = !{!4591}
!4591 = distinct !{!4591, !4592, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!4592 = distinct !{!4592, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!4593 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !4589)
!4594 = !DILocation(line: 0, scope: !1914, inlinedAt: !4595)
!4595 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !4589)
!4596 = !{!4597}
!4597 = distinct !{!4597, !4598, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!4598 = distinct !{!4598, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!4599 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !4595)
!4600 = !DILocation(line: 0, scope: !1928, inlinedAt: !4601)
!4601 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !4595)
!4602 = !{!4603}
!4603 = distinct !{!4603, !4604, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!4604 = distinct !{!4604, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!4605 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !4601)
!4606 = !DILocation(line: 0, scope: !1942, inlinedAt: !4607)
!4607 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !4601)
!4608 = !DILocation(line: 0, scope: !1951, inlinedAt: !4609)
!4609 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !4607)
!4610 = !DILocation(line: 0, scope: !1960, inlinedAt: !4611)
!4611 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !4607)
!4612 = !DILocation(line: 0, scope: !1968, inlinedAt: !4613)
!4613 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !4611)
!4614 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !4615)
!4615 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !4609)
!4616 = !{!4603, !4597, !4591, !4585}
!4617 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !4611)
!4618 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !4613)
!4619 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !4607)
!4620 = !DILocation(line: 0, scope: !1988, inlinedAt: !4621)
!4621 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !4607)
!4622 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !4621)
!4623 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !4607)
!4624 = !DILocation(line: 0, scope: !3808, inlinedAt: !4625)
!4625 = distinct !DILocation(line: 805, column: 1, scope: !4578)
!4626 = !DILocation(line: 805, column: 1, scope: !3808, inlinedAt: !4625)
!4627 = !DILocation(line: 0, scope: !3817, inlinedAt: !4628)
!4628 = distinct !DILocation(line: 805, column: 1, scope: !3808, inlinedAt: !4625)
!4629 = !DILocation(line: 0, scope: !3823, inlinedAt: !4628)
!4630 = !DILocation(line: 0, scope: !3845, inlinedAt: !4631)
!4631 = distinct !DILocation(line: 1919, column: 26, scope: !3823, inlinedAt: !4628)
!4632 = !DILocation(line: 0, scope: !3856, inlinedAt: !4633)
!4633 = distinct !DILocation(line: 255, column: 43, scope: !3845, inlinedAt: !4631)
!4634 = !DILocation(line: 0, scope: !3863, inlinedAt: !4635)
!4635 = distinct !DILocation(line: 255, column: 68, scope: !3845, inlinedAt: !4631)
!4636 = !DILocation(line: 0, scope: !3873, inlinedAt: !4637)
!4637 = distinct !DILocation(line: 125, column: 30, scope: !3863, inlinedAt: !4635)
!4638 = !DILocation(line: 429, column: 14, scope: !3856, inlinedAt: !4633)
!4639 = !DILocation(line: 0, scope: !3839, inlinedAt: !4628)
!4640 = !DILocation(line: 1920, column: 16, scope: !3839, inlinedAt: !4628)
!4641 = !DILocation(line: 568, column: 14, scope: !3873, inlinedAt: !4637)
!4642 = !DILocation(line: 0, scope: !1601, inlinedAt: !4643)
!4643 = distinct !DILocation(line: 1921, column: 24, scope: !3839, inlinedAt: !4628)
!4644 = !DILocation(line: 0, scope: !1610, inlinedAt: !4645)
!4645 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4643)
!4646 = !DILocation(line: 0, scope: !1618, inlinedAt: !4647)
!4647 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4645)
!4648 = !DILocation(line: 0, scope: !1627, inlinedAt: !4649)
!4649 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4647)
!4650 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4649)
!4651 = !DILocation(line: 1920, column: 13, scope: !3839, inlinedAt: !4628)
!4652 = !DILocation(line: 0, scope: !3817, inlinedAt: !4653)
!4653 = distinct !DILocation(line: 805, column: 1, scope: !3808, inlinedAt: !4625)
!4654 = !DILocation(line: 0, scope: !3823, inlinedAt: !4653)
!4655 = !DILocation(line: 0, scope: !3845, inlinedAt: !4656)
!4656 = distinct !DILocation(line: 1919, column: 26, scope: !3823, inlinedAt: !4653)
!4657 = !DILocation(line: 0, scope: !3856, inlinedAt: !4658)
!4658 = distinct !DILocation(line: 255, column: 43, scope: !3845, inlinedAt: !4656)
!4659 = !DILocation(line: 0, scope: !3863, inlinedAt: !4660)
!4660 = distinct !DILocation(line: 255, column: 68, scope: !3845, inlinedAt: !4656)
!4661 = !DILocation(line: 0, scope: !3873, inlinedAt: !4662)
!4662 = distinct !DILocation(line: 125, column: 30, scope: !3863, inlinedAt: !4660)
!4663 = !DILocation(line: 429, column: 14, scope: !3856, inlinedAt: !4658)
!4664 = !DILocation(line: 0, scope: !3839, inlinedAt: !4653)
!4665 = !DILocation(line: 1920, column: 16, scope: !3839, inlinedAt: !4653)
!4666 = !DILocation(line: 568, column: 14, scope: !3873, inlinedAt: !4662)
!4667 = !DILocation(line: 0, scope: !1601, inlinedAt: !4668)
!4668 = distinct !DILocation(line: 1921, column: 24, scope: !3839, inlinedAt: !4653)
!4669 = !DILocation(line: 0, scope: !1610, inlinedAt: !4670)
!4670 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4668)
!4671 = !DILocation(line: 0, scope: !1618, inlinedAt: !4672)
!4672 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4670)
!4673 = !DILocation(line: 0, scope: !1627, inlinedAt: !4674)
!4674 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4672)
!4675 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4674)
!4676 = !DILocation(line: 1920, column: 13, scope: !3839, inlinedAt: !4653)
!4677 = distinct !DISubprogram(name: "drop_in_place<std::thread::spawnhook::ChildSpawnHooks>", linkageName: "_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17hac5e803eed1c1a93E", scope: !68, file: !1507, line: 805, type: !4678, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4683, retainedNodes: !4681)
!4678 = !DISubroutineType(types: !4679)
!4679 = !{null, !4680}
!4680 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::spawnhook::ChildSpawnHooks", baseType: !105, size: 64, align: 64, dwarfAddressSpace: 0)
!4681 = !{!4682}
!4682 = !DILocalVariable(arg: 1, scope: !4677, file: !1507, line: 805, type: !4680)
!4683 = !{!4684}
!4684 = !DITemplateTypeParameter(name: "T", type: !105)
!4685 = !DILocation(line: 0, scope: !4677)
!4686 = !DILocation(line: 805, column: 1, scope: !4677)
!4687 = !DILocalVariable(arg: 1, scope: !4688, file: !1507, line: 805, type: !4691)
!4688 = distinct !DISubprogram(name: "drop_in_place<std::thread::spawnhook::SpawnHooks>", linkageName: "_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17h516f59bc9ef6b928E", scope: !68, file: !1507, line: 805, type: !4689, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4693, retainedNodes: !4692)
!4689 = !DISubroutineType(types: !4690)
!4690 = !{null, !4691}
!4691 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::spawnhook::SpawnHooks", baseType: !109, size: 64, align: 64, dwarfAddressSpace: 0)
!4692 = !{!4687}
!4693 = !{!4694}
!4694 = !DITemplateTypeParameter(name: "T", type: !109)
!4695 = !DILocation(line: 0, scope: !4688, inlinedAt: !4696)
!4696 = distinct !DILocation(line: 805, column: 1, scope: !4677)
!4697 = !DILocation(line: 805, column: 1, scope: !4688, inlinedAt: !4696)
!4698 = !{!4699}
!4699 = distinct !{!4699, !4700, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hed49ae4cb2ae8345E: %_1"}
!4700 = distinct !{!4700, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hed49ae4cb2ae8345E"}
!4701 = !DILocalVariable(arg: 1, scope: !4702, file: !1507, line: 805, type: !4705)
!4702 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hed49ae4cb2ae8345E", scope: !68, file: !1507, line: 805, type: !4703, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4707, retainedNodes: !4706)
!4703 = !DISubroutineType(types: !4704)
!4704 = !{null, !4705}
!4705 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", baseType: !112, size: 64, align: 64, dwarfAddressSpace: 0)
!4706 = !{!4701}
!4707 = !{!4708}
!4708 = !DITemplateTypeParameter(name: "T", type: !112)
!4709 = !DILocation(line: 0, scope: !4702, inlinedAt: !4710)
!4710 = distinct !DILocation(line: 805, column: 1, scope: !4688, inlinedAt: !4696)
!4711 = !DILocation(line: 805, column: 1, scope: !4702, inlinedAt: !4710)
!4712 = !{!4699, !4713}
!4713 = distinct !{!4713, !4714, !"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17h516f59bc9ef6b928E: %_1"}
!4714 = distinct !{!4714, !"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17h516f59bc9ef6b928E"}
!4715 = !DILocalVariable(arg: 1, scope: !4716, file: !1507, line: 805, type: !4719)
!4716 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h86f6c954fc650d5bE", scope: !68, file: !1507, line: 805, type: !4717, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !119, retainedNodes: !4720)
!4717 = !DISubroutineType(types: !4718)
!4718 = !{null, !4719}
!4719 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", baseType: !121, size: 64, align: 64, dwarfAddressSpace: 0)
!4720 = !{!4715}
!4721 = !DILocation(line: 0, scope: !4716, inlinedAt: !4722)
!4722 = distinct !DILocation(line: 805, column: 1, scope: !4702, inlinedAt: !4710)
!4723 = !DILocalVariable(name: "self", arg: 1, scope: !4724, file: !845, line: 2807, type: !4727)
!4724 = distinct !DISubprogram(name: "drop<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hff2a9bdb7006e6e0E", scope: !1943, file: !845, line: 2807, type: !4725, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !154, retainedNodes: !4728)
!4725 = !DISubroutineType(types: !4726)
!4726 = !{null, !4727}
!4727 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", baseType: !121, size: 64, align: 64, dwarfAddressSpace: 0)
!4728 = !{!4723}
!4729 = !DILocation(line: 0, scope: !4724, inlinedAt: !4730)
!4730 = distinct !DILocation(line: 805, column: 1, scope: !4716, inlinedAt: !4722)
!4731 = !DILocalVariable(name: "val", scope: !4732, file: !834, line: 3165, type: !9, align: 64)
!4732 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !4733)
!4733 = !{!4734, !4731, !4735}
!4734 = !DILocalVariable(name: "self", arg: 1, scope: !4732, file: !834, line: 3165, type: !837)
!4735 = !DILocalVariable(name: "order", scope: !4732, file: !834, line: 3165, type: !642, align: 8)
!4736 = !DILocation(line: 0, scope: !4732, inlinedAt: !4737)
!4737 = distinct !DILocation(line: 2811, column: 32, scope: !4724, inlinedAt: !4730)
!4738 = !DILocalVariable(name: "val", scope: !4739, file: !834, line: 3936, type: !9, align: 64)
!4739 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !4740)
!4740 = !{!4741, !4738, !4742}
!4741 = !DILocalVariable(name: "dst", arg: 1, scope: !4739, file: !834, line: 3936, type: !859)
!4742 = !DILocalVariable(name: "order", scope: !4739, file: !834, line: 3936, type: !642, align: 8)
!4743 = !DILocation(line: 0, scope: !4739, inlinedAt: !4744)
!4744 = distinct !DILocation(line: 3167, column: 26, scope: !4732, inlinedAt: !4737)
!4745 = !DILocation(line: 3165, column: 30, scope: !4732, inlinedAt: !4737)
!4746 = !DILocation(line: 3942, column: 24, scope: !4739, inlinedAt: !4744)
!4747 = !{!4748, !4750, !4699}
!4748 = distinct !{!4748, !4749, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hff2a9bdb7006e6e0E: %self"}
!4749 = distinct !{!4749, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hff2a9bdb7006e6e0E"}
!4750 = distinct !{!4750, !4751, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h86f6c954fc650d5bE: %_1"}
!4751 = distinct !{!4751, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h86f6c954fc650d5bE"}
!4752 = !DILocation(line: 2811, column: 12, scope: !4724, inlinedAt: !4730)
!4753 = !DILocation(line: 0, scope: !1988, inlinedAt: !4754)
!4754 = distinct !DILocation(line: 64, column: 9, scope: !4724, inlinedAt: !4730)
!4755 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !4754)
!4756 = !DILocation(line: 2854, column: 18, scope: !4724, inlinedAt: !4730)
!4757 = !{!4758}
!4758 = distinct !{!4758, !4759, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hed49ae4cb2ae8345E: %_1"}
!4759 = distinct !{!4759, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17hed49ae4cb2ae8345E"}
!4760 = !DILocation(line: 0, scope: !4702, inlinedAt: !4761)
!4761 = distinct !DILocation(line: 805, column: 1, scope: !4688, inlinedAt: !4696)
!4762 = !DILocation(line: 805, column: 1, scope: !4702, inlinedAt: !4761)
!4763 = !{!4758, !4713}
!4764 = !DILocation(line: 0, scope: !4716, inlinedAt: !4765)
!4765 = distinct !DILocation(line: 805, column: 1, scope: !4702, inlinedAt: !4761)
!4766 = !DILocation(line: 0, scope: !4724, inlinedAt: !4767)
!4767 = distinct !DILocation(line: 805, column: 1, scope: !4716, inlinedAt: !4765)
!4768 = !DILocation(line: 0, scope: !4732, inlinedAt: !4769)
!4769 = distinct !DILocation(line: 2811, column: 32, scope: !4724, inlinedAt: !4767)
!4770 = !DILocation(line: 0, scope: !4739, inlinedAt: !4771)
!4771 = distinct !DILocation(line: 3167, column: 26, scope: !4732, inlinedAt: !4769)
!4772 = !DILocation(line: 3165, column: 30, scope: !4732, inlinedAt: !4769)
!4773 = !DILocation(line: 3942, column: 24, scope: !4739, inlinedAt: !4771)
!4774 = !{!4775, !4777, !4758}
!4775 = distinct !{!4775, !4776, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hff2a9bdb7006e6e0E: %self"}
!4776 = distinct !{!4776, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hff2a9bdb7006e6e0E"}
!4777 = distinct !{!4777, !4778, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h86f6c954fc650d5bE: %_1"}
!4778 = distinct !{!4778, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h86f6c954fc650d5bE"}
!4779 = !DILocation(line: 2811, column: 12, scope: !4724, inlinedAt: !4767)
!4780 = !DILocation(line: 0, scope: !1988, inlinedAt: !4781)
!4781 = distinct !DILocation(line: 64, column: 9, scope: !4724, inlinedAt: !4767)
!4782 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !4781)
!4783 = !DILocation(line: 2854, column: 18, scope: !4724, inlinedAt: !4767)
!4784 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17h2d3d0a6ec9fc173bE", scope: !68, file: !1507, line: 805, type: !4785, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !426, retainedNodes: !4788)
!4785 = !DISubroutineType(types: !4786)
!4786 = !{null, !4787}
!4787 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::Packet<()>", baseType: !223, size: 64, align: 64, dwarfAddressSpace: 0)
!4788 = !{!4789}
!4789 = !DILocalVariable(arg: 1, scope: !4784, file: !1507, line: 805, type: !4787)
!4790 = !DILocalVariable(name: "data", scope: !4791, file: !3307, line: 579, type: !4797, align: 64)
!4791 = distinct !DILexicalBlock(scope: !4792, file: !3307, line: 579, column: 13)
!4792 = distinct !DILexicalBlock(scope: !4793, file: !3307, line: 578, column: 13)
!4793 = distinct !DISubprogram(name: "do_call<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind7do_call17h9fcbd8dde8e31a5fE", scope: !3330, file: !3307, line: 575, type: !3397, scopeLine: 575, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4824, retainedNodes: !4794)
!4794 = !{!4795, !4796, !4790, !4826}
!4795 = !DILocalVariable(name: "data", arg: 1, scope: !4793, file: !3307, line: 575, type: !905)
!4796 = !DILocalVariable(name: "data", scope: !4792, file: !3307, line: 578, type: !4797, align: 64)
!4797 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::panicking::catch_unwind::Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", baseType: !4798, size: 64, align: 64, dwarfAddressSpace: 0)
!4798 = !DICompositeType(tag: DW_TAG_union_type, name: "Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", scope: !3330, file: !2, size: 128, align: 64, elements: !4799, templateParams: !4824, identifier: "43bebba4b63a59fb6fc7d26cedffe20e")
!4799 = !{!4800, !4822, !4823}
!4800 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !4798, file: !2, baseType: !4801, size: 64, align: 64)
!4801 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", scope: !49, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4802, templateParams: !4820, identifier: "367a7ca59b19517cb5b1fe1f8143be16")
!4802 = !{!4803}
!4803 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !4801, file: !2, baseType: !4804, size: 64, align: 64, flags: DIFlagPrivate)
!4804 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", scope: !53, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4805, templateParams: !4818, identifier: "c4f7048048689b96546d4a72e0c6cbc1")
!4805 = !{!4806}
!4806 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4804, file: !2, baseType: !4807, size: 64, align: 64, flags: DIFlagPrivate)
!4807 = !DICompositeType(tag: DW_TAG_structure_type, name: "AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>", scope: !3313, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4808, templateParams: !4816, identifier: "671d36f6539f7ce3264f6c35b5677e4c")
!4808 = !{!4809}
!4809 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4807, file: !2, baseType: !4810, size: 64, align: 64, flags: DIFlagPublic)
!4810 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<()>", scope: !4811, file: !2, size: 64, align: 64, elements: !4813, templateParams: !23, identifier: "5e683c15e02c65dfd45564300b822b16")
!4811 = !DINamespace(name: "drop", scope: !4812)
!4812 = !DINamespace(name: "{impl#2}", scope: !34)
!4813 = !{!4814}
!4814 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__self__result", scope: !4810, file: !2, baseType: !4815, size: 64, align: 64)
!4815 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !366, size: 64, align: 64, dwarfAddressSpace: 0)
!4816 = !{!4817}
!4817 = !DITemplateTypeParameter(name: "T", type: !4810)
!4818 = !{!4819}
!4819 = !DITemplateTypeParameter(name: "P", type: !4807)
!4820 = !{!4821}
!4821 = !DITemplateTypeParameter(name: "T", type: !4807)
!4822 = !DIDerivedType(tag: DW_TAG_member, name: "r", scope: !4798, file: !2, baseType: !3344, align: 8)
!4823 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !4798, file: !2, baseType: !3353, size: 128, align: 64)
!4824 = !{!4825, !3327}
!4825 = !DITemplateTypeParameter(name: "F", type: !4807)
!4826 = !DILocalVariable(name: "f", scope: !4827, file: !3307, line: 580, type: !4807, align: 64)
!4827 = distinct !DILexicalBlock(scope: !4791, file: !3307, line: 580, column: 13)
!4828 = !DILocation(line: 0, scope: !4791, inlinedAt: !4829)
!4829 = distinct !DILocation(line: 544, column: 19, scope: !4830, inlinedAt: !4840)
!4830 = distinct !DILexicalBlock(scope: !4831, file: !3307, line: 533, column: 5)
!4831 = distinct !DILexicalBlock(scope: !4832, file: !3307, line: 531, column: 5)
!4832 = distinct !DISubprogram(name: "catch_unwind<(), core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", linkageName: "_ZN3std9panicking12catch_unwind17h22d0e162b023fd68E", scope: !3309, file: !3307, line: 500, type: !4833, scopeLine: 500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4839, retainedNodes: !4835)
!4833 = !DISubroutineType(types: !4834)
!4834 = !{!377, !4807}
!4835 = !{!4836, !4837, !4838}
!4836 = !DILocalVariable(name: "f", arg: 1, scope: !4832, file: !3307, line: 500, type: !4807)
!4837 = !DILocalVariable(name: "data", scope: !4831, file: !3307, line: 531, type: !4798, align: 64)
!4838 = !DILocalVariable(name: "data_ptr", scope: !4830, file: !3307, line: 533, type: !905, align: 64)
!4839 = !{!3327, !4825}
!4840 = distinct !DILocation(line: 359, column: 14, scope: !4841, inlinedAt: !4844)
!4841 = distinct !DISubprogram(name: "catch_unwind<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std5panic12catch_unwind17heeb54c7189f45c23E", scope: !3368, file: !3367, line: 358, type: !4833, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4824, retainedNodes: !4842)
!4842 = !{!4843}
!4843 = !DILocalVariable(name: "f", arg: 1, scope: !4841, file: !3367, line: 358, type: !4807)
!4844 = distinct !DILocation(line: 208, column: 25, scope: !4845, inlinedAt: !4856)
!4845 = distinct !DILexicalBlock(scope: !4846, file: !1046, line: 197, column: 9)
!4846 = distinct !DISubprogram(name: "drop<()>", linkageName: "_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h97a48ac044658dd8E", scope: !4812, file: !1046, line: 193, type: !4847, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !4849)
!4847 = !DISubroutineType(types: !4848)
!4848 = !{null, !2464}
!4849 = !{!4850, !4851, !4852, !4854}
!4850 = !DILocalVariable(name: "self", arg: 1, scope: !4846, file: !1046, line: 193, type: !2464)
!4851 = !DILocalVariable(name: "unhandled_panic", scope: !4845, file: !1046, line: 197, type: !755, align: 8)
!4852 = !DILocalVariable(name: "out", scope: !4853, file: !3146, line: 43, type: !665, align: 8)
!4853 = distinct !DILexicalBlock(scope: !4845, file: !3146, line: 43, column: 66)
!4854 = !DILocalVariable(name: "scope", scope: !4855, file: !1046, line: 214, type: !1087, align: 64)
!4855 = distinct !DILexicalBlock(scope: !4845, file: !1046, line: 214, column: 42)
!4856 = distinct !DILocation(line: 805, column: 1, scope: !4784)
!4857 = !DILocation(line: 0, scope: !4792, inlinedAt: !4829)
!4858 = !DILocation(line: 0, scope: !4793, inlinedAt: !4829)
!4859 = !DILocalVariable(name: "data", scope: !4860, file: !3307, line: 606, type: !4797, align: 64)
!4860 = distinct !DILexicalBlock(scope: !4861, file: !3307, line: 606, column: 13)
!4861 = distinct !DILexicalBlock(scope: !4862, file: !3307, line: 605, column: 13)
!4862 = distinct !DISubprogram(name: "do_catch<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind8do_catch17h0bb2af553aa7530fE", scope: !3330, file: !3307, line: 598, type: !3414, scopeLine: 598, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4824, retainedNodes: !4863)
!4863 = !{!4864, !4865, !4866, !4859, !4867}
!4864 = !DILocalVariable(name: "data", arg: 1, scope: !4862, file: !3307, line: 598, type: !905)
!4865 = !DILocalVariable(name: "payload", arg: 2, scope: !4862, file: !3307, line: 598, type: !905)
!4866 = !DILocalVariable(name: "data", scope: !4861, file: !3307, line: 605, type: !4797, align: 64)
!4867 = !DILocalVariable(name: "obj", scope: !4868, file: !3307, line: 607, type: !389, align: 64)
!4868 = distinct !DILexicalBlock(scope: !4860, file: !3307, line: 607, column: 13)
!4869 = !DILocation(line: 0, scope: !4860, inlinedAt: !4870)
!4870 = distinct !DILocation(line: 544, column: 19, scope: !4830, inlinedAt: !4840)
!4871 = !DILocation(line: 0, scope: !4861, inlinedAt: !4870)
!4872 = !DILocation(line: 0, scope: !4862, inlinedAt: !4870)
!4873 = !DILocation(line: 0, scope: !4830, inlinedAt: !4840)
!4874 = !DILocation(line: 0, scope: !4784)
!4875 = !{!4876}
!4876 = distinct !{!4876, !4877, !"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h97a48ac044658dd8E: %self"}
!4877 = distinct !{!4877, !"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h97a48ac044658dd8E"}
!4878 = !DILocation(line: 805, column: 1, scope: !4784)
!4879 = !DILocation(line: 0, scope: !4846, inlinedAt: !4856)
!4880 = !DILocation(line: 43, column: 21, scope: !4853, inlinedAt: !4856)
!4881 = !DILocation(line: 197, column: 40, scope: !4846, inlinedAt: !4856)
!4882 = !DILocation(line: 197, column: 31, scope: !4846, inlinedAt: !4856)
!4883 = !DILocation(line: 0, scope: !4845, inlinedAt: !4856)
!4884 = !DILocation(line: 0, scope: !4841, inlinedAt: !4844)
!4885 = !DILocation(line: 0, scope: !4832, inlinedAt: !4840)
!4886 = !DILocation(line: 0, scope: !4831, inlinedAt: !4840)
!4887 = !DILocation(line: 0, scope: !4827, inlinedAt: !4829)
!4888 = !{!4889}
!4889 = distinct !{!4889, !4890, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h568c0a222466021dE: %self"}
!4890 = distinct !{!4890, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h568c0a222466021dE"}
!4891 = !DILocation(line: 581, column: 40, scope: !4827, inlinedAt: !4829)
!4892 = !DILocalVariable(name: "self", arg: 1, scope: !4893, file: !3459, line: 273, type: !4807)
!4893 = distinct !DISubprogram(name: "call_once<(), std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>", linkageName: "_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h568c0a222466021dE", scope: !3460, file: !3459, line: 273, type: !4894, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4899, retainedNodes: !4896)
!4894 = !DISubroutineType(types: !4895)
!4895 = !{null, !4807}
!4896 = !{!4892, !4897, !4898}
!4897 = !DILocalVariable(name: "_args", scope: !4893, file: !3459, line: 273, type: !7, align: 8)
!4898 = !DILocalVariable(arg: 2, scope: !4893, file: !3459, line: 273, type: !7)
!4899 = !{!3327, !4900}
!4900 = !DITemplateTypeParameter(name: "F", type: !4810)
!4901 = !DILocation(line: 0, scope: !4893, inlinedAt: !4902)
!4902 = distinct !DILocation(line: 581, column: 40, scope: !4827, inlinedAt: !4829)
!4903 = !DILocation(line: 273, column: 43, scope: !4893, inlinedAt: !4902)
!4904 = !{!4905}
!4905 = distinct !{!4905, !4906, !"_ZN4core3ops8function6FnOnce9call_once17hdfdf4adef5b280b0E: argument 0"}
!4906 = distinct !{!4906, !"_ZN4core3ops8function6FnOnce9call_once17hdfdf4adef5b280b0E"}
!4907 = !DILocation(line: 274, column: 9, scope: !4893, inlinedAt: !4902)
!4908 = !DILocalVariable(arg: 1, scope: !4909, file: !3194, line: 250, type: !4810)
!4909 = distinct !DISubprogram(name: "call_once<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17hdfdf4adef5b280b0E", scope: !3195, file: !3194, line: 250, type: !4910, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !4914, retainedNodes: !4912)
!4910 = !DISubroutineType(types: !4911)
!4911 = !{null, !4810}
!4912 = !{!4908, !4913}
!4913 = !DILocalVariable(arg: 2, scope: !4909, file: !3194, line: 250, type: !7)
!4914 = !{!4915, !3201}
!4915 = !DITemplateTypeParameter(name: "Self", type: !4810)
!4916 = !DILocation(line: 0, scope: !4909, inlinedAt: !4917)
!4917 = distinct !DILocation(line: 274, column: 9, scope: !4893, inlinedAt: !4902)
!4918 = !DILocation(line: 250, column: 5, scope: !4909, inlinedAt: !4917)
!4919 = !DILocalVariable(name: "self__result", scope: !4920, file: !1046, line: 193, type: !366, align: 64)
!4920 = distinct !DISubprogram(name: "{closure#0}<()>", linkageName: "_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17hde7f377d16bb09a3E", scope: !4811, file: !1046, line: 208, type: !4921, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !425, retainedNodes: !4924)
!4921 = !DISubroutineType(types: !4922)
!4922 = !{null, !4923}
!4923 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>", baseType: !4810, size: 64, align: 64, dwarfAddressSpace: 0)
!4924 = !{!4919}
!4925 = !DILocation(line: 0, scope: !4920, inlinedAt: !4926)
!4926 = distinct !DILocation(line: 250, column: 5, scope: !4909, inlinedAt: !4917)
!4927 = !{!4928}
!4928 = distinct !{!4928, !4929, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E: %_1"}
!4929 = distinct !{!4929, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E"}
!4930 = !DILocation(line: 209, column: 13, scope: !4920, inlinedAt: !4926)
!4931 = !DILocation(line: 0, scope: !3548, inlinedAt: !4932)
!4932 = distinct !DILocation(line: 209, column: 13, scope: !4920, inlinedAt: !4926)
!4933 = !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !4932)
!4934 = !{!4928, !4905, !4889, !4876}
!4935 = !DILocation(line: 0, scope: !3556, inlinedAt: !4936)
!4936 = distinct !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !4932)
!4937 = !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !4936)
!4938 = !DILocation(line: 0, scope: !3565, inlinedAt: !4939)
!4939 = distinct !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !4936)
!4940 = !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !4939)
!4941 = !{!4942, !4928, !4905, !4889, !4876}
!4942 = distinct !{!4942, !4943, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E: %_1"}
!4943 = distinct !{!4943, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"}
!4944 = !DILocation(line: 0, scope: !3577, inlinedAt: !4945)
!4945 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !4939)
!4946 = !DILocation(line: 0, scope: !3584, inlinedAt: !4945)
!4947 = !DILocation(line: 0, scope: !3606, inlinedAt: !4948)
!4948 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !4945)
!4949 = !DILocation(line: 0, scope: !3618, inlinedAt: !4950)
!4950 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !4948)
!4951 = !DILocation(line: 0, scope: !3625, inlinedAt: !4952)
!4952 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !4948)
!4953 = !DILocation(line: 0, scope: !3636, inlinedAt: !4954)
!4954 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !4952)
!4955 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !4950)
!4956 = !DILocation(line: 0, scope: !3600, inlinedAt: !4945)
!4957 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !4945)
!4958 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !4954)
!4959 = !DILocation(line: 0, scope: !1601, inlinedAt: !4960)
!4960 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !4945)
!4961 = !DILocation(line: 0, scope: !1610, inlinedAt: !4962)
!4962 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4960)
!4963 = !DILocation(line: 0, scope: !1618, inlinedAt: !4964)
!4964 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4962)
!4965 = !DILocation(line: 0, scope: !1627, inlinedAt: !4966)
!4966 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4964)
!4967 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4966)
!4968 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !4945)
!4969 = !DILocation(line: 0, scope: !3577, inlinedAt: !4970)
!4970 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !4939)
!4971 = !DILocation(line: 0, scope: !3584, inlinedAt: !4970)
!4972 = !DILocation(line: 0, scope: !3606, inlinedAt: !4973)
!4973 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !4970)
!4974 = !DILocation(line: 0, scope: !3618, inlinedAt: !4975)
!4975 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !4973)
!4976 = !DILocation(line: 0, scope: !3625, inlinedAt: !4977)
!4977 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !4973)
!4978 = !DILocation(line: 0, scope: !3636, inlinedAt: !4979)
!4979 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !4977)
!4980 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !4975)
!4981 = !DILocation(line: 0, scope: !3600, inlinedAt: !4970)
!4982 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !4970)
!4983 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !4979)
!4984 = !DILocation(line: 0, scope: !1601, inlinedAt: !4985)
!4985 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !4970)
!4986 = !DILocation(line: 0, scope: !1610, inlinedAt: !4987)
!4987 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !4985)
!4988 = !DILocation(line: 0, scope: !1618, inlinedAt: !4989)
!4989 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !4987)
!4990 = !DILocation(line: 0, scope: !1627, inlinedAt: !4991)
!4991 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !4989)
!4992 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !4991)
!4993 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !4970)
!4994 = !{!4905, !4889, !4876}
!4995 = !DILocation(line: 544, column: 19, scope: !4830, inlinedAt: !4840)
!4996 = !DILocation(line: 607, column: 23, scope: !4860, inlinedAt: !4870)
!4997 = !DILocation(line: 598, column: 5, scope: !4862, inlinedAt: !4870)
!4998 = !DILocation(line: 208, column: 16, scope: !4845, inlinedAt: !4856)
!4999 = !DILocation(line: 208, column: 25, scope: !4845, inlinedAt: !4856)
!5000 = !DILocation(line: 44, column: 21, scope: !4853, inlinedAt: !4856)
!5001 = !DILocalVariable(name: "args", arg: 2, scope: !5002, file: !2895, line: 1990, type: !5005)
!5002 = distinct !DISubprogram(name: "write_fmt<std::sys::stdio::unix::Stderr>", linkageName: "_ZN3std2io5Write9write_fmt17hecbf515d4d5e7420E", scope: !2896, file: !2895, line: 1990, type: !5003, scopeLine: 1990, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !2911, retainedNodes: !5075)
!5003 = !DISubroutineType(types: !5004)
!5004 = !{!669, !664, !5005}
!5005 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !5006, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5007, templateParams: !23, identifier: "e5c67bbe046da39973c72077c7f66185")
!5006 = !DINamespace(name: "fmt", scope: !44)
!5007 = !{!5008, !5009}
!5008 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !5005, file: !2, baseType: !177, size: 64, align: 64, flags: DIFlagPrivate)
!5009 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !5005, file: !2, baseType: !5010, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5010 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !5011, templateParams: !5073, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!5011 = !{!5012}
!5012 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !5010, file: !2, baseType: !5013, size: 64, align: 64, flags: DIFlagPrivate)
!5013 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !5014, size: 64, align: 64, dwarfAddressSpace: 0)
!5014 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !5015, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5016, templateParams: !23, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!5015 = !DINamespace(name: "rt", scope: !5006)
!5016 = !{!5017}
!5017 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !5014, file: !2, baseType: !5018, size: 128, align: 64, flags: DIFlagPrivate)
!5018 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !5015, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5019, templateParams: !23, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!5019 = !{!5020}
!5020 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5018, file: !2, size: 128, align: 64, elements: !5021, templateParams: !23, identifier: "fbd384083752b747f8b252853b979154", discriminator: !5072)
!5021 = !{!5022, !5068}
!5022 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !5020, file: !2, baseType: !5023, size: 128, align: 64)
!5023 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !5018, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5024, templateParams: !23, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!5024 = !{!5025, !5026, !5063}
!5025 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !5023, file: !2, baseType: !451, size: 64, align: 64, flags: DIFlagPrivate)
!5026 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !5023, file: !2, baseType: !5027, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5027 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !5028, size: 64, align: 64, dwarfAddressSpace: 0)
!5028 = !DISubroutineType(types: !5029)
!5029 = !{!5030, !451, !5046}
!5030 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !378, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !5031, templateParams: !23, identifier: "1c6752419820cdc3961061cc58b31873")
!5031 = !{!5032}
!5032 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5030, file: !2, size: 8, align: 8, elements: !5033, templateParams: !23, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !5045)
!5033 = !{!5034, !5041}
!5034 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !5032, file: !2, baseType: !5035, size: 8, align: 8, extraData: i8 0)
!5035 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !5030, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !5036, templateParams: !5038, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!5036 = !{!5037}
!5037 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5035, file: !2, baseType: !7, align: 8, offset: 8, flags: DIFlagPublic)
!5038 = !{!387, !5039}
!5039 = !DITemplateTypeParameter(name: "E", type: !5040)
!5040 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !5006, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "5a24300cdda31093f5fe20c939b4885")
!5041 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !5032, file: !2, baseType: !5042, size: 8, align: 8, extraData: i8 1)
!5042 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !5030, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !5043, templateParams: !5038, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!5043 = !{!5044}
!5044 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5042, file: !2, baseType: !5040, align: 8, offset: 8, flags: DIFlagPublic)
!5045 = !DIDerivedType(tag: DW_TAG_member, scope: !5030, file: !2, baseType: !181, size: 8, align: 8, flags: DIFlagArtificial)
!5046 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !5047, size: 64, align: 64, dwarfAddressSpace: 0)
!5047 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !5006, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !5048, templateParams: !23, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!5048 = !{!5049, !5056}
!5049 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !5047, file: !2, baseType: !5050, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!5050 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !5006, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !5051, templateParams: !23, identifier: "ca2f5547247cd95c514a47d5800e09e")
!5051 = !{!5052, !5053, !5055}
!5052 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !5050, file: !2, baseType: !336, size: 32, align: 32, flags: DIFlagPrivate)
!5053 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !5050, file: !2, baseType: !5054, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!5054 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!5055 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !5050, file: !2, baseType: !5054, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!5056 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !5047, file: !2, baseType: !5057, size: 128, align: 64, flags: DIFlagPrivate)
!5057 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !2, size: 128, align: 64, elements: !5058, templateParams: !23, identifier: "effe97114690fc58a8e246cb04e37234")
!5058 = !{!5059, !5062}
!5059 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !5057, file: !2, baseType: !5060, size: 64, align: 64)
!5060 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5061, size: 64, align: 64, dwarfAddressSpace: 0)
!5061 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !2, align: 8, elements: !23, identifier: "64328679825f9c73b507edbfd5b86b47")
!5062 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !5057, file: !2, baseType: !142, size: 64, align: 64, offset: 64)
!5063 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !5023, file: !2, baseType: !5064, align: 8, offset: 128, flags: DIFlagPrivate)
!5064 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !94, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !5065, identifier: "efa596960370766459fc018866dc4048")
!5065 = !{!5066}
!5066 = !DITemplateTypeParameter(name: "T", type: !5067)
!5067 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!5068 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !5020, file: !2, baseType: !5069, size: 128, align: 64, extraData: i64 0)
!5069 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !5018, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5070, templateParams: !23, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!5070 = !{!5071}
!5071 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5069, file: !2, baseType: !5054, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!5072 = !DIDerivedType(tag: DW_TAG_member, scope: !5018, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!5073 = !{!5074}
!5074 = !DITemplateTypeParameter(name: "T", type: !5014)
!5075 = !{!5076, !5001, !5077}
!5076 = !DILocalVariable(name: "self", arg: 1, scope: !5002, file: !2895, line: 1990, type: !664)
!5077 = !DILocalVariable(name: "s", scope: !5078, file: !2895, line: 1991, type: !541, align: 64)
!5078 = distinct !DILexicalBlock(scope: !5002, file: !2895, line: 1991, column: 57)
!5079 = !DILocation(line: 0, scope: !5002, inlinedAt: !5080)
!5080 = distinct !DILocation(line: 44, column: 21, scope: !4853, inlinedAt: !4856)
!5081 = !DILocation(line: 0, scope: !5078, inlinedAt: !5080)
!5082 = !DILocation(line: 1992, column: 18, scope: !5078, inlinedAt: !5080)
!5083 = !DILocation(line: 0, scope: !3556, inlinedAt: !5084)
!5084 = distinct !DILocation(line: 212, column: 9, scope: !4845, inlinedAt: !4856)
!5085 = !DILocation(line: 214, column: 30, scope: !4855, inlinedAt: !4856)
!5086 = !DILocation(line: 214, column: 16, scope: !4855, inlinedAt: !4856)
!5087 = !DILocation(line: 212, column: 9, scope: !4845, inlinedAt: !4856)
!5088 = !DILocalVariable(arg: 1, scope: !5089, file: !1507, line: 805, type: !5092)
!5089 = distinct !DISubprogram(name: "drop_in_place<core::result::Result<(), std::io::error::Error>>", linkageName: "_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17h341e3eab73574b36E", scope: !68, file: !1507, line: 805, type: !5090, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5094, retainedNodes: !5093)
!5090 = !DISubroutineType(types: !5091)
!5091 = !{null, !5092}
!5092 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::result::Result<(), std::io::error::Error>", baseType: !669, size: 64, align: 64, dwarfAddressSpace: 0)
!5093 = !{!5088}
!5094 = !{!5095}
!5095 = !DITemplateTypeParameter(name: "T", type: !669)
!5096 = !DILocation(line: 0, scope: !5089, inlinedAt: !5097)
!5097 = distinct !DILocation(line: 44, column: 80, scope: !4853, inlinedAt: !4856)
!5098 = !DILocation(line: 805, column: 1, scope: !5089, inlinedAt: !5097)
!5099 = !DILocation(line: 44, column: 80, scope: !4853, inlinedAt: !4856)
!5100 = !DILocation(line: 57, column: 13, scope: !5101, inlinedAt: !4856)
!5101 = !DILexicalBlockFile(scope: !4845, file: !3146, discriminator: 0)
!5102 = !DILocation(line: 193, column: 5, scope: !4846, inlinedAt: !4856)
!5103 = !DILocation(line: 214, column: 21, scope: !4855, inlinedAt: !4856)
!5104 = !DILocalVariable(name: "self", arg: 1, scope: !5105, file: !845, line: 2421, type: !1087)
!5105 = distinct !DISubprogram(name: "deref<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h69df3ebfe7c12420E", scope: !2078, file: !845, line: 2421, type: !2079, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !359, retainedNodes: !5106)
!5106 = !{!5104}
!5107 = !DILocation(line: 2421, column: 14, scope: !5105, inlinedAt: !5108)
!5108 = distinct !DILocation(line: 219, column: 13, scope: !4855, inlinedAt: !4856)
!5109 = !DILocation(line: 2422, column: 9, scope: !5105, inlinedAt: !5108)
!5110 = !DILocation(line: 219, column: 19, scope: !4855, inlinedAt: !4856)
!5111 = !DILocalVariable(arg: 1, scope: !5112, file: !1507, line: 805, type: !5115)
!5112 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h4311f811a9cae454E", scope: !68, file: !1507, line: 805, type: !5113, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5117, retainedNodes: !5116)
!5113 = !DISubroutineType(types: !5114)
!5114 = !{null, !5115}
!5115 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", baseType: !226, size: 64, align: 64, dwarfAddressSpace: 0)
!5116 = !{!5111}
!5117 = !{!5118}
!5118 = !DITemplateTypeParameter(name: "T", type: !226)
!5119 = !DILocation(line: 0, scope: !5112, inlinedAt: !5120)
!5120 = distinct !DILocation(line: 805, column: 1, scope: !4784)
!5121 = !DILocation(line: 805, column: 1, scope: !5112, inlinedAt: !5120)
!5122 = !{!5123}
!5123 = distinct !{!5123, !5124, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h4311f811a9cae454E: %_1"}
!5124 = distinct !{!5124, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h4311f811a9cae454E"}
!5125 = !DILocalVariable(arg: 1, scope: !5126, file: !1507, line: 805, type: !5129)
!5126 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h6949b29d70b24797E", scope: !68, file: !1507, line: 805, type: !5127, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !232, retainedNodes: !5130)
!5127 = !DISubroutineType(types: !5128)
!5128 = !{null, !5129}
!5129 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !234, size: 64, align: 64, dwarfAddressSpace: 0)
!5130 = !{!5125}
!5131 = !DILocation(line: 0, scope: !5126, inlinedAt: !5132)
!5132 = distinct !DILocation(line: 805, column: 1, scope: !5112, inlinedAt: !5120)
!5133 = !DILocalVariable(name: "self", arg: 1, scope: !5134, file: !845, line: 2807, type: !5137)
!5134 = distinct !DISubprogram(name: "drop<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1526cacf6eef68e9E", scope: !1943, file: !845, line: 2807, type: !5135, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !359, retainedNodes: !5138)
!5135 = !DISubroutineType(types: !5136)
!5136 = !{null, !5137}
!5137 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !234, size: 64, align: 64, dwarfAddressSpace: 0)
!5138 = !{!5133}
!5139 = !DILocation(line: 0, scope: !5134, inlinedAt: !5140)
!5140 = distinct !DILocation(line: 805, column: 1, scope: !5126, inlinedAt: !5132)
!5141 = !DILocalVariable(name: "val", scope: !5142, file: !834, line: 3165, type: !9, align: 64)
!5142 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !5143)
!5143 = !{!5144, !5141, !5145}
!5144 = !DILocalVariable(name: "self", arg: 1, scope: !5142, file: !834, line: 3165, type: !837)
!5145 = !DILocalVariable(name: "order", scope: !5142, file: !834, line: 3165, type: !642, align: 8)
!5146 = !DILocation(line: 0, scope: !5142, inlinedAt: !5147)
!5147 = distinct !DILocation(line: 2811, column: 32, scope: !5134, inlinedAt: !5140)
!5148 = !DILocalVariable(name: "val", scope: !5149, file: !834, line: 3936, type: !9, align: 64)
!5149 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !5150)
!5150 = !{!5151, !5148, !5152}
!5151 = !DILocalVariable(name: "dst", arg: 1, scope: !5149, file: !834, line: 3936, type: !859)
!5152 = !DILocalVariable(name: "order", scope: !5149, file: !834, line: 3936, type: !642, align: 8)
!5153 = !DILocation(line: 0, scope: !5149, inlinedAt: !5154)
!5154 = distinct !DILocation(line: 3167, column: 26, scope: !5142, inlinedAt: !5147)
!5155 = !DILocation(line: 3165, column: 30, scope: !5142, inlinedAt: !5147)
!5156 = !DILocation(line: 3942, column: 24, scope: !5149, inlinedAt: !5154)
!5157 = !{!5158, !5160, !5123}
!5158 = distinct !{!5158, !5159, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1526cacf6eef68e9E: %self"}
!5159 = distinct !{!5159, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1526cacf6eef68e9E"}
!5160 = distinct !{!5160, !5161, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h6949b29d70b24797E: %_1"}
!5161 = distinct !{!5161, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h6949b29d70b24797E"}
!5162 = !DILocation(line: 2811, column: 12, scope: !5134, inlinedAt: !5140)
!5163 = !DILocation(line: 0, scope: !1988, inlinedAt: !5164)
!5164 = distinct !DILocation(line: 64, column: 9, scope: !5134, inlinedAt: !5140)
!5165 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5164)
!5166 = !DILocation(line: 2854, column: 18, scope: !5134, inlinedAt: !5140)
!5167 = !DILocation(line: 0, scope: !5112, inlinedAt: !5168)
!5168 = distinct !DILocation(line: 805, column: 1, scope: !4784)
!5169 = !DILocation(line: 0, scope: !5126, inlinedAt: !5170)
!5170 = distinct !DILocation(line: 805, column: 1, scope: !5112, inlinedAt: !5168)
!5171 = !DILocation(line: 0, scope: !5134, inlinedAt: !5172)
!5172 = distinct !DILocation(line: 805, column: 1, scope: !5126, inlinedAt: !5170)
!5173 = !DILocation(line: 0, scope: !5142, inlinedAt: !5174)
!5174 = distinct !DILocation(line: 2811, column: 32, scope: !5134, inlinedAt: !5172)
!5175 = !DILocation(line: 0, scope: !5149, inlinedAt: !5176)
!5176 = distinct !DILocation(line: 3167, column: 26, scope: !5142, inlinedAt: !5174)
!5177 = !DILocation(line: 3165, column: 30, scope: !5142, inlinedAt: !5174)
!5178 = !DILocation(line: 3942, column: 24, scope: !5149, inlinedAt: !5176)
!5179 = !{!5180, !5182, !5184}
!5180 = distinct !{!5180, !5181, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1526cacf6eef68e9E: %self"}
!5181 = distinct !{!5181, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1526cacf6eef68e9E"}
!5182 = distinct !{!5182, !5183, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h6949b29d70b24797E: %_1"}
!5183 = distinct !{!5183, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h6949b29d70b24797E"}
!5184 = distinct !{!5184, !5185, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h4311f811a9cae454E: %_1"}
!5185 = distinct !{!5185, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h4311f811a9cae454E"}
!5186 = !DILocation(line: 2811, column: 12, scope: !5134, inlinedAt: !5172)
!5187 = !DILocation(line: 0, scope: !1988, inlinedAt: !5188)
!5188 = distinct !DILocation(line: 64, column: 9, scope: !5134, inlinedAt: !5172)
!5189 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5188)
!5190 = !DILocation(line: 2854, column: 18, scope: !5134, inlinedAt: !5172)
!5191 = !{!5192}
!5192 = distinct !{!5192, !5193, !"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E: %_1"}
!5193 = distinct !{!5193, !"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17h7dab22a2d4abad07E"}
!5194 = !DILocation(line: 0, scope: !4214, inlinedAt: !5195)
!5195 = distinct !DILocation(line: 805, column: 1, scope: !4784)
!5196 = !{!5197}
!5197 = distinct !{!5197, !5198, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E: %_1"}
!5198 = distinct !{!5198, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17hff7abae341032806E"}
!5199 = !DILocation(line: 805, column: 1, scope: !4214, inlinedAt: !5195)
!5200 = !DILocation(line: 0, scope: !3548, inlinedAt: !5201)
!5201 = distinct !DILocation(line: 805, column: 1, scope: !4214, inlinedAt: !5195)
!5202 = !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !5201)
!5203 = !{!5197, !5192}
!5204 = !DILocation(line: 0, scope: !3556, inlinedAt: !5205)
!5205 = distinct !DILocation(line: 805, column: 1, scope: !3548, inlinedAt: !5201)
!5206 = !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !5205)
!5207 = !DILocation(line: 0, scope: !3565, inlinedAt: !5208)
!5208 = distinct !DILocation(line: 805, column: 1, scope: !3556, inlinedAt: !5205)
!5209 = !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !5208)
!5210 = !{!5211, !5197, !5192}
!5211 = distinct !{!5211, !5212, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E: %_1"}
!5212 = distinct !{!5212, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17h338eb6a7a00179a3E"}
!5213 = !DILocation(line: 0, scope: !3577, inlinedAt: !5214)
!5214 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !5208)
!5215 = !DILocation(line: 0, scope: !3584, inlinedAt: !5214)
!5216 = !DILocation(line: 0, scope: !3606, inlinedAt: !5217)
!5217 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !5214)
!5218 = !DILocation(line: 0, scope: !3618, inlinedAt: !5219)
!5219 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !5217)
!5220 = !DILocation(line: 0, scope: !3625, inlinedAt: !5221)
!5221 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !5217)
!5222 = !DILocation(line: 0, scope: !3636, inlinedAt: !5223)
!5223 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !5221)
!5224 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !5219)
!5225 = !DILocation(line: 0, scope: !3600, inlinedAt: !5214)
!5226 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !5214)
!5227 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !5223)
!5228 = !DILocation(line: 0, scope: !1601, inlinedAt: !5229)
!5229 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !5214)
!5230 = !DILocation(line: 0, scope: !1610, inlinedAt: !5231)
!5231 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5229)
!5232 = !DILocation(line: 0, scope: !1618, inlinedAt: !5233)
!5233 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5231)
!5234 = !DILocation(line: 0, scope: !1627, inlinedAt: !5235)
!5235 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5233)
!5236 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5235)
!5237 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !5214)
!5238 = !DILocation(line: 0, scope: !3577, inlinedAt: !5239)
!5239 = distinct !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !5208)
!5240 = !DILocation(line: 0, scope: !3584, inlinedAt: !5239)
!5241 = !DILocation(line: 0, scope: !3606, inlinedAt: !5242)
!5242 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !5239)
!5243 = !DILocation(line: 0, scope: !3618, inlinedAt: !5244)
!5244 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !5242)
!5245 = !DILocation(line: 0, scope: !3625, inlinedAt: !5246)
!5246 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !5242)
!5247 = !DILocation(line: 0, scope: !3636, inlinedAt: !5248)
!5248 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !5246)
!5249 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !5244)
!5250 = !DILocation(line: 0, scope: !3600, inlinedAt: !5239)
!5251 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !5239)
!5252 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !5248)
!5253 = !DILocation(line: 0, scope: !1601, inlinedAt: !5254)
!5254 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !5239)
!5255 = !DILocation(line: 0, scope: !1610, inlinedAt: !5256)
!5256 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5254)
!5257 = !DILocation(line: 0, scope: !1618, inlinedAt: !5258)
!5258 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5256)
!5259 = !DILocation(line: 0, scope: !1627, inlinedAt: !5260)
!5260 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5258)
!5261 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5260)
!5262 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !5239)
!5263 = distinct !DISubprogram(name: "drop_in_place<std::thread::join_handle::JoinHandle<()>>", linkageName: "_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17h56b5155b68204671E", scope: !68, file: !1507, line: 805, type: !5264, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5269, retainedNodes: !5267)
!5264 = !DISubroutineType(types: !5265)
!5265 = !{null, !5266}
!5266 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::join_handle::JoinHandle<()>", baseType: !695, size: 64, align: 64, dwarfAddressSpace: 0)
!5267 = !{!5268}
!5268 = !DILocalVariable(arg: 1, scope: !5263, file: !1507, line: 805, type: !5266)
!5269 = !{!767}
!5270 = !DILocation(line: 0, scope: !5263)
!5271 = !DILocalVariable(arg: 1, scope: !5272, file: !1507, line: 805, type: !5275)
!5272 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::JoinInner<()>>", linkageName: "_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h40a27fa83865114bE", scope: !68, file: !1507, line: 805, type: !5273, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5277, retainedNodes: !5276)
!5273 = !DISubroutineType(types: !5274)
!5274 = !{null, !5275}
!5275 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::JoinInner<()>", baseType: !699, size: 64, align: 64, dwarfAddressSpace: 0)
!5276 = !{!5271}
!5277 = !{!1058}
!5278 = !DILocation(line: 0, scope: !5272, inlinedAt: !5279)
!5279 = distinct !DILocation(line: 805, column: 1, scope: !5263)
!5280 = !DILocation(line: 805, column: 1, scope: !5272, inlinedAt: !5279)
!5281 = !DILocalVariable(arg: 1, scope: !5282, file: !1507, line: 805, type: !5285)
!5282 = distinct !DISubprogram(name: "drop_in_place<std::sys::thread::unix::Thread>", linkageName: "_ZN4core3ptr51drop_in_place$LT$std..sys..thread..unix..Thread$GT$17hf0044fe5b27bf813E", scope: !68, file: !1507, line: 805, type: !5283, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5287, retainedNodes: !5286)
!5283 = !DISubroutineType(types: !5284)
!5284 = !{null, !5285}
!5285 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sys::thread::unix::Thread", baseType: !702, size: 64, align: 64, dwarfAddressSpace: 0)
!5286 = !{!5281}
!5287 = !{!2214}
!5288 = !DILocation(line: 0, scope: !5282, inlinedAt: !5289)
!5289 = distinct !DILocation(line: 805, column: 1, scope: !5272, inlinedAt: !5279)
!5290 = !DILocation(line: 805, column: 1, scope: !5282, inlinedAt: !5289)
!5291 = !{!5292}
!5292 = distinct !{!5292, !5293, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!5293 = distinct !{!5293, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!5294 = !DILocation(line: 0, scope: !1900, inlinedAt: !5295)
!5295 = distinct !DILocation(line: 805, column: 1, scope: !5272, inlinedAt: !5279)
!5296 = !{!5297}
!5297 = distinct !{!5297, !5298, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!5298 = distinct !{!5298, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!5299 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !5295)
!5300 = !DILocation(line: 0, scope: !1914, inlinedAt: !5301)
!5301 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !5295)
!5302 = !{!5303}
!5303 = distinct !{!5303, !5304, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!5304 = distinct !{!5304, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!5305 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !5301)
!5306 = !DILocation(line: 0, scope: !1928, inlinedAt: !5307)
!5307 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !5301)
!5308 = !{!5309}
!5309 = distinct !{!5309, !5310, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!5310 = distinct !{!5310, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!5311 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !5307)
!5312 = !DILocation(line: 0, scope: !1942, inlinedAt: !5313)
!5313 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !5307)
!5314 = !DILocation(line: 0, scope: !1951, inlinedAt: !5315)
!5315 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !5313)
!5316 = !DILocation(line: 0, scope: !1960, inlinedAt: !5317)
!5317 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !5313)
!5318 = !DILocation(line: 0, scope: !1968, inlinedAt: !5319)
!5319 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !5317)
!5320 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !5321)
!5321 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !5315)
!5322 = !{!5309, !5303, !5297, !5292, !5323}
!5323 = distinct !{!5323, !5324, !"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h40a27fa83865114bE: %_1"}
!5324 = distinct !{!5324, !"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h40a27fa83865114bE"}
!5325 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !5317)
!5326 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !5319)
!5327 = !{!5309, !5303, !5297, !5292}
!5328 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !5313)
!5329 = !DILocation(line: 0, scope: !1988, inlinedAt: !5330)
!5330 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !5313)
!5331 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5330)
!5332 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !5313)
!5333 = !{!5334}
!5334 = distinct !{!5334, !5335, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!5335 = distinct !{!5335, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!5336 = !DILocation(line: 0, scope: !1900, inlinedAt: !5337)
!5337 = distinct !DILocation(line: 805, column: 1, scope: !5272, inlinedAt: !5279)
!5338 = !{!5339}
!5339 = distinct !{!5339, !5340, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!5340 = distinct !{!5340, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!5341 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !5337)
!5342 = !DILocation(line: 0, scope: !1914, inlinedAt: !5343)
!5343 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !5337)
!5344 = !{!5345}
!5345 = distinct !{!5345, !5346, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!5346 = distinct !{!5346, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!5347 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !5343)
!5348 = !DILocation(line: 0, scope: !1928, inlinedAt: !5349)
!5349 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !5343)
!5350 = !{!5351}
!5351 = distinct !{!5351, !5352, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!5352 = distinct !{!5352, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!5353 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !5349)
!5354 = !DILocation(line: 0, scope: !1942, inlinedAt: !5355)
!5355 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !5349)
!5356 = !DILocation(line: 0, scope: !1951, inlinedAt: !5357)
!5357 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !5355)
!5358 = !DILocation(line: 0, scope: !1960, inlinedAt: !5359)
!5359 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !5355)
!5360 = !DILocation(line: 0, scope: !1968, inlinedAt: !5361)
!5361 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !5359)
!5362 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !5363)
!5363 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !5357)
!5364 = !{!5351, !5345, !5339, !5334, !5323}
!5365 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !5359)
!5366 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !5361)
!5367 = !{!5351, !5345, !5339, !5334}
!5368 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !5355)
!5369 = !DILocation(line: 0, scope: !1988, inlinedAt: !5370)
!5370 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !5355)
!5371 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5370)
!5372 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !5355)
!5373 = !{!5374}
!5374 = distinct !{!5374, !5375, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!5375 = distinct !{!5375, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!5376 = !DILocation(line: 0, scope: !2229, inlinedAt: !5377)
!5377 = distinct !DILocation(line: 805, column: 1, scope: !5272, inlinedAt: !5279)
!5378 = !{!5379}
!5379 = distinct !{!5379, !5380, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!5380 = distinct !{!5380, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!5381 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !5377)
!5382 = !DILocation(line: 0, scope: !2239, inlinedAt: !5383)
!5383 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !5377)
!5384 = !DILocation(line: 0, scope: !2742, inlinedAt: !5385)
!5385 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !5383)
!5386 = !DILocation(line: 0, scope: !2247, inlinedAt: !5387)
!5387 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !5383)
!5388 = !DILocation(line: 0, scope: !2254, inlinedAt: !5389)
!5389 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !5387)
!5390 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !5391)
!5391 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !5385)
!5392 = !{!5379, !5374, !5323}
!5393 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !5387)
!5394 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !5389)
!5395 = !{!5379, !5374}
!5396 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !5383)
!5397 = !DILocation(line: 0, scope: !1988, inlinedAt: !5398)
!5398 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !5383)
!5399 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5398)
!5400 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !5383)
!5401 = !{!5402}
!5402 = distinct !{!5402, !5403, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E: %_1"}
!5403 = distinct !{!5403, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17ha89807c6cd3494b8E"}
!5404 = !DILocation(line: 0, scope: !2229, inlinedAt: !5405)
!5405 = distinct !DILocation(line: 805, column: 1, scope: !5272, inlinedAt: !5279)
!5406 = !{!5407}
!5407 = distinct !{!5407, !5408, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E: %self"}
!5408 = distinct !{!5408, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc48f024679bf13a2E"}
!5409 = !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !5405)
!5410 = !DILocation(line: 0, scope: !2239, inlinedAt: !5411)
!5411 = distinct !DILocation(line: 805, column: 1, scope: !2229, inlinedAt: !5405)
!5412 = !DILocation(line: 0, scope: !2742, inlinedAt: !5413)
!5413 = distinct !DILocation(line: 2811, column: 17, scope: !2239, inlinedAt: !5411)
!5414 = !DILocation(line: 0, scope: !2247, inlinedAt: !5415)
!5415 = distinct !DILocation(line: 2811, column: 32, scope: !2239, inlinedAt: !5411)
!5416 = !DILocation(line: 0, scope: !2254, inlinedAt: !5417)
!5417 = distinct !DILocation(line: 3167, column: 26, scope: !2247, inlinedAt: !5415)
!5418 = !DILocation(line: 444, column: 20, scope: !2751, inlinedAt: !5419)
!5419 = distinct !DILocation(line: 2104, column: 27, scope: !2742, inlinedAt: !5413)
!5420 = !{!5407, !5402, !5323}
!5421 = !DILocation(line: 3165, column: 30, scope: !2247, inlinedAt: !5415)
!5422 = !DILocation(line: 3942, column: 24, scope: !2254, inlinedAt: !5417)
!5423 = !{!5407, !5402}
!5424 = !DILocation(line: 2811, column: 12, scope: !2239, inlinedAt: !5411)
!5425 = !DILocation(line: 0, scope: !1988, inlinedAt: !5426)
!5426 = distinct !DILocation(line: 64, column: 9, scope: !2239, inlinedAt: !5411)
!5427 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5426)
!5428 = !DILocation(line: 2854, column: 18, scope: !2239, inlinedAt: !5411)
!5429 = !DILocation(line: 805, column: 1, scope: !5263)
!5430 = !DILocation(line: 0, scope: !3565)
!5431 = !DILocation(line: 805, column: 1, scope: !3565)
!5432 = !DILocation(line: 0, scope: !3577, inlinedAt: !5433)
!5433 = distinct !DILocation(line: 805, column: 1, scope: !3565)
!5434 = !DILocation(line: 0, scope: !3584, inlinedAt: !5433)
!5435 = !DILocation(line: 0, scope: !3606, inlinedAt: !5436)
!5436 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !5433)
!5437 = !DILocation(line: 0, scope: !3618, inlinedAt: !5438)
!5438 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !5436)
!5439 = !DILocation(line: 0, scope: !3625, inlinedAt: !5440)
!5440 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !5436)
!5441 = !DILocation(line: 0, scope: !3636, inlinedAt: !5442)
!5442 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !5440)
!5443 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !5438)
!5444 = !DILocation(line: 0, scope: !3600, inlinedAt: !5433)
!5445 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !5433)
!5446 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !5442)
!5447 = !DILocation(line: 0, scope: !1601, inlinedAt: !5448)
!5448 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !5433)
!5449 = !DILocation(line: 0, scope: !1610, inlinedAt: !5450)
!5450 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5448)
!5451 = !DILocation(line: 0, scope: !1618, inlinedAt: !5452)
!5452 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5450)
!5453 = !DILocation(line: 0, scope: !1627, inlinedAt: !5454)
!5454 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5452)
!5455 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5454)
!5456 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !5433)
!5457 = !DILocation(line: 0, scope: !3577, inlinedAt: !5458)
!5458 = distinct !DILocation(line: 805, column: 1, scope: !3565)
!5459 = !DILocation(line: 0, scope: !3584, inlinedAt: !5458)
!5460 = !DILocation(line: 0, scope: !3606, inlinedAt: !5461)
!5461 = distinct !DILocation(line: 1919, column: 26, scope: !3584, inlinedAt: !5458)
!5462 = !DILocation(line: 0, scope: !3618, inlinedAt: !5463)
!5463 = distinct !DILocation(line: 255, column: 43, scope: !3606, inlinedAt: !5461)
!5464 = !DILocation(line: 0, scope: !3625, inlinedAt: !5465)
!5465 = distinct !DILocation(line: 255, column: 68, scope: !3606, inlinedAt: !5461)
!5466 = !DILocation(line: 0, scope: !3636, inlinedAt: !5467)
!5467 = distinct !DILocation(line: 125, column: 30, scope: !3625, inlinedAt: !5465)
!5468 = !DILocation(line: 429, column: 14, scope: !3618, inlinedAt: !5463)
!5469 = !DILocation(line: 0, scope: !3600, inlinedAt: !5458)
!5470 = !DILocation(line: 1920, column: 16, scope: !3600, inlinedAt: !5458)
!5471 = !DILocation(line: 568, column: 14, scope: !3636, inlinedAt: !5467)
!5472 = !DILocation(line: 0, scope: !1601, inlinedAt: !5473)
!5473 = distinct !DILocation(line: 1921, column: 24, scope: !3600, inlinedAt: !5458)
!5474 = !DILocation(line: 0, scope: !1610, inlinedAt: !5475)
!5475 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5473)
!5476 = !DILocation(line: 0, scope: !1618, inlinedAt: !5477)
!5477 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5475)
!5478 = !DILocation(line: 0, scope: !1627, inlinedAt: !5479)
!5479 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5477)
!5480 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5479)
!5481 = !DILocation(line: 1920, column: 13, scope: !3600, inlinedAt: !5458)
!5482 = distinct !DISubprogram(name: "drop_slow<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hb05069d9843f7f67E", scope: !234, file: !845, line: 2109, type: !5135, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !359, declaration: !5483, retainedNodes: !5484)
!5483 = !DISubprogram(name: "drop_slow<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hb05069d9843f7f67E", scope: !234, file: !845, line: 2109, type: !5135, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !359)
!5484 = !{!5485, !5486}
!5485 = !DILocalVariable(name: "self", arg: 1, scope: !5482, file: !845, line: 2109, type: !5137)
!5486 = !DILocalVariable(name: "_weak", scope: !5487, file: !845, line: 2115, type: !5488, align: 64)
!5487 = distinct !DILexicalBlock(scope: !5482, file: !845, line: 2115, column: 9)
!5488 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5489, templateParams: !5492, identifier: "57c42bb951b37c34b764e65d0f4d0514")
!5489 = !{!5490, !5491}
!5490 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !5488, file: !2, baseType: !237, size: 64, align: 64, flags: DIFlagPrivate)
!5491 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !5488, file: !2, baseType: !950, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5492 = !{!353, !5493}
!5493 = !DITemplateTypeParameter(name: "A", type: !950)
!5494 = !DILocation(line: 0, scope: !5482)
!5495 = !DILocation(line: 2115, column: 33, scope: !5482)
!5496 = !DILocation(line: 0, scope: !5487)
!5497 = !DILocation(line: 2120, column: 37, scope: !5487)
!5498 = !{!5499}
!5499 = distinct !{!5499, !5500, !"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h4020b3d16f3168e4E: %_1"}
!5500 = distinct !{!5500, !"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h4020b3d16f3168e4E"}
!5501 = !DILocation(line: 2120, column: 18, scope: !5487)
!5502 = !DILocalVariable(arg: 1, scope: !5503, file: !1507, line: 805, type: !5506)
!5503 = distinct !DISubprogram(name: "drop_in_place<std::thread::scoped::ScopeData>", linkageName: "_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h4020b3d16f3168e4E", scope: !68, file: !1507, line: 805, type: !5504, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !352, retainedNodes: !5507)
!5504 = !DISubroutineType(types: !5505)
!5505 = !{null, !5506}
!5506 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::scoped::ScopeData", baseType: !246, size: 64, align: 64, dwarfAddressSpace: 0)
!5507 = !{!5502}
!5508 = !DILocation(line: 0, scope: !5503, inlinedAt: !5509)
!5509 = distinct !DILocation(line: 2120, column: 18, scope: !5487)
!5510 = !{!5511}
!5511 = distinct !{!5511, !5512, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE: %_1"}
!5512 = distinct !{!5512, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h04842ca48fc8f9acE"}
!5513 = !DILocation(line: 805, column: 1, scope: !5503, inlinedAt: !5509)
!5514 = !DILocation(line: 0, scope: !1900, inlinedAt: !5515)
!5515 = distinct !DILocation(line: 805, column: 1, scope: !5503, inlinedAt: !5509)
!5516 = !{!5517}
!5517 = distinct !{!5517, !5518, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E: %_1"}
!5518 = distinct !{!5518, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17hdc3a398bb664a709E"}
!5519 = !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !5515)
!5520 = !DILocation(line: 0, scope: !1914, inlinedAt: !5521)
!5521 = distinct !DILocation(line: 805, column: 1, scope: !1900, inlinedAt: !5515)
!5522 = !{!5523}
!5523 = distinct !{!5523, !5524, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE: %_1"}
!5524 = distinct !{!5524, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17h6d04b7ae70006bddE"}
!5525 = !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !5521)
!5526 = !DILocation(line: 0, scope: !1928, inlinedAt: !5527)
!5527 = distinct !DILocation(line: 805, column: 1, scope: !1914, inlinedAt: !5521)
!5528 = !{!5529}
!5529 = distinct !{!5529, !5530, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E: %self"}
!5530 = distinct !{!5530, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h7d40556ebf2f3592E"}
!5531 = !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !5527)
!5532 = !DILocation(line: 0, scope: !1942, inlinedAt: !5533)
!5533 = distinct !DILocation(line: 805, column: 1, scope: !1928, inlinedAt: !5527)
!5534 = !DILocation(line: 0, scope: !1951, inlinedAt: !5535)
!5535 = distinct !DILocation(line: 2811, column: 17, scope: !1942, inlinedAt: !5533)
!5536 = !DILocation(line: 0, scope: !1960, inlinedAt: !5537)
!5537 = distinct !DILocation(line: 2811, column: 32, scope: !1942, inlinedAt: !5533)
!5538 = !DILocation(line: 0, scope: !1968, inlinedAt: !5539)
!5539 = distinct !DILocation(line: 3167, column: 26, scope: !1960, inlinedAt: !5537)
!5540 = !DILocation(line: 444, column: 20, scope: !1975, inlinedAt: !5541)
!5541 = distinct !DILocation(line: 2104, column: 27, scope: !1951, inlinedAt: !5535)
!5542 = !{!5529, !5523, !5517, !5511, !5499}
!5543 = !DILocation(line: 3165, column: 30, scope: !1960, inlinedAt: !5537)
!5544 = !DILocation(line: 3942, column: 24, scope: !1968, inlinedAt: !5539)
!5545 = !DILocation(line: 2811, column: 12, scope: !1942, inlinedAt: !5533)
!5546 = !DILocation(line: 0, scope: !1988, inlinedAt: !5547)
!5547 = distinct !DILocation(line: 64, column: 9, scope: !1942, inlinedAt: !5533)
!5548 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5547)
!5549 = !DILocation(line: 2854, column: 18, scope: !1942, inlinedAt: !5533)
!5550 = !DILocalVariable(arg: 1, scope: !5551, file: !1507, line: 805, type: !5554)
!5551 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17h9014e2685d524c49E", scope: !68, file: !1507, line: 805, type: !5552, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5556, retainedNodes: !5555)
!5552 = !DISubroutineType(types: !5553)
!5553 = !{null, !5554}
!5554 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !5488, size: 64, align: 64, dwarfAddressSpace: 0)
!5555 = !{!5550}
!5556 = !{!5557}
!5557 = !DITemplateTypeParameter(name: "T", type: !5488)
!5558 = !DILocation(line: 0, scope: !5551, inlinedAt: !5559)
!5559 = distinct !DILocation(line: 2121, column: 5, scope: !5482)
!5560 = !DILocalVariable(name: "self", arg: 1, scope: !5561, file: !845, line: 3468, type: !5565)
!5561 = distinct !DISubprogram(name: "drop<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17he9059638dc0649a1E", scope: !5562, file: !845, line: 3468, type: !5563, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5492, retainedNodes: !5566)
!5562 = !DINamespace(name: "{impl#52}", scope: !62)
!5563 = !DISubroutineType(types: !5564)
!5564 = !{null, !5565}
!5565 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !5488, size: 64, align: 64, dwarfAddressSpace: 0)
!5566 = !{!5560, !5567, !5567, !5573, !5573}
!5567 = !DILocalVariable(name: "inner", scope: !5568, file: !845, line: 3477, type: !5569, align: 64)
!5568 = distinct !DILexicalBlock(scope: !5561, file: !845, line: 3477, column: 9)
!5569 = !DICompositeType(tag: DW_TAG_structure_type, name: "WeakInner", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !5570, templateParams: !23, identifier: "3fb1708ff1a23a641418ae7877df0780")
!5570 = !{!5571, !5572}
!5571 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !5569, file: !2, baseType: !837, size: 64, align: 64, flags: DIFlagPrivate)
!5572 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !5569, file: !2, baseType: !837, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5573 = !DILocalVariable(name: "inner", scope: !5574, file: !845, line: 3477, type: !5569, align: 64)
!5574 = distinct !DILexicalBlock(scope: !5561, file: !845, line: 3477, column: 55)
!5575 = !DILocation(line: 0, scope: !5561, inlinedAt: !5576)
!5576 = distinct !DILocation(line: 805, column: 1, scope: !5551, inlinedAt: !5559)
!5577 = !DILocalVariable(name: "self", arg: 1, scope: !5578, file: !845, line: 3325, type: !5565)
!5578 = distinct !DISubprogram(name: "inner<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h6dd84ca101801cedE", scope: !5488, file: !845, line: 3325, type: !5579, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5492, declaration: !5595, retainedNodes: !5596)
!5579 = !DISubroutineType(types: !5580)
!5580 = !{!5581, !5594}
!5581 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::WeakInner>", scope: !113, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5582, templateParams: !23, identifier: "e465991810dac75a84e4c72a6b4fc453")
!5582 = !{!5583}
!5583 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5581, file: !2, size: 128, align: 64, elements: !5584, templateParams: !23, identifier: "8052219ee73fd0d7c67d9e8d476388b4", discriminator: !5593)
!5584 = !{!5585, !5589}
!5585 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !5583, file: !2, baseType: !5586, size: 128, align: 64, extraData: i64 0)
!5586 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !5581, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !5587, identifier: "324806d74fb9eaa6a700272c15d336eb")
!5587 = !{!5588}
!5588 = !DITemplateTypeParameter(name: "T", type: !5569)
!5589 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !5583, file: !2, baseType: !5590, size: 128, align: 64)
!5590 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !5581, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5591, templateParams: !5587, identifier: "752bd2e924b53a0130f76d30b160b008")
!5591 = !{!5592}
!5592 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5590, file: !2, baseType: !5569, size: 128, align: 64, flags: DIFlagPublic)
!5593 = !DIDerivedType(tag: DW_TAG_member, scope: !5581, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagArtificial)
!5594 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !5488, size: 64, align: 64, dwarfAddressSpace: 0)
!5595 = !DISubprogram(name: "inner<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h6dd84ca101801cedE", scope: !5488, file: !845, line: 3325, type: !5579, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5492)
!5596 = !{!5577, !5597}
!5597 = !DILocalVariable(name: "ptr", scope: !5598, file: !845, line: 3326, type: !5599, align: 64)
!5598 = distinct !DILexicalBlock(scope: !5578, file: !845, line: 3326, column: 9)
!5599 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::thread::scoped::ScopeData>", baseType: !241, size: 64, align: 64, dwarfAddressSpace: 0)
!5600 = !DILocation(line: 0, scope: !5578, inlinedAt: !5601)
!5601 = distinct !DILocation(line: 3477, column: 47, scope: !5574, inlinedAt: !5576)
!5602 = !DILocalVariable(name: "val", scope: !5603, file: !834, line: 3165, type: !9, align: 64)
!5603 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !5604)
!5604 = !{!5605, !5602, !5606}
!5605 = !DILocalVariable(name: "self", arg: 1, scope: !5603, file: !834, line: 3165, type: !837)
!5606 = !DILocalVariable(name: "order", scope: !5603, file: !834, line: 3165, type: !642, align: 8)
!5607 = !DILocation(line: 0, scope: !5603, inlinedAt: !5608)
!5608 = distinct !DILocation(line: 3479, column: 23, scope: !5568, inlinedAt: !5576)
!5609 = !DILocalVariable(name: "val", scope: !5610, file: !834, line: 3936, type: !9, align: 64)
!5610 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !5611)
!5611 = !{!5612, !5609, !5613}
!5612 = !DILocalVariable(name: "dst", arg: 1, scope: !5610, file: !834, line: 3936, type: !859)
!5613 = !DILocalVariable(name: "order", scope: !5610, file: !834, line: 3936, type: !642, align: 8)
!5614 = !DILocation(line: 0, scope: !5610, inlinedAt: !5615)
!5615 = distinct !DILocation(line: 3167, column: 26, scope: !5603, inlinedAt: !5608)
!5616 = !DILocation(line: 0, scope: !5598, inlinedAt: !5601)
!5617 = !DILocation(line: 3327, column: 12, scope: !5598, inlinedAt: !5601)
!5618 = !DILocation(line: 3333, column: 69, scope: !5598, inlinedAt: !5601)
!5619 = !DILocation(line: 0, scope: !5568, inlinedAt: !5576)
!5620 = !DILocation(line: 0, scope: !5574, inlinedAt: !5576)
!5621 = !DILocation(line: 3942, column: 24, scope: !5610, inlinedAt: !5615)
!5622 = !DILocation(line: 3479, column: 12, scope: !5568, inlinedAt: !5576)
!5623 = !DILocation(line: 0, scope: !1988, inlinedAt: !5624)
!5624 = distinct !DILocation(line: 64, column: 9, scope: !5568, inlinedAt: !5576)
!5625 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5624)
!5626 = !DILocalVariable(name: "self", arg: 1, scope: !5627, file: !5628, line: 388, type: !5632)
!5627 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h12c8260932227816E", scope: !5629, file: !5628, line: 388, type: !5630, scopeLine: 388, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !193, retainedNodes: !5633)
!5628 = !DIFile(filename: "library/core/src/alloc/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ef5fdd420c12591762e4494959e9e675")
!5629 = !DINamespace(name: "{impl#2}", scope: !908)
!5630 = !DISubroutineType(types: !5631)
!5631 = !{null, !5632, !177, !906}
!5632 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&alloc::alloc::Global", baseType: !950, size: 64, align: 64, dwarfAddressSpace: 0)
!5633 = !{!5626, !5634, !5635}
!5634 = !DILocalVariable(name: "ptr", arg: 2, scope: !5627, file: !5628, line: 388, type: !177)
!5635 = !DILocalVariable(name: "layout", arg: 3, scope: !5627, file: !5628, line: 388, type: !906)
!5636 = !DILocation(line: 0, scope: !5627, inlinedAt: !5637)
!5637 = distinct !DILocation(line: 3491, column: 28, scope: !5568, inlinedAt: !5576)
!5638 = !DILocation(line: 0, scope: !1601, inlinedAt: !5639)
!5639 = distinct !DILocation(line: 390, column: 27, scope: !5627, inlinedAt: !5637)
!5640 = !DILocation(line: 0, scope: !1610, inlinedAt: !5641)
!5641 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5639)
!5642 = !DILocation(line: 0, scope: !1618, inlinedAt: !5643)
!5643 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5641)
!5644 = !DILocation(line: 0, scope: !1627, inlinedAt: !5645)
!5645 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5643)
!5646 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5645)
!5647 = !DILocation(line: 3479, column: 9, scope: !5568, inlinedAt: !5576)
!5648 = !DILocation(line: 0, scope: !5551, inlinedAt: !5649)
!5649 = distinct !DILocation(line: 2121, column: 5, scope: !5482)
!5650 = !DILocation(line: 0, scope: !5561, inlinedAt: !5651)
!5651 = distinct !DILocation(line: 805, column: 1, scope: !5551, inlinedAt: !5649)
!5652 = !DILocation(line: 0, scope: !5578, inlinedAt: !5653)
!5653 = distinct !DILocation(line: 3477, column: 47, scope: !5574, inlinedAt: !5651)
!5654 = !DILocation(line: 0, scope: !5603, inlinedAt: !5655)
!5655 = distinct !DILocation(line: 3479, column: 23, scope: !5568, inlinedAt: !5651)
!5656 = !DILocation(line: 0, scope: !5610, inlinedAt: !5657)
!5657 = distinct !DILocation(line: 3167, column: 26, scope: !5603, inlinedAt: !5655)
!5658 = !DILocation(line: 0, scope: !5598, inlinedAt: !5653)
!5659 = !DILocation(line: 3327, column: 12, scope: !5598, inlinedAt: !5653)
!5660 = !DILocation(line: 3333, column: 69, scope: !5598, inlinedAt: !5653)
!5661 = !DILocation(line: 0, scope: !5568, inlinedAt: !5651)
!5662 = !DILocation(line: 0, scope: !5574, inlinedAt: !5651)
!5663 = !DILocation(line: 3942, column: 24, scope: !5610, inlinedAt: !5657)
!5664 = !DILocation(line: 3479, column: 12, scope: !5568, inlinedAt: !5651)
!5665 = !DILocation(line: 0, scope: !1988, inlinedAt: !5666)
!5666 = distinct !DILocation(line: 64, column: 9, scope: !5568, inlinedAt: !5651)
!5667 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5666)
!5668 = !DILocation(line: 0, scope: !5627, inlinedAt: !5669)
!5669 = distinct !DILocation(line: 3491, column: 28, scope: !5568, inlinedAt: !5651)
!5670 = !DILocation(line: 0, scope: !1601, inlinedAt: !5671)
!5671 = distinct !DILocation(line: 390, column: 27, scope: !5627, inlinedAt: !5669)
!5672 = !DILocation(line: 0, scope: !1610, inlinedAt: !5673)
!5673 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5671)
!5674 = !DILocation(line: 0, scope: !1618, inlinedAt: !5675)
!5675 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5673)
!5676 = !DILocation(line: 0, scope: !1627, inlinedAt: !5677)
!5677 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5675)
!5678 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5677)
!5679 = !DILocation(line: 3479, column: 9, scope: !5568, inlinedAt: !5651)
!5680 = !DILocation(line: 2121, column: 6, scope: !5482)
!5681 = !DILocation(line: 2109, column: 5, scope: !5482)
!5682 = distinct !DISubprogram(name: "drop_slow<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E", scope: !61, file: !845, line: 2109, type: !2354, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !98, declaration: !5683, retainedNodes: !5684)
!5683 = !DISubprogram(name: "drop_slow<core::sync::atomic::AtomicUsize, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hbf76ebcf380792e5E", scope: !61, file: !845, line: 2109, type: !2354, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !98)
!5684 = !{!5685, !5686}
!5685 = !DILocalVariable(name: "self", arg: 1, scope: !5682, file: !845, line: 2109, type: !2356)
!5686 = !DILocalVariable(name: "_weak", scope: !5687, file: !845, line: 2115, type: !5688, align: 64)
!5687 = distinct !DILexicalBlock(scope: !5682, file: !845, line: 2115, column: 9)
!5688 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5689, templateParams: !5692, identifier: "89b4315d16dd8f811c76d57d3a90c34a")
!5689 = !{!5690, !5691}
!5690 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !5688, file: !2, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!5691 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !5688, file: !2, baseType: !950, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5692 = !{!89, !5493}
!5693 = !DILocation(line: 0, scope: !5682)
!5694 = !DILocation(line: 2115, column: 33, scope: !5682)
!5695 = !DILocalVariable(arg: 1, scope: !5696, file: !1507, line: 805, type: !5699)
!5696 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr104drop_in_place$LT$alloc..sync..Weak$LT$core..sync..atomic..AtomicUsize$C$$RF$alloc..alloc..Global$GT$$GT$17h7d56ca570ac01ad2E", scope: !68, file: !1507, line: 805, type: !5697, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5701, retainedNodes: !5700)
!5697 = !DISubroutineType(types: !5698)
!5698 = !{null, !5699}
!5699 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", baseType: !5688, size: 64, align: 64, dwarfAddressSpace: 0)
!5700 = !{!5695}
!5701 = !{!5702}
!5702 = !DITemplateTypeParameter(name: "T", type: !5688)
!5703 = !DILocation(line: 0, scope: !5696, inlinedAt: !5704)
!5704 = distinct !DILocation(line: 2121, column: 5, scope: !5682)
!5705 = !DILocalVariable(name: "self", arg: 1, scope: !5706, file: !845, line: 3468, type: !5709)
!5706 = distinct !DISubprogram(name: "drop<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2fd06a5d4c9b10ceE", scope: !5562, file: !845, line: 3468, type: !5707, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5692, retainedNodes: !5710)
!5707 = !DISubroutineType(types: !5708)
!5708 = !{null, !5709}
!5709 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", baseType: !5688, size: 64, align: 64, dwarfAddressSpace: 0)
!5710 = !{!5705, !5711, !5711, !5713, !5713}
!5711 = !DILocalVariable(name: "inner", scope: !5712, file: !845, line: 3477, type: !5569, align: 64)
!5712 = distinct !DILexicalBlock(scope: !5706, file: !845, line: 3477, column: 9)
!5713 = !DILocalVariable(name: "inner", scope: !5714, file: !845, line: 3477, type: !5569, align: 64)
!5714 = distinct !DILexicalBlock(scope: !5706, file: !845, line: 3477, column: 55)
!5715 = !DILocation(line: 0, scope: !5706, inlinedAt: !5716)
!5716 = distinct !DILocation(line: 805, column: 1, scope: !5696, inlinedAt: !5704)
!5717 = !DILocalVariable(name: "self", arg: 1, scope: !5718, file: !845, line: 3325, type: !5709)
!5718 = distinct !DISubprogram(name: "inner<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h7baabd43234e51cfE", scope: !5688, file: !845, line: 3325, type: !5719, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5692, declaration: !5722, retainedNodes: !5723)
!5719 = !DISubroutineType(types: !5720)
!5720 = !{!5581, !5721}
!5721 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", baseType: !5688, size: 64, align: 64, dwarfAddressSpace: 0)
!5722 = !DISubprogram(name: "inner<core::sync::atomic::AtomicUsize, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h7baabd43234e51cfE", scope: !5688, file: !845, line: 3325, type: !5719, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5692)
!5723 = !{!5717, !5724}
!5724 = !DILocalVariable(name: "ptr", scope: !5725, file: !845, line: 3326, type: !898, align: 64)
!5725 = distinct !DILexicalBlock(scope: !5718, file: !845, line: 3326, column: 9)
!5726 = !DILocation(line: 0, scope: !5718, inlinedAt: !5727)
!5727 = distinct !DILocation(line: 3477, column: 47, scope: !5714, inlinedAt: !5716)
!5728 = !DILocalVariable(name: "val", scope: !5729, file: !834, line: 3165, type: !9, align: 64)
!5729 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !5730)
!5730 = !{!5731, !5728, !5732}
!5731 = !DILocalVariable(name: "self", arg: 1, scope: !5729, file: !834, line: 3165, type: !837)
!5732 = !DILocalVariable(name: "order", scope: !5729, file: !834, line: 3165, type: !642, align: 8)
!5733 = !DILocation(line: 0, scope: !5729, inlinedAt: !5734)
!5734 = distinct !DILocation(line: 3479, column: 23, scope: !5712, inlinedAt: !5716)
!5735 = !DILocalVariable(name: "val", scope: !5736, file: !834, line: 3936, type: !9, align: 64)
!5736 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !5737)
!5737 = !{!5738, !5735, !5739}
!5738 = !DILocalVariable(name: "dst", arg: 1, scope: !5736, file: !834, line: 3936, type: !859)
!5739 = !DILocalVariable(name: "order", scope: !5736, file: !834, line: 3936, type: !642, align: 8)
!5740 = !DILocation(line: 0, scope: !5736, inlinedAt: !5741)
!5741 = distinct !DILocation(line: 3167, column: 26, scope: !5729, inlinedAt: !5734)
!5742 = !DILocation(line: 0, scope: !5725, inlinedAt: !5727)
!5743 = !DILocation(line: 3327, column: 12, scope: !5725, inlinedAt: !5727)
!5744 = !DILocation(line: 3333, column: 69, scope: !5725, inlinedAt: !5727)
!5745 = !DILocation(line: 0, scope: !5712, inlinedAt: !5716)
!5746 = !DILocation(line: 0, scope: !5714, inlinedAt: !5716)
!5747 = !DILocation(line: 3942, column: 24, scope: !5736, inlinedAt: !5741)
!5748 = !DILocation(line: 3479, column: 12, scope: !5712, inlinedAt: !5716)
!5749 = !DILocation(line: 0, scope: !1988, inlinedAt: !5750)
!5750 = distinct !DILocation(line: 64, column: 9, scope: !5712, inlinedAt: !5716)
!5751 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5750)
!5752 = !DILocation(line: 0, scope: !5627, inlinedAt: !5753)
!5753 = distinct !DILocation(line: 3491, column: 28, scope: !5712, inlinedAt: !5716)
!5754 = !DILocation(line: 0, scope: !1601, inlinedAt: !5755)
!5755 = distinct !DILocation(line: 390, column: 27, scope: !5627, inlinedAt: !5753)
!5756 = !DILocation(line: 0, scope: !1610, inlinedAt: !5757)
!5757 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5755)
!5758 = !DILocation(line: 0, scope: !1618, inlinedAt: !5759)
!5759 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5757)
!5760 = !DILocation(line: 0, scope: !1627, inlinedAt: !5761)
!5761 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5759)
!5762 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5761)
!5763 = !DILocation(line: 3479, column: 9, scope: !5712, inlinedAt: !5716)
!5764 = !DILocation(line: 2121, column: 6, scope: !5682)
!5765 = distinct !DISubprogram(name: "drop_slow<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E", scope: !211, file: !845, line: 2109, type: !2240, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !433, declaration: !5766, retainedNodes: !5767)
!5766 = !DISubprogram(name: "drop_slow<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17hebc8e40d2413fbe9E", scope: !211, file: !845, line: 2109, type: !2240, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !433)
!5767 = !{!5768, !5769}
!5768 = !DILocalVariable(name: "self", arg: 1, scope: !5765, file: !845, line: 2109, type: !2242)
!5769 = !DILocalVariable(name: "_weak", scope: !5770, file: !845, line: 2115, type: !5771, align: 64)
!5770 = distinct !DILexicalBlock(scope: !5765, file: !845, line: 2115, column: 9)
!5771 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5772, templateParams: !5775, identifier: "d3dc79ea27496625e2839a9a2fa86be5")
!5772 = !{!5773, !5774}
!5773 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !5771, file: !2, baseType: !214, size: 64, align: 64, flags: DIFlagPrivate)
!5774 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !5771, file: !2, baseType: !950, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!5775 = !{!427, !5493}
!5776 = !DILocation(line: 0, scope: !5765)
!5777 = !DILocation(line: 2115, column: 33, scope: !5765)
!5778 = !DILocation(line: 0, scope: !5770)
!5779 = !DILocation(line: 2120, column: 37, scope: !5770)
!5780 = !DILocation(line: 2120, column: 18, scope: !5770)
!5781 = !DILocalVariable(arg: 1, scope: !5782, file: !1507, line: 805, type: !5785)
!5782 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17h283e7f7bf7fdf477E", scope: !68, file: !1507, line: 805, type: !5783, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5787, retainedNodes: !5786)
!5783 = !DISubroutineType(types: !5784)
!5784 = !{null, !5785}
!5785 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !5771, size: 64, align: 64, dwarfAddressSpace: 0)
!5786 = !{!5781}
!5787 = !{!5788}
!5788 = !DITemplateTypeParameter(name: "T", type: !5771)
!5789 = !DILocation(line: 0, scope: !5782, inlinedAt: !5790)
!5790 = distinct !DILocation(line: 2121, column: 5, scope: !5765)
!5791 = !DILocalVariable(name: "self", arg: 1, scope: !5792, file: !845, line: 3468, type: !5795)
!5792 = distinct !DISubprogram(name: "drop<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h58f5d7d9030ebdc3E", scope: !5562, file: !845, line: 3468, type: !5793, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5775, retainedNodes: !5796)
!5793 = !DISubroutineType(types: !5794)
!5794 = !{null, !5795}
!5795 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !5771, size: 64, align: 64, dwarfAddressSpace: 0)
!5796 = !{!5791, !5797, !5797, !5799, !5799}
!5797 = !DILocalVariable(name: "inner", scope: !5798, file: !845, line: 3477, type: !5569, align: 64)
!5798 = distinct !DILexicalBlock(scope: !5792, file: !845, line: 3477, column: 9)
!5799 = !DILocalVariable(name: "inner", scope: !5800, file: !845, line: 3477, type: !5569, align: 64)
!5800 = distinct !DILexicalBlock(scope: !5792, file: !845, line: 3477, column: 55)
!5801 = !DILocation(line: 0, scope: !5792, inlinedAt: !5802)
!5802 = distinct !DILocation(line: 805, column: 1, scope: !5782, inlinedAt: !5790)
!5803 = !DILocalVariable(name: "self", arg: 1, scope: !5804, file: !845, line: 3325, type: !5795)
!5804 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17hdbb4cc2496d55d73E", scope: !5771, file: !845, line: 3325, type: !5805, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !5775, declaration: !5808, retainedNodes: !5809)
!5805 = !DISubroutineType(types: !5806)
!5806 = !{!5581, !5807}
!5807 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !5771, size: 64, align: 64, dwarfAddressSpace: 0)
!5808 = !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17hdbb4cc2496d55d73E", scope: !5771, file: !845, line: 3325, type: !5805, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5775)
!5809 = !{!5803, !5810}
!5810 = !DILocalVariable(name: "ptr", scope: !5811, file: !845, line: 3326, type: !2016, align: 64)
!5811 = distinct !DILexicalBlock(scope: !5804, file: !845, line: 3326, column: 9)
!5812 = !DILocation(line: 0, scope: !5804, inlinedAt: !5813)
!5813 = distinct !DILocation(line: 3477, column: 47, scope: !5800, inlinedAt: !5802)
!5814 = !DILocalVariable(name: "val", scope: !5815, file: !834, line: 3165, type: !9, align: 64)
!5815 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !834, line: 3165, type: !835, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !23, declaration: !1961, retainedNodes: !5816)
!5816 = !{!5817, !5814, !5818}
!5817 = !DILocalVariable(name: "self", arg: 1, scope: !5815, file: !834, line: 3165, type: !837)
!5818 = !DILocalVariable(name: "order", scope: !5815, file: !834, line: 3165, type: !642, align: 8)
!5819 = !DILocation(line: 0, scope: !5815, inlinedAt: !5820)
!5820 = distinct !DILocation(line: 3479, column: 23, scope: !5798, inlinedAt: !5802)
!5821 = !DILocalVariable(name: "val", scope: !5822, file: !834, line: 3936, type: !9, align: 64)
!5822 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17he2a5d630fea719ecE", scope: !76, file: !834, line: 3936, type: !857, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !863, retainedNodes: !5823)
!5823 = !{!5824, !5821, !5825}
!5824 = !DILocalVariable(name: "dst", arg: 1, scope: !5822, file: !834, line: 3936, type: !859)
!5825 = !DILocalVariable(name: "order", scope: !5822, file: !834, line: 3936, type: !642, align: 8)
!5826 = !DILocation(line: 0, scope: !5822, inlinedAt: !5827)
!5827 = distinct !DILocation(line: 3167, column: 26, scope: !5815, inlinedAt: !5820)
!5828 = !DILocation(line: 0, scope: !5811, inlinedAt: !5813)
!5829 = !DILocation(line: 3327, column: 12, scope: !5811, inlinedAt: !5813)
!5830 = !DILocation(line: 3333, column: 69, scope: !5811, inlinedAt: !5813)
!5831 = !DILocation(line: 0, scope: !5798, inlinedAt: !5802)
!5832 = !DILocation(line: 0, scope: !5800, inlinedAt: !5802)
!5833 = !DILocation(line: 3942, column: 24, scope: !5822, inlinedAt: !5827)
!5834 = !DILocation(line: 3479, column: 12, scope: !5798, inlinedAt: !5802)
!5835 = !DILocation(line: 0, scope: !1988, inlinedAt: !5836)
!5836 = distinct !DILocation(line: 64, column: 9, scope: !5798, inlinedAt: !5802)
!5837 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5836)
!5838 = !DILocation(line: 0, scope: !5627, inlinedAt: !5839)
!5839 = distinct !DILocation(line: 3491, column: 28, scope: !5798, inlinedAt: !5802)
!5840 = !DILocation(line: 0, scope: !1601, inlinedAt: !5841)
!5841 = distinct !DILocation(line: 390, column: 27, scope: !5627, inlinedAt: !5839)
!5842 = !DILocation(line: 0, scope: !1610, inlinedAt: !5843)
!5843 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5841)
!5844 = !DILocation(line: 0, scope: !1618, inlinedAt: !5845)
!5845 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5843)
!5846 = !DILocation(line: 0, scope: !1627, inlinedAt: !5847)
!5847 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5845)
!5848 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5847)
!5849 = !DILocation(line: 3479, column: 9, scope: !5798, inlinedAt: !5802)
!5850 = !DILocation(line: 0, scope: !5782, inlinedAt: !5851)
!5851 = distinct !DILocation(line: 2121, column: 5, scope: !5765)
!5852 = !DILocation(line: 0, scope: !5792, inlinedAt: !5853)
!5853 = distinct !DILocation(line: 805, column: 1, scope: !5782, inlinedAt: !5851)
!5854 = !DILocation(line: 0, scope: !5804, inlinedAt: !5855)
!5855 = distinct !DILocation(line: 3477, column: 47, scope: !5800, inlinedAt: !5853)
!5856 = !DILocation(line: 0, scope: !5815, inlinedAt: !5857)
!5857 = distinct !DILocation(line: 3479, column: 23, scope: !5798, inlinedAt: !5853)
!5858 = !DILocation(line: 0, scope: !5822, inlinedAt: !5859)
!5859 = distinct !DILocation(line: 3167, column: 26, scope: !5815, inlinedAt: !5857)
!5860 = !DILocation(line: 0, scope: !5811, inlinedAt: !5855)
!5861 = !DILocation(line: 3327, column: 12, scope: !5811, inlinedAt: !5855)
!5862 = !DILocation(line: 3333, column: 69, scope: !5811, inlinedAt: !5855)
!5863 = !DILocation(line: 0, scope: !5798, inlinedAt: !5853)
!5864 = !DILocation(line: 0, scope: !5800, inlinedAt: !5853)
!5865 = !DILocation(line: 3942, column: 24, scope: !5822, inlinedAt: !5859)
!5866 = !DILocation(line: 3479, column: 12, scope: !5798, inlinedAt: !5853)
!5867 = !DILocation(line: 0, scope: !1988, inlinedAt: !5868)
!5868 = distinct !DILocation(line: 64, column: 9, scope: !5798, inlinedAt: !5853)
!5869 = !DILocation(line: 4373, column: 24, scope: !1988, inlinedAt: !5868)
!5870 = !DILocation(line: 0, scope: !5627, inlinedAt: !5871)
!5871 = distinct !DILocation(line: 3491, column: 28, scope: !5798, inlinedAt: !5853)
!5872 = !DILocation(line: 0, scope: !1601, inlinedAt: !5873)
!5873 = distinct !DILocation(line: 390, column: 27, scope: !5627, inlinedAt: !5871)
!5874 = !DILocation(line: 0, scope: !1610, inlinedAt: !5875)
!5875 = distinct !DILocation(line: 442, column: 23, scope: !1601, inlinedAt: !5873)
!5876 = !DILocation(line: 0, scope: !1618, inlinedAt: !5877)
!5877 = distinct !DILocation(line: 324, column: 9, scope: !1610, inlinedAt: !5875)
!5878 = !DILocation(line: 0, scope: !1627, inlinedAt: !5879)
!5879 = distinct !DILocation(line: 209, column: 22, scope: !1618, inlinedAt: !5877)
!5880 = !DILocation(line: 115, column: 14, scope: !1627, inlinedAt: !5879)
!5881 = !DILocation(line: 3479, column: 9, scope: !5798, inlinedAt: !5853)
!5882 = !DILocation(line: 2121, column: 6, scope: !5765)
!5883 = !DILocation(line: 2109, column: 5, scope: !5765)
!5884 = distinct !DISubprogram(name: "fmt<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h32cae1ca663ebdfaE", scope: !5885, file: !890, line: 2198, type: !5886, scopeLine: 2198, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !564, templateParams: !3601, retainedNodes: !5889)
!5885 = !DINamespace(name: "{impl#25}", scope: !892)
!5886 = !DISubroutineType(types: !5887)
!5887 = !{!5030, !5888, !5046}
!5888 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !389, size: 64, align: 64, dwarfAddressSpace: 0)
!5889 = !{!5890, !5891}
!5890 = !DILocalVariable(name: "self", arg: 1, scope: !5884, file: !890, line: 2198, type: !5888)
!5891 = !DILocalVariable(name: "f", arg: 2, scope: !5884, file: !890, line: 2198, type: !5046)
!5892 = !DILocation(line: 0, scope: !5884)
!5893 = !DILocation(line: 2199, column: 25, scope: !5884)
!5894 = !DILocation(line: 2199, column: 9, scope: !5884)
!5895 = !DILocation(line: 2200, column: 6, scope: !5884)
