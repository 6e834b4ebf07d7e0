#!/bin/sh
# Install the reader udev rules shipped with the package and reload them.
set -e
src="/opt/零工驿站/udev/70-gig-station-readers.rules"
if [ -f "$src" ]; then
  install -m 0644 "$src" /etc/udev/rules.d/70-gig-station-readers.rules
  udevadm control --reload-rules 2>/dev/null || true
  udevadm trigger 2>/dev/null || true
fi
