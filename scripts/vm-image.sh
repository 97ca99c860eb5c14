#!/usr/bin/env bash
# The demo's real VM: a Debian kernel and a busybox initramfs in target/vm/ (issue 19,
# ../shared/real-vm-recipe.md). Debian packages only, no image download: the kernel package is
# fetched with `apt-get download` and unpacked with dpkg-deb (no postinst, /boot untouched), and
# only three files are kept from it (the kernel, and the ACPI button and evdev modules that let
# the guest hear the power button). Idempotent: nothing is done when the image matches this
# script. Needs busybox-static and cpio (scripts/setup.sh installs them with QEMU).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/vm"
STAMP="$OUT/.built-by"
SELF_HASH="$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)"
if [ -f "$OUT/vmlinuz" ] && [ -f "$OUT/initramfs.gz" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$SELF_HASH" ]; then
  exit 0
fi
say() { printf '\033[1m[vm-image]\033[0m %s\n' "$*"; }
WORK="$(mktemp -d)"
chmod 755 "$WORK"   # apt-get download writes here as the _apt user
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

kernel_package() { apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}'; }
KPKG="$(kernel_package)"
if [ -z "$KPKG" ]; then
  # A machine whose package lists were never fetched.
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  KPKG="$(kernel_package)"
fi
[ -n "$KPKG" ] || { echo "[vm-image] no Debian kernel package found (apt-cache depends linux-image-amd64)" >&2; exit 1; }
KVER="${KPKG#linux-image-}"
say "kernel $KVER (apt-get download $KPKG)"
apt-get download "$KPKG" >/dev/null
M="./lib/modules/$KVER/kernel/drivers"
dpkg-deb --fsys-tarfile "${KPKG}"_*.deb | tar -x "./boot/vmlinuz-$KVER" "$M/acpi/button.ko" "$M/input/evdev.ko"

R=rootfs
mkdir -p $R/{bin,etc/acpi/PWRF,proc,sys,dev,tmp,root,var/log,var/run,lib/modules}
cp /bin/busybox $R/bin/
cp "$M/acpi/button.ko" "$M/input/evdev.ko" $R/lib/modules/

# The guest names itself from the kernel command line (vmname=...), loads the power-button
# modules, and hands over to busybox init.
cat > $R/init <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev
NAME=web-01; for a in $(cat /proc/cmdline); do case $a in vmname=*) NAME=${a#vmname=};; esac; done
hostname "$NAME"
insmod /lib/modules/evdev.ko; insmod /lib/modules/button.ko
exec /bin/init
EOF
# acpid turns the power button into a clean poweroff; a shell on the screen (tty1) for the console.
cat > $R/etc/inittab <<'EOF'
::sysinit:/bin/acpid -c /etc/acpi -l /var/log/acpid.log
tty1::respawn:/bin/cttyhack /bin/sh -l
::ctrlaltdel:/bin/reboot
::shutdown:/bin/sh -c 'echo "$(hostname): shutting down"'
EOF
cat > $R/etc/acpi/PWRF/00000080 <<'EOF'
#!/bin/sh
echo "$(hostname): power button pressed, powering off" > /dev/console
poweroff
EOF
# The login shell's banner, and a marker on the serial line the host reads as "booted".
cat > $R/etc/profile <<'EOF'
PS1='root@\h:\w# '
clear
echo "Atrium demo VM $(hostname) - a real machine, running busybox"
if grep -q 'atrium.rescue=1' /proc/cmdline; then
  echo "RESCUE SYSTEM: leave rescue mode from the client area"
fi
echo "READY uptime=$(cut -d' ' -f1 /proc/uptime)" > /dev/ttyS0
EOF
chmod +x $R/init $R/etc/acpi/PWRF/00000080

mkdir -p "$OUT"
cp "boot/vmlinuz-$KVER" "$OUT/vmlinuz"
(cd $R && find . | cpio -o -H newc --quiet | gzip -9) > "$OUT/initramfs.gz"
echo "$SELF_HASH" > "$STAMP"
say "built $OUT (vmlinuz $(stat -c %s "$OUT/vmlinuz") bytes, initramfs $(stat -c %s "$OUT/initramfs.gz") bytes)"
