#!/usr/bin/env python3
"""Ask Puente a question over its Unix socket, with Python's standard library only.

Usage: Scripts/examples/ask.py [--socket PATH] [--json] QUESTION...

The socket is --socket, else $PUENTE_SOCKET, else $XDG_RUNTIME_DIR/puente/puente.sock,
else /tmp/puente-$UID/puente.sock: the same rules as puented's.
"""
import json
import os
import socket
import sys


def default_socket():
    if os.environ.get("PUENTE_SOCKET"):
        return os.environ["PUENTE_SOCKET"]
    if os.environ.get("XDG_RUNTIME_DIR"):
        return os.path.join(os.environ["XDG_RUNTIME_DIR"], "puente", "puente.sock")
    return "/tmp/puente-%d/puente.sock" % os.getuid()


def call(path, method, params, request_id=1):
    """Sends one JSON-RPC 2.0 request (one line) and returns the decoded response line."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.connect(path)
        request = {"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}
        connection.sendall(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        line = connection.makefile("rb").readline()
    return json.loads(line)


def main(arguments):
    path, as_json, words = default_socket(), False, []
    while arguments:
        argument = arguments.pop(0)
        if argument == "--socket" and arguments:
            path = arguments.pop(0)
        elif argument == "--json":
            as_json = True
        else:
            words.append(argument)
    if not words:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        # One question and no follow-up: keep false, so the daemon keeps no conversation.
        response = call(path, "ask", {"text": " ".join(words), "keep": False})
    except OSError as error:
        print("no daemon at %s: %s" % (path, error), file=sys.stderr)
        return 69
    if "error" in response:
        print("error %d: %s" % (response["error"]["code"], response["error"]["message"]), file=sys.stderr)
        return 65
    if as_json:
        print(json.dumps(response["result"], ensure_ascii=False, indent=2))
    else:
        print(response["result"]["reply"])
    return 0 if response["result"]["total"] or response["result"]["intent"] != "search" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
