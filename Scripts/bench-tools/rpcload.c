#define _GNU_SOURCE
// rpcload: a line-oriented request/response load client for a Unix socket.
//
// Usage: rpcload SOCKET CONNECTIONS SECONDS REQUESTS_FILE
//        rpcload --count N --window W SOCKET REQUESTS_FILE
//
// Each connection is a thread that sends one line of REQUESTS_FILE (in turn, starting
// at a different line per connection), waits for one reply line, and repeats, for
// SECONDS after a half-second warm-up. It drives puented (JSON-RPC lines) and
// redis-server (inline "PING" commands, "+PONG" replies) alike, so both are measured
// by the same client. Prints one JSON line: requests, requests per second, latency
// percentiles in microseconds, and replies that carried "error".
//
// With --count, one connection sends exactly N requests the same way, from the first,
// with no warm-up, and reports each run of W requests on its own (requests per second
// over its wall time, p50 and p99): whether the server slows as its history grows.
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *path;
    char **lines;
    size_t *lengths;
    size_t line_count;
    size_t first_line;
    uint64_t warm_until, stop_at;
    uint64_t *latencies;
    size_t latency_count, latency_capacity;
    size_t errors;
    int failed;
} Worker;

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int connect_to(const char *path) {
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    strncpy(address.sun_path, path, sizeof(address.sun_path) - 1);
    if (fd < 0 || connect(fd, (struct sockaddr *)&address, sizeof(address)) != 0) {
        perror("rpcload: connect");
        return -1;
    }
    return fd;
}

static int send_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t sent = write(fd, bytes, length);
        if (sent < 0 && errno == EINTR) continue;
        if (sent <= 0) return -1;
        bytes += sent;
        length -= (size_t)sent;
    }
    return 0;
}

// Reads until a newline; returns whether the reply mentioned "error", or -1 on a closed connection.
static int read_reply(int fd, char *buffer, size_t capacity) {
    int error = 0;
    for (;;) {
        ssize_t got = read(fd, buffer, capacity);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return -1;
        if (memmem(buffer, (size_t)got, "\"error\"", 7)) error = 1;
        if (buffer[got - 1] == '\n') return error;
    }
}

static void record(Worker *worker, uint64_t latency) {
    if (worker->latency_count == worker->latency_capacity) {
        worker->latency_capacity = worker->latency_capacity ? worker->latency_capacity * 2 : 65536;
        worker->latencies = realloc(worker->latencies, worker->latency_capacity * sizeof(uint64_t));
    }
    worker->latencies[worker->latency_count++] = latency;
}

static void *run(void *argument) {
    Worker *worker = argument;
    int fd = connect_to(worker->path);
    if (fd < 0) {
        worker->failed = 1;
        return NULL;
    }
    char *buffer = malloc(1 << 20);
    for (size_t line = worker->first_line;; line++) {
        size_t which = line % worker->line_count;
        uint64_t start = now_ns();
        if (start >= worker->stop_at) break;
        int outcome = send_all(fd, worker->lines[which], worker->lengths[which]) == 0 ? read_reply(fd, buffer, 1 << 20) : -1;
        if (outcome < 0) {
            worker->failed = 1;
            break;
        }
        if (start >= worker->warm_until) {
            record(worker, now_ns() - start);
            worker->errors += (size_t)outcome;
        }
    }
    free(buffer);
    close(fd);
    return NULL;
}

static int by_value(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static size_t read_lines(const char *path, char ***lines, size_t **lengths) {
    FILE *file = fopen(path, "r");
    if (!file) {
        perror("rpcload: requests file");
        exit(2);
    }
    size_t count = 0, capacity = 0, size = 0;
    char *line = NULL;
    ssize_t length;
    while ((length = getline(&line, &size, file)) > 0) {
        if (line[length - 1] != '\n') line[length++] = '\n';  // getline leaves room for the NUL
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            *lines = realloc(*lines, capacity * sizeof(char *));
            *lengths = realloc(*lengths, capacity * sizeof(size_t));
        }
        (*lines)[count] = strndup(line, (size_t)length);
        (*lengths)[count++] = (size_t)length;
    }
    free(line);
    fclose(file);
    return count;
}

// --count N --window W: N requests on one connection, reported W at a time.
static int count_mode(const char *path, size_t count, size_t window, char **lines, size_t *lengths, size_t line_count) {
    int fd = connect_to(path);
    if (fd < 0) return 1;
    char *buffer = malloc(1 << 20);
    uint64_t *latencies = malloc(window * sizeof(uint64_t));
    size_t errors = 0, sent = 0;
    int failed = 0;
    printf("{\"requests\": %zu, \"window\": %zu, \"windows\": [", count, window);
    for (size_t first = 0; first < count && !failed; first += window) {
        size_t size = count - first < window ? count - first : window, done = 0;
        uint64_t began = now_ns();
        for (; done < size; done++, sent++) {
            size_t which = sent % line_count;
            uint64_t start = now_ns();
            int outcome = send_all(fd, lines[which], lengths[which]) == 0 ? read_reply(fd, buffer, 1 << 20) : -1;
            if (outcome < 0) {
                failed = 1;
                break;
            }
            latencies[done] = now_ns() - start;
            errors += (size_t)outcome;
        }
        if (done == 0) break;
        double seconds = (now_ns() - began) / 1e9;
        qsort(latencies, done, sizeof(uint64_t), by_value);
        printf("%s{\"first\": %zu, \"requests\": %zu, \"rps\": %.1f, \"p50_us\": %.1f, \"p99_us\": %.1f}",
               first ? ", " : "", first + 1, done, done / seconds, latencies[done / 2] / 1e3, latencies[done * 99 / 100] / 1e3);
        fflush(stdout);
    }
    printf("], \"answered\": %zu, \"errors\": %zu, \"failed\": %s}\n", sent, errors, failed ? "true" : "false");
    free(latencies);
    free(buffer);
    close(fd);
    return failed || errors ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc == 7 && strcmp(argv[1], "--count") == 0 && strcmp(argv[3], "--window") == 0) {
        long count = atol(argv[2]), window = atol(argv[4]);
        if (count < 1 || window < 1) {
            fprintf(stderr, "rpcload: --count and --window must be at least 1\n");
            return 2;
        }
        char **lines = NULL;
        size_t *lengths = NULL;
        size_t line_count = read_lines(argv[6], &lines, &lengths);
        if (line_count == 0) {
            fprintf(stderr, "rpcload: %s holds no request\n", argv[6]);
            return 2;
        }
        return count_mode(argv[5], (size_t)count, (size_t)window, lines, lengths, line_count);
    }
    if (argc != 5) {
        fprintf(stderr, "usage: rpcload SOCKET CONNECTIONS SECONDS REQUESTS_FILE\n"
                        "       rpcload --count N --window W SOCKET REQUESTS_FILE\n");
        return 2;
    }
    int connections = atoi(argv[2]);
    double seconds = atof(argv[3]);
    if (connections < 1 || seconds <= 0) {
        fprintf(stderr, "rpcload: CONNECTIONS must be at least 1 and SECONDS above 0\n");
        return 2;
    }
    char **lines = NULL;
    size_t *lengths = NULL;
    size_t line_count = read_lines(argv[4], &lines, &lengths);
    if (line_count == 0) {
        fprintf(stderr, "rpcload: %s holds no request\n", argv[4]);
        return 2;
    }

    Worker *workers = calloc((size_t)connections, sizeof(Worker));
    pthread_t *threads = calloc((size_t)connections, sizeof(pthread_t));
    uint64_t begin = now_ns(), warm_until = begin + 500000000u;
    uint64_t stop_at = warm_until + (uint64_t)(seconds * 1e9);
    for (int i = 0; i < connections; i++) {
        workers[i] = (Worker){.path = argv[1], .lines = lines, .lengths = lengths, .line_count = line_count,
                              .first_line = (size_t)i * 7, .warm_until = warm_until, .stop_at = stop_at};
        pthread_create(&threads[i], NULL, run, &workers[i]);
    }
    size_t total = 0, errors = 0;
    int failed = 0;
    for (int i = 0; i < connections; i++) {
        pthread_join(threads[i], NULL);
        total += workers[i].latency_count;
        errors += workers[i].errors;
        failed |= workers[i].failed;
    }
    uint64_t *all = malloc((total ? total : 1) * sizeof(uint64_t));
    size_t filled = 0;
    for (int i = 0; i < connections; i++) {
        memcpy(all + filled, workers[i].latencies, workers[i].latency_count * sizeof(uint64_t));
        filled += workers[i].latency_count;
    }
    qsort(all, total, sizeof(uint64_t), by_value);
    double p50 = total ? all[total / 2] / 1e3 : 0, p99 = total ? all[total * 99 / 100] / 1e3 : 0;
    double p999 = total ? all[total * 999 / 1000] / 1e3 : 0;
    printf("{\"connections\": %d, \"requests\": %zu, \"rps\": %.1f, \"p50_us\": %.1f, \"p99_us\": %.1f, "
           "\"p999_us\": %.1f, \"errors\": %zu, \"failed\": %s}\n",
           connections, total, total / seconds, p50, p99, p999, errors, failed ? "true" : "false");
    return failed || errors ? 1 : 0;
}
