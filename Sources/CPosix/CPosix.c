#define _GNU_SOURCE
#include <spawn.h>
#include <stddef.h>
#include <sys/socket.h>
#include "CPosix.h"

_Static_assert(sizeof(CPosix_Credentials) == sizeof(struct ucred), "CPosix_Credentials must match struct ucred");
_Static_assert(offsetof(CPosix_Credentials, pid) == offsetof(struct ucred, pid), "pid offset");
_Static_assert(offsetof(CPosix_Credentials, uid) == offsetof(struct ucred, uid), "uid offset");
_Static_assert(offsetof(CPosix_Credentials, gid) == offsetof(struct ucred, gid), "gid offset");

int CPosix_peerCredentialsOption(void) { return SO_PEERCRED; }

short CPosix_spawnNewSessionFlag(void) { return POSIX_SPAWN_SETSID; }

int CPosix_spawnClosesFrom(posix_spawn_file_actions_t *actions, int lowest) {
    return posix_spawn_file_actions_addclosefrom_np(actions, lowest);
}
