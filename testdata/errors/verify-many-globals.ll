; RUN: parse
; Structure: the same dominance error as use-before-def-dominance.ll, in a module of 300
; functions, so that the verifier takes its parallel path (used from 256 globals on), finds the
; problem and reports it once, at the same place as the sequential verifier.
; ERROR: 614:3: instruction does not dominate all uses: %x = add i32 %a, 1: ret i32 %x
; llvm-as-19: assembly parsed, but does not verify as correct! Instruction does not dominate all uses!
define i32 @f0(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f1(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f2(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f3(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f4(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f5(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f6(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f7(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f8(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f9(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f10(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f11(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f12(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f13(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f14(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f15(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f16(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f17(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f18(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f19(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f20(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f21(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f22(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f23(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f24(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f25(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f26(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f27(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f28(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f29(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f30(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f31(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f32(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f33(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f34(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f35(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f36(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f37(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f38(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f39(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f40(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f41(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f42(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f43(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f44(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f45(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f46(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f47(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f48(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f49(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f50(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f51(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f52(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f53(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f54(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f55(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f56(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f57(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f58(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f59(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f60(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f61(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f62(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f63(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f64(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f65(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f66(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f67(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f68(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f69(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f70(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f71(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f72(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f73(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f74(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f75(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f76(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f77(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f78(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f79(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f80(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f81(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f82(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f83(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f84(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f85(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f86(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f87(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f88(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f89(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f90(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f91(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f92(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f93(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f94(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f95(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f96(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f97(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f98(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f99(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f100(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f101(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f102(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f103(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f104(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f105(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f106(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f107(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f108(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f109(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f110(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f111(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f112(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f113(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f114(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f115(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f116(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f117(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f118(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f119(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f120(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f121(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f122(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f123(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f124(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f125(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f126(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f127(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f128(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f129(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f130(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f131(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f132(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f133(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f134(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f135(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f136(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f137(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f138(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f139(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f140(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f141(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f142(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f143(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f144(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f145(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f146(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f147(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f148(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f149(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f150(i1 %c, i32 %a) {
entry:
  br i1 %c, label %then, label %join
then:
  %x = add i32 %a, 1
  br label %join
join:
  ret i32 %x
}
define i32 @f151(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f152(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f153(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f154(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f155(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f156(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f157(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f158(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f159(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f160(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f161(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f162(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f163(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f164(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f165(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f166(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f167(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f168(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f169(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f170(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f171(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f172(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f173(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f174(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f175(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f176(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f177(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f178(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f179(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f180(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f181(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f182(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f183(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f184(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f185(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f186(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f187(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f188(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f189(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f190(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f191(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f192(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f193(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f194(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f195(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f196(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f197(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f198(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f199(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f200(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f201(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f202(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f203(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f204(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f205(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f206(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f207(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f208(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f209(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f210(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f211(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f212(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f213(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f214(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f215(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f216(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f217(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f218(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f219(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f220(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f221(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f222(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f223(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f224(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f225(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f226(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f227(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f228(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f229(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f230(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f231(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f232(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f233(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f234(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f235(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f236(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f237(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f238(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f239(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f240(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f241(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f242(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f243(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f244(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f245(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f246(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f247(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f248(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f249(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f250(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f251(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f252(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f253(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f254(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f255(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f256(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f257(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f258(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f259(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f260(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f261(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f262(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f263(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f264(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f265(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f266(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f267(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f268(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f269(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f270(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f271(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f272(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f273(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f274(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f275(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f276(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f277(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f278(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f279(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f280(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f281(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f282(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f283(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f284(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f285(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f286(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f287(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f288(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f289(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f290(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f291(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f292(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f293(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f294(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f295(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f296(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f297(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f298(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
define i32 @f299(i32 %a) {
  %x = add i32 %a, %a
  ret i32 %x
}
