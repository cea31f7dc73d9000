/* Struct and array walking: a linked list, a 2-D array sum, a struct array with
 * nested field access, and a saxpy/int-add loop the -O2 vectorizer turns into
 * <4 x i32> / <4 x float> operations. Globals with initializers and strings. */
#include <stddef.h>

struct point {
    int x, y;
};

struct node {
    struct node *next;
    struct point p;
    char tag[8];
};

struct point origin = {0, 0};
int table[4][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
const char *names[] = {"alpha", "beta", "gamma", NULL};
static struct node tail_node = {NULL, {3, 4}, "tail"};
struct node head_node = {&tail_node, {1, 2}, "head"};

long list_sum(const struct node *n) {
    long s = 0;
    for (; n != NULL; n = n->next)
        s += n->p.x * (long)n->p.y;
    return s;
}

int table_sum(void) {
    int s = 0;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            s += table[i][j];
    return s;
}

int count_names(void) {
    int n = 0;
    while (names[n] != NULL)
        n++;
    return n;
}

void add_arrays(int *restrict dst, const int *restrict a, const int *restrict b, int n) {
    for (int i = 0; i < n; i++)
        dst[i] = a[i] + b[i];
}

void saxpy(float *restrict y, const float *restrict x, float alpha, int n) {
    for (int i = 0; i < n; i++)
        y[i] = alpha * x[i] + y[i];
}

int max_x(const struct point *pts, size_t n) {
    int best = pts[0].x;
    for (size_t i = 1; i < n; i++)
        if (__builtin_expect(pts[i].x > best, 0))
            best = pts[i].x;
    return best;
}
