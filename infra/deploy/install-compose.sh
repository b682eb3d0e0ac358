#!/usr/bin/env bash
# Installs Docker Compose v2 (the `docker compose` plugin and `docker-compose`) when missing, so the
# manifest test can run `docker compose config`. Debian bookworm only packages Compose v1
# (1.29, Python); Debian trixie's docker-compose 2.x needs nothing newer than bookworm's libc.
# The trixie package list goes to a private folder: the system's apt sources stay as they are.
set -euo pipefail
if docker compose version >/dev/null 2>&1 || docker-compose version 2>/dev/null | grep -q 'version v\?2'; then
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
chown _apt "$work" 2>/dev/null || true  # apt downloads as _apt
mkdir -p "$work/lists/partial"
# The same Debian mirror the system is set up with, the next release's suite.
mirror="$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)"
[ -n "$mirror" ] || mirror="$(awk '$1 == "deb" && $3 ~ /^bookworm$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)"
[ -n "$mirror" ] || { echo "no Debian mirror in the apt sources" >&2; exit 1; }
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" >"$work/sources.list"
apt_options=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=- -o "Dir::State::Lists=$work/lists")
apt-get "${apt_options[@]}" update -qq
(cd "$work" && apt-get "${apt_options[@]}" download docker-compose)
dpkg -i "$work"/docker-compose_*.deb >/dev/null
docker-compose version
