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

# name: (x86_64, aarch64) numbers, from asm/unistd_64.h and asm-generic/unistd.h; None: no such call.
_DENIED: dict[str, tuple[int, int | None]] = {
    # other processes
    "ptrace": (101, 117),
    "process_vm_readv": (310, 270),
    "process_vm_writev": (311, 271),
    "kcmp": (312, 272),
    "pidfd_getfd": (438, 438),
    "personality": (135, 92),
    # the filesystem view and namespaces
    "mount": (165, 40),
    "umount2": (166, 39),
    "pivot_root": (155, 41),
    "chroot": (161, 51),
    "open_tree": (428, 428),
    "move_mount": (429, 429),
    "fsopen": (430, 430),
    "fsconfig": (431, 431),
    "fsmount": (432, 432),
    "fspick": (433, 433),
    "mount_setattr": (442, 442),
    "unshare": (272, 97),
    "setns": (308, 268),
    "open_by_handle_at": (304, 265),
    "name_to_handle_at": (303, 264),
    # kernel attack surface a script has no use for
    "keyctl": (250, 219),
    "add_key": (248, 217),
    "request_key": (249, 218),
    "bpf": (321, 280),
    "perf_event_open": (298, 241),
    "userfaultfd": (323, 282),
    "io_uring_setup": (425, 425),
    "io_uring_enter": (426, 426),
    "io_uring_register": (427, 427),
    "lookup_dcookie": (212, 18),
    # the machine
    "init_module": (175, 105),
    "finit_module": (313, 273),
    "delete_module": (176, 106),
    "kexec_load": (246, 104),
    "kexec_file_load": (320, 294),
    "quotactl": (179, 60),
    "acct": (163, 89),
    "swapon": (167, 224),
    "swapoff": (168, 225),
    "reboot": (169, 142),
    "sethostname": (170, 161),
    "setdomainname": (171, 162),
    "settimeofday": (164, 170),
    "clock_settime": (227, 112),
    "clock_adjtime": (305, 266),
    "adjtimex": (159, 171),
    "syslog": (103, 116),
    "vhangup": (153, 58),
    "iopl": (172, None),
    "ioperm": (173, None),
    "uselib": (134, None),
}
_CLONE: dict[str, tuple[int, int]] = {"clone": (56, 220), "clone3": (435, 435)}
# machine: (AUDIT_ARCH_*, index into the tables above, reject x32 numbers)
_ARCHES = {"x86_64": (0xC000003E, 0, True), "aarch64": (0xC00000B7, 1, False)}
_MACHINE_ALIASES = {"amd64": "x86_64", "arm64": "aarch64"}


class UnsupportedMachine(RuntimeError):
    pass


def denied_calls(machine: str | None = None) -> list[str]:
    """The names the filter answers with EPERM on `machine` (the host's by default)."""
    return [name for name in syscall_numbers(machine) if name in _DENIED]


def syscall_numbers(machine: str | None = None) -> dict[str, int]:
    """Name -> number on `machine` of the calls the filter knows (the denied ones, clone, clone3)."""
    _, column, _ = _arch(machine)
    known = {name: numbers[column] for name, numbers in {**_DENIED, **_CLONE}.items()}
    return {name: number for name, number in known.items() if number is not None}


def filter_program(machine: str | None = None) -> bytes:
    """The filter for `machine` (the host's by default), as `struct sock_filter[]` bytes."""
    audit_arch, _, reject_x32 = _arch(machine)
    numbers = syscall_numbers(machine)
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
        if not (0 <= jt <= 255 and 0 <= jf <= 255):
            raise AssertionError("jump out of range: split the program")
        program += struct.pack("<HBBI", code, jt, jf, k)
    for value in ends.values():
        program += struct.pack("<HBBI", _RET_K, 0, 0, value)
    return bytes(program)


def _arch(machine: str | None) -> tuple[int, int, bool]:
    name = (machine or platform.machine()).lower()
    name = _MACHINE_ALIASES.get(name, name)
    if name not in _ARCHES:
        raise UnsupportedMachine(f"no seccomp filter for the {name} architecture")
    return _ARCHES[name]
