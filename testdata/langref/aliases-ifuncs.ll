; RUN: parse --print
; Aliases and IFuncs (LangRef "Aliases", "IFuncs"): aliases of globals, functions and
; constant expressions with linkage, visibility, DLL storage, TLS, unnamed_addr and partition;
; ifuncs with resolvers; a function calling through both.
target triple = "x86_64-unknown-linux-gnu"

@data = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
; CHECK: @data = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@tls = thread_local global i32 0
; CHECK: @tls = thread_local global i32 0

@a_plain = alias i32, ptr @data
; CHECK: @a_plain = alias i32, ptr @data
@a_private = private alias i32, ptr @data
; CHECK: @a_private = private alias i32, ptr @data
@a_internal = internal alias [4 x i32], ptr @data
; CHECK: @a_internal = internal alias [4 x i32], ptr @data
@a_weak = weak alias [4 x i32], ptr @data
; CHECK: @a_weak = weak alias [4 x i32], ptr @data
@a_linkonce_odr = linkonce_odr alias [4 x i32], ptr @data
; CHECK: @a_linkonce_odr = linkonce_odr alias [4 x i32], ptr @data
@a_hidden = hidden alias [4 x i32], ptr @data
; CHECK: @a_hidden = hidden alias [4 x i32], ptr @data
@a_protected = protected alias [4 x i32], ptr @data
; CHECK: @a_protected = protected alias [4 x i32], ptr @data
@a_dllexport = dllexport alias [4 x i32], ptr @data
; CHECK: @a_dllexport = dllexport alias [4 x i32], ptr @data
@a_dso_local = dso_local alias [4 x i32], ptr @data
; CHECK: @a_dso_local = dso_local alias [4 x i32], ptr @data
@a_tls = thread_local(localexec) alias i32, ptr @tls
; CHECK: @a_tls = thread_local(localexec) alias i32, ptr @tls
@a_unnamed = unnamed_addr alias [4 x i32], ptr @data
; CHECK: @a_unnamed = unnamed_addr alias [4 x i32], ptr @data
@a_local_unnamed = local_unnamed_addr alias [4 x i32], ptr @data
; CHECK: @a_local_unnamed = local_unnamed_addr alias [4 x i32], ptr @data
@a_partition = alias [4 x i32], ptr @data, partition "part1"
; CHECK: @a_partition = alias [4 x i32], ptr @data, partition "part1"
@a_gep = alias i32, getelementptr inbounds ([4 x i32], ptr @data, i64 0, i64 2)
; CHECK: @a_gep = alias i32, ptr getelementptr inbounds ([4 x i32], ptr @data, i64 0, i64 2)
@a_of_alias = alias i32, ptr @a_plain
; CHECK: @a_of_alias = alias i32, ptr @a_plain
@a_func = alias i32 (i32), ptr @impl_generic
; CHECK: @a_func = alias i32 (i32), ptr @impl_generic

@if_plain = ifunc i32 (i32), ptr @resolver
; CHECK: @if_plain = ifunc i32 (i32), ptr @resolver
@if_internal = internal ifunc i32 (i32), ptr @resolver
; CHECK: @if_internal = internal ifunc i32 (i32), ptr @resolver
@if_hidden = hidden ifunc i32 (i32), ptr @resolver
; CHECK: @if_hidden = hidden ifunc i32 (i32), ptr @resolver
@if_dso_local = dso_local ifunc i32 (i32), ptr @resolver
; CHECK: @if_dso_local = dso_local ifunc i32 (i32), ptr @resolver
@if_partition = ifunc i32 (i32), ptr @resolver, partition "part1"
; CHECK: @if_partition = ifunc i32 (i32), ptr @resolver, partition "part1"

define internal i32 @impl_generic(i32 %x) {
; CHECK: define internal i32 @impl_generic(
  ret i32 %x
  ; CHECK: ret i32 %x
}

define internal i32 @impl_fast(i32 %x) {
; CHECK: define internal i32 @impl_fast(
  %y = shl i32 %x, 1
  ; CHECK: %y = shl i32 %x, 1
  ret i32 %y
  ; CHECK: ret i32 %y
}

; the resolver picks an implementation from a global flag
define internal ptr @resolver() {
; CHECK: define internal ptr @resolver(
  %f = load i32, ptr @a_plain
  ; CHECK: %f = load i32, ptr @a_plain
  %c = icmp ne i32 %f, 0
  ; CHECK: %c = icmp ne i32 %f, 0
  %r = select i1 %c, ptr @impl_fast, ptr @impl_generic
  ; CHECK: %r = select i1 %c, ptr @impl_fast, ptr @impl_generic
  ret ptr %r
  ; CHECK: ret ptr %r
}

; calls through an ifunc and a function alias; loads through data aliases
define i32 @use_all(i32 %x) {
; CHECK: define i32 @use_all(
  %a = call i32 @if_plain(i32 %x)
  ; CHECK: %a = call i32 @if_plain(i32 %x)
  %b = call i32 @a_func(i32 %a)
  ; CHECK: %b = call i32 @a_func(i32 %a)
  %c = load i32, ptr @a_gep
  ; CHECK: %c = load i32, ptr @a_gep
  %d = load i32, ptr @a_tls
  ; CHECK: %d = load i32, ptr @a_tls
  %s = add i32 %b, %c
  ; CHECK: %s = add i32 %b, %c
  %t = add i32 %s, %d
  ; CHECK: %t = add i32 %s, %d
  ret i32 %t
  ; CHECK: ret i32 %t
}
