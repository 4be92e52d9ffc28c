"""The seccomp filter sandboxed scripts run under, as a classic-BPF program for `bwrap --seccomp FD`.

Written by hand with `struct` (no libseccomp binding needed): a deny list of the system calls a
script has no use for and that widen the kernel's attack surface or could undo the sandbox —
tracing other processes, mounting, new namespaces, keyrings, BPF, perf, module and kexec loading,
reading other processes' memory, personality changes, io_uring (which bypasses the filter). They
fail with EPERM. `clone` is allowed only without namespace flags; `clone3` passes its flags in
memory the filter cannot read, so it fails with ENOSYS and the C library falls back to `clone`.

Only the native ABI passes: a call through another architecture's table (i386 on x86_64) and x32
calls (syscall numbers with bit 30 set) fail with EPERM, so the numbers below cannot be bypassed.
"""

from __future__ import annotations

import errno
import platform
import struct

# linux/filter.h, linux/seccomp.h, linux/audit.h
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_JSET_K = 0x45
_RET_K = 0x06
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_X32_BIT = 0x40000000
# struct seccomp_data: int nr; u32 arch; u64 instruction_pointer; u64 args[6] (little endian).
_NR, _ARCH, _ARG0_LOW = 0, 4, 16
# CLONE_NEWTIME | NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
_CLONE_NAMESPACES = 0x00000080 | 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000
_CLONE_NAMESPACES |= 0x20000000 | 0x40000000

# Denied calls by name; numbers from asm/unistd_64.h (x86_64) and asm-generic/unistd.h (aarch64).
_DENIED = (
    "ptrace process_vm_readv process_vm_writev kcmp pidfd_getfd personality "
    "mount umount2 pivot_root chroot open_tree move_mount fsopen fsconfig fsmount fspick mount_setattr "
    "unshare setns keyctl add_key request_key bpf perf_event_open userfaultfd "
    "init_module finit_module delete_module kexec_load kexec_file_load "
    "open_by_handle_at name_to_handle_at lookup_dcookie quotactl acct swapon swapoff reboot "
    "sethostname setdomainname settimeofday clock_settime clock_adjtime adjtimex syslog vhangup "
    "io_uring_setup io_uring_enter io_uring_register"
).split()
_X86_64_ONLY = {"iopl": 172, "ioperm": 173, "uselib": 134}

_ARCHES: dict[str, tuple[int, dict[str, int], bool]] = {
    # machine: (AUDIT_ARCH_*, syscall numbers, reject x32 numbers)
    "x86_64": (
        0xC000003E,
        {
            "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312,
            "pidfd_getfd": 438, "personality": 135, "mount": 165, "umount2": 166, "pivot_root": 155,
            "chroot": 161, "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431,
            "fsmount": 432, "fspick": 433, "mount_setattr": 442, "unshare": 272, "setns": 308,
            "keyctl": 250, "add_key": 248, "request_key": 249, "bpf": 321, "perf_event_open": 298,
            "userfaultfd": 323, "init_module": 175, "finit_module": 313, "delete_module": 176,
            "kexec_load": 246, "kexec_file_load": 320, "open_by_handle_at": 304,
            "name_to_handle_at": 303, "lookup_dcookie": 212, "quotactl": 179, "acct": 163,
            "swapon": 167, "swapoff": 168, "reboot": 169, "sethostname": 170, "setdomainname": 171,
            "settimeofday": 164, "clock_settime": 227, "clock_adjtime": 305, "adjtimex": 159,
            "syslog": 103, "vhangup": 153, "io_uring_setup": 425, "io_uring_enter": 426,
            "io_uring_register": 427, "clone": 56, "clone3": 435, **_X86_64_ONLY,
        },  # fmt: skip
        True,
    ),
    "aarch64": (
        0xC00000B7,
        {
            "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272,
            "pidfd_getfd": 438, "personality": 92, "mount": 40, "umount2": 39, "pivot_root": 41,
            "chroot": 51, "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431,
            "fsmount": 432, "fspick": 433, "mount_setattr": 442, "unshare": 97, "setns": 268,
            "keyctl": 219, "add_key": 217, "request_key": 218, "bpf": 280, "perf_event_open": 241,
            "userfaultfd": 282, "init_module": 105, "finit_module": 273, "delete_module": 106,
            "kexec_load": 104, "kexec_file_load": 294, "open_by_handle_at": 265,
            "name_to_handle_at": 264, "lookup_dcookie": 18, "quotactl": 60, "acct": 89,
            "swapon": 224, "swapoff": 225, "reboot": 142, "sethostname": 161, "setdomainname": 162,
            "settimeofday": 170, "clock_settime": 112, "clock_adjtime": 266, "adjtimex": 171,
            "syslog": 116, "vhangup": 58, "io_uring_setup": 425, "io_uring_enter": 426,
            "io_uring_register": 427, "clone": 220, "clone3": 435,
        },  # fmt: skip
        False,
    ),
}
_MACHINE_ALIASES = {"amd64": "x86_64", "arm64": "aarch64"}


class UnsupportedMachine(RuntimeError):
    pass


def denied_calls(machine: str | None = None) -> list[str]:
    """The names the filter answers with EPERM on `machine` (the host's by default)."""
    _, numbers, _ = _arch(machine)
    return [name for name in (*_DENIED, *_X86_64_ONLY) if name in numbers]


def filter_program(machine: str | None = None) -> bytes:
    """The filter for `machine` (the host's by default), as `struct sock_filter[]` bytes."""
    audit_arch, numbers, reject_x32 = _arch(machine)
    eperm, enosys = _RET_ERRNO | errno.EPERM, _RET_ERRNO | errno.ENOSYS
    # (code, jump-if-true label, jump-if-false label, k); labels resolved below.
    body: list[tuple[int, str | None, str | None, int]] = [
        (_LD_W_ABS, None, None, _ARCH),
        (_JEQ_K, None, "eperm", audit_arch),
        (_LD_W_ABS, None, None, _NR),
    ]
    if reject_x32:
        body.append((_JGE_K, "eperm", None, _X32_BIT))
    body += [(_JEQ_K, "eperm", None, numbers[name]) for name in denied_calls(machine)]
    body += [
        (_JEQ_K, "enosys", None, numbers["clone3"]),
        (_JEQ_K, None, "allow", numbers["clone"]),
        (_LD_W_ABS, None, None, _ARG0_LOW),
        (_JSET_K, "eperm", "allow", _CLONE_NAMESPACES),
    ]
    ends = {"allow": _RET_ALLOW, "eperm": eperm, "enosys": enosys}
    where = {label: len(body) + index for index, label in enumerate(ends)}
    program = bytearray()
    for index, (code, if_true, if_false, k) in enumerate(body):
        jt = where[if_true] - index - 1 if if_true else 0
        jf = where[if_false] - index - 1 if if_false else 0
        assert 0 <= jt <= 255 and 0 <= jf <= 255, "jump out of range: split the program"
        program += struct.pack("<HBBI", code, jt, jf, k)
    for value in ends.values():
        program += struct.pack("<HBBI", _RET_K, 0, 0, value)
    return bytes(program)


def _arch(machine: str | None) -> tuple[int, dict[str, int], bool]:
    name = (machine or platform.machine()).lower()
    name = _MACHINE_ALIASES.get(name, name)
    if name not in _ARCHES:
        raise UnsupportedMachine(f"no seccomp filter for the {name} architecture")
    return _ARCHES[name]
