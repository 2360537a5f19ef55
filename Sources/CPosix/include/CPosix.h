// Linux calls whose C types or constants Swift's Glibc module does not import,
// wrapped the way CNIOLinux wraps them: the C file is compiled with _GNU_SOURCE,
// so the C compiler, not a hand copy, knows SO_PEERCRED, `struct ucred` and
// POSIX_SPAWN_SETSID.
#ifndef CPOSIX_H
#define CPOSIX_H

#include <spawn.h>
#include <sys/types.h>

/// Linux's `struct ucred`, field for field; CPosix.c asserts at compile time that
/// size and offsets agree, so a channel can read SO_PEERCRED straight into it.
typedef struct {
    pid_t pid;
    uid_t uid;
    gid_t gid;
} CPosix_Credentials;

/// SO_PEERCRED, for channels that read socket options themselves (SwiftNIO's).
int CPosix_peerCredentialsOption(void);

/// The posix_spawn flag that starts the child in a session of its own (glibc ≥ 2.26),
/// so the terminal's Ctrl-C, which goes to the client's process group, never reaches it.
short CPosix_spawnNewSessionFlag(void);

/// Adds "close every descriptor from `lowest` up" to a spawn's actions (glibc ≥ 2.34),
/// so a child keeps nothing of its parent's beyond what the actions gave it.
int CPosix_spawnClosesFrom(posix_spawn_file_actions_t *actions, int lowest);

#endif
