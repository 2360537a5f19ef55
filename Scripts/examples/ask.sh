#!/usr/bin/env bash
# Ask Puente one question from the shell, with socat (apt-get install socat) or
# OpenBSD netcat (apt-get install netcat-openbsd, which has nc -U).
# Usage: Scripts/examples/ask.sh "¿cuándo es la sesión?"
set -euo pipefail

# The socket puente itself uses; the same rules spelled out where puente is not on PATH.
if command -v puente >/dev/null; then
    socket=$(puente socket-path)
else
    socket=${PUENTE_SOCKET:-${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/puente/puente.sock}}
    socket=${socket:-/tmp/puente-$(id -u)/puente.sock}
fi
question=${1:?usage: ask.sh QUESTION}

# JSON-encode the question: escape backslashes and quotes.
escaped=$(printf '%s' "$question" | sed 's/\\/\\\\/g; s/"/\\"/g')
# keep false: one question and no follow-up, so the daemon keeps no conversation.
request="{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ask\",\"params\":{\"text\":\"$escaped\",\"keep\":false}}"

if command -v socat >/dev/null; then
    printf '%s\n' "$request" | socat -t 30 - "UNIX-CONNECT:$socket"
elif nc -h 2>&1 | grep -q -- '-U'; then
    printf '%s\n' "$request" | nc -U -q 30 "$socket"
else
    echo "ask.sh needs socat or OpenBSD netcat (nc -U)" >&2
    exit 69
fi
