// What the benchmarks need from C: SQLite from Debian (apt: libsqlite3-dev), the FTS5
// peer; and glibc's malloc statistics, to weigh an index by the heap it holds.
#include <sqlite3.h>
#include <malloc.h>
