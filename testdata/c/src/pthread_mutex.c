/* A counter protected by a pthread mutex, incremented by worker threads: calls to
 * external functions that the optimizer must treat as memory barriers for the
 * global it protects. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long shared_counter;

static void *worker(void *arg) {
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&lock);
        shared_counter++;
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}

int wait_nonzero(void) {
    int seen;
    do {
        pthread_mutex_lock(&lock);
        seen = shared_counter != 0;
        pthread_mutex_unlock(&lock);
    } while (!seen);
    return seen;
}

int main(void) {
    pthread_t threads[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&threads[i], NULL, worker, (void *)1000L);
    wait_nonzero();
    for (int i = 0; i < 4; i++)
        pthread_join(threads[i], NULL);
    printf("counter = %ld\n", shared_counter);
    return 0;
}
