/* Strings and bit twiddling: strlen/strcmp-like loops (recognised idioms at -O2),
 * a string literal table, bit counting (llvm.ctpop), rotates (llvm.fshl), byte swaps,
 * saturating and overflow-checked arithmetic (llvm.*.with.overflow), and a
 * memcpy/memset of a struct. */
#include <string.h>

struct msg {
    char text[32];
    int len;
};

static const char greeting[] = "hello, world";

size_t my_strlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

unsigned popcount(unsigned x) { return __builtin_popcount(x); }
unsigned rotl(unsigned x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
unsigned long bswap(unsigned long x) { return __builtin_bswap64(x); }

int checked_add(int a, int b, int *out) { return __builtin_add_overflow(a, b, out); }

void make_msg(struct msg *m) {
    memset(m, 0, sizeof *m);
    memcpy(m->text, greeting, sizeof greeting);
    m->len = (int)my_strlen(m->text);
}

int msg_equal(const struct msg *a, const struct msg *b) {
    return a->len == b->len && memcmp(a->text, b->text, (size_t)a->len) == 0;
}
