/* Control flow: dense and sparse switch statements (switch / lookup tables at -O2),
 * function pointers and an indirect-call dispatch table, __builtin_expect,
 * setjmp/longjmp (returns_twice) and a varargs sum (va_start/va_arg/va_end). */
#include <setjmp.h>
#include <stdarg.h>

static jmp_buf env;

int classify(int c) {
    switch (c) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 13;
    case 3: return 17;
    case 4: return 19;
    default: return -1;
    }
}

int sparse(int c) {
    switch (c) {
    case 1: return 1;
    case 100: return 2;
    case 1000: return 3;
    case 10000: return 4;
    default: return 0;
    }
}

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
binop ops[] = {add, sub, mul};

int apply(int which, int a, int b) {
    if (__builtin_expect(which < 0 || which > 2, 0))
        return 0;
    return ops[which](a, b);
}

int call_through(binop f, int a) { return f(a, a); }

void fail(int code) { longjmp(env, code); }

int guarded(int x) {
    int rc = setjmp(env);
    if (rc != 0)
        return -rc;
    if (x < 0)
        fail(7);
    return x * 2;
}

int sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

double sum_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return s;
}

int use_varargs(void) { return sum_ints(3, 1, 2, 3) + (int)sum_doubles(2, 1.5, 2.5); }
