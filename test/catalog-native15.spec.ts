/**
 * A twelfth-round (fifteenth) catalog pass over C and C++ texts that show no source file or compiler to tell the
 * language, from debuggers, embedded toolchains, Windows and C libraries, which the engine answered unknown: Visual
 * Studio's "Unhandled exception thrown: read access violation." (C++ when "x was nullptr" or "C++ Exception thrown"
 * shows it), Windows' 0xc000007b start-up dialog (also Chinese, and with a zero lost) and 0xC0000409 as WinDbg, a
 * launcher or the NTSTATUS text print it, OpenOCD's "init mode failed (unable to connect to the target)", "open failed",
 * "Examination failed", "Target not examined yet", a missing interface .cfg, a taken tcl port, no CMSIS-DAP probe and
 * LIBUSB_ERROR_ACCESS, Eclipse's and STM32CubeIDE's "Error in final launch sequence" by its reason, Cortex-Debug's
 * "Failed to launch GDB: … (from target-download)", ST's "Could not verify ST device!", armlink's "Symbol x multiply
 * defined" without its code, GNU ld's linker-script syntax error, and libcurl's curl_easy_perform() failure and
 * OpenSSL's error queue as C programs print them: C unless the text shows C++ (README: C vs C++). The last group are
 * nearby texts (Visual Studio's other access-violation lines, Keil and IAR codes, newlib stubs, gdb and journald crash
 * reports, the curl tool, SQLite, lldb, cargo's exit status) that were already right, as guards. Pure: the rules
 * engine alone.
 */

import { expectRecognised } from './support/recognised';

describe("the C and C++ family's fifteenth catalog pass", () => {
  it.each([
    ['Unhandled exception thrown: read access violation.\n**vertex_shader** was nullptr. occurred', 'cpp', 'access violation'],
    ['Unhandled exception thrown: write access violation.', 'c', 'access violation'],
    ['When exiting level following exception is being thrown "Unhandled exception thrown: write access violation."', 'c', 'access violation'],
    ['Unhandled exception thrown: read access violation. **buf** was 0xFFFFFFFFFFFFFFFF.', 'c', 'access violation'],
    ['"Unhandled exception thrown: read access violation" in 929 line', 'c', 'access violation'],
    ['Unhandled exception thrown: read access violation.\n_First was nullptr.', 'cpp', 'access violation'],
    ['C++ Exception thrown: read access violation _Parent_proxy 是 0xFFFFFFFFFFFFFFF7。', 'cpp', 'access violation'],
    ['The application was unable to start correctly (0xc000007b). Click OK to close the application', 'c', 'invalid image format'],
    ['The application was unable to start correctly (0xc000007b).', 'c', 'invalid image format'],
    ['Error:应用程序无法正常启动(0xc000007b)。请单击“确定”关闭应用程序。', 'c', 'invalid image format'],
    ['loot the application was unable to start correctly 0xc00007b', 'c', 'invalid image format'],
    ['application not able to start correctly 0xc000007b', 'c', 'invalid image format'],
    [
      'Info : clock speed 2000 kHz\nInfo : STLINK V0J8S0 (API v0) VID:PID 0000:0000\nError: init mode failed (unable to connect to the target)',
      'c',
      'unable to connect to the target',
    ],
    [
      "hla_swd\nError: init mode failed (unable to connect to the target)\nin procedure 'program'\n** OpenOCD init failed **\nshutdown command invoked\n\n*** [upload] Error 1",
      'c',
      'unable to connect to the target',
    ],
    [
      "Info : Target voltage: 3.540158\nError: init mode failed (unable to connect to the target)\nin procedure 'init' \nin procedure 'ocd_bouncer'",
      'c',
      'unable to connect to the target',
    ],
    [
      'Info : STLINK V2J40S7 (API v2) VID:PID 0483:3748\nInfo : Target voltage: 3.409612\nError: init mode failed (unable to connect to the target)\n\n\nmake: *** [upload_combo_jtag] Error 1',
      'c',
      'unable to connect to the target',
    ],
    [
      'Info : STLINK V2J42S7 (API v2) VID:PID 0483:3748\nInfo : Target voltage: 3.230406\nError: init mode failed (unable to connect to the target)\n\n[2023-06-26T19:37:37.428Z] SERVER CONSOLE DEBUG: onBackendConnect: gdb-server session closed',
      'c',
      'unable to connect to the target',
    ],
    ['When I hit upload I get "init mode failed (unable to connect to target)"', 'c', 'unable to connect to the target'],
    [
      "Info : The selected transport took over low-level target control. The results mi\nght differ compared to plain JTAG/SWD\nInfo : clock speed 1000 kHz\nError: open failed\nin procedure 'program'\n** OpenOCD init failed **\nshutdown command invoked",
      'c',
      'open failed',
    ],
    [
      "Info : clock speed 1800 kHz\nError: open failed\nin procedure 'program'\nin procedure 'init' called at file \"embedded:startup.tcl\", line 495\nin procedure 'ocd_bouncer'\n** OpenOCD init failed **\nshutdown command invoked\n\nmake[3]: *** [src/CMakeFiles/flash] Error 1\nmake[2]: *** [src/CMakeFiles/flash.dir/all] Error 2",
      'c',
      'open failed',
    ],
    ["Info : clock speed 950 kHz\nError: open failed\nin procedure 'init' \nin procedure 'ocd_bouncer'", 'c', 'open failed'],
    [
      "hla_swd\nError: open failed\nin procedure 'program'\n** OpenOCD init failed **\nshutdown command invoked\n\n*** [upload] Error 1",
      'c',
      'open failed',
    ],
    [
      "$ openocd -f interface/stlink.cfg -f target/stm32f3x.cfg\nOpen On-Chip Debugger 0.10.0\nLicensed under GNU GPL v2\nFor bug reports, read\n\thttp://openocd.org/doc/doxygen/bugs.html\nembedded:startup.tcl:60: Error: Can't find interface/stlink.cfg\nin procedure 'script' \nat file \"embedded:startup.tcl\", line 60",
      'c',
      "Can't find",
    ],
    [
      'Info : STLINK V2J37S7 (API v2) VID:PID 0483:3748\nInfo : Target voltage: 3.285562\nInfo : clock speed 100 kHz\nInfo : SWD DPIDR 0x0bc11477\nError: Failed to read memory at 0xe000ed00\nError: [atsamd20e15.cpu] Examination failed\nWarn : target atsamd20e15.cpu examination failed',
      'c',
      'Examination failed',
    ],
    ["Info : accepting 'telnet' connection on tcp/4444\nError: Target not examined yet", 'c', 'Target not examined yet'],
    ['Error message is: "Error in final launch sequence: Failed to start GDB Server"', 'c', 'Failed to start GDB server'],
    [
      "'Launching GRBL Driver STM32F4xx Debug F446 Nucleo 64' has encountered a problem.\n\nError in final launch sequence:\n\nFailed to start GDB server.",
      'c',
      'Failed to start GDB server',
    ],
    [
      'Error in final launch sequence\nFailed to execute MI command:\nload "/home/prapan/Eclipse Oxygen ARM/-work1-/test/Debug/test.elf"\nError message from debugger back end:\nLoad failed\nFailed to execute MI command:\nload "/home/prapan/Eclipse Oxygen ARM/-work1-/test/Debug/test.elf"\nError message from debugger back end:\nLoad failed\nLoad failed',
      'c',
      'Load failed',
    ],
    ['Failed to launch GDB: Error finishing flash operation (from target-download)', 'c', 'Error finishing flash operation'],
    ['Failed to launch GDB: Load failed (from target-download)', 'c', 'Load failed'],
    [
      'Could not verify ST device! Please verify that the latest version of the GDB-server is used for the connection.',
      'c',
      'Could not verify ST device',
    ],
    [
      'Error: "/tmp/XQ46Of", line 124 (column 3): Warning: L6312W: Empty Execution region description for region RW_IRAM1\nError: Symbol __user_perthread_libspace multiply defined (by /build/mbed-os.lib/rtos/TARGET_CORTEX/rtx5/RTX/Source/rtx_lib.K64F.o and /build/mbed-os.lib/rtos/TARGET_CORTEX/mbed_boot.K64F.o).\nError: Not enough information to list the image map.',
      'c',
      'multiple definition',
    ],
    ['arm-none-eabi-ld:linkscript.ld:0: syntax error', 'c', 'linker script syntax error'],
    [
      'ERROR: curl_easy_perform() failed: SSL peer certificate or SSH remote key was not OK',
      'c',
      'SSL peer certificate or SSH remote key was not OK',
    ],
    ["curl_easy_perform() failed: Couldn't resolve host name 0", 'c', 'Could not resolve host'],
    ["libcurl failed to perform call: Couldn't resolve host name", 'c', 'Could not resolve host'],
    [
      '139680966902528:error:1416F086:SSL routines:tls_process_server_certificate:certi\nficate verify failed:../ssl/statem/statem_clnt.c:1915:',
      'c',
      'certificate verify failed',
    ],
    [
      'Error in final launch sequence\nFailed to execute MI command:\n-target-select remote localhost:3333\nError message from debugger back end:\nlocalhost:3333: No connection could be made because the target machine actively refused it.\nFailed to execute MI command:\n-target-select remote localhost:3333\nError message from debugger back end:\nlocalhost:3333: No connection could be made because the target machine actively refused it.\nlocalhost:3333: No connection could be made because the target machine actively refused it.',
      'c',
      'No connection could be made because the target machine actively refused it',
    ],
    ['So for me it says: The application was unable to start correctly (0xc000007b) \nye help me pls', 'c', 'invalid image format'],
    [
      'Help. The error keeps popping up. "The application was unable to start correctly (0xc000007b). Click OK to close the application"',
      'c',
      'invalid image format',
    ],
    [
      "Info : The selected transport took over low-level target control. The results might differ compared to plain JTAG/SWD\nError: couldn't bind tcl to socket on port 6666: No error",
      'c',
      "couldn't bind to socket",
    ],
    [
      "Open On-Chip Debugger 0.10.0+dev-00920-g6ea43726 (2019-09-09-19:42)\nLicensed under GNU GPL v2\nFor bug reports, read\n\thttp://openocd.org/doc/doxygen/bugs.html\nInfo : auto-selecting first available session transport \"swd\". To override use 'transport select <transport>'.\nError: couldn't bind tcl to socket on port 6666: Address already in use",
      'c',
      "couldn't bind to socket",
    ],
    ["Error: 482 29163 server.c:265 add_service(): couldn't bind tcl to socket: Address already in use", 'c', "couldn't bind to socket"],
    [
      'Info : Listening on port 6666 for tcl connections\nInfo : Listening on port 4444 for telnet connections\nError: unable to find a matching CMSIS-DAP device',
      'c',
      'unable to find a matching CMSIS-DAP device',
    ],
    [
      'I keep getting this error on Linux when running openocd:\nError: unable to find a matching CMSIS-DAP device',
      'c',
      'unable to find a matching CMSIS-DAP device',
    ],
    [
      'Info : RP2040 Flash Bank Command\nWarn : could not read product string for device 0x05e3:0x0617: Input/Output Error\nError: unable to find a matching CMSIS-DAP device',
      'c',
      'unable to find a matching CMSIS-DAP device',
    ],
    [
      "debug_level: 0\nadapter speed: 10000 kHz\nError: libusb_open() failed with LIBUSB_ERROR_ACCESS\nError: no device found\nError: unable to open ftdi device with vid 15ba, pid 002a, description 'Olimex Ltd. ARM-USB-TINY-H JTAG interface', serial '*' at bus location '*'",
      'c',
      'LIBUSB_ERROR_ACCESS',
    ],
    [
      'Error: 364 14076 libusb_helper.c:417 jtag_libusb_find_device(): libusb_open() failed with LIBUSB_ERROR_ACCESS\nDebug: 366 14254 libusb_helper.c:411 jtag_libusb_find_device(): USB dev found 303a:1001 @ 1:4-22\nError: 367 14255 libusb_helper.c:417 jtag_libusb_find_device(): libusb_open() failed with LIBUSB_ERROR_ACCESS',
      'c',
      'LIBUSB_ERROR_ACCESS',
    ],
    ['[程序崩溃，退出代码为 3221226505 (0xC0000409)]', 'c', 'stack buffer overrun'],
    [
      'ERROR_CODE: (NTSTATUS) 0xc0000409 - The system detected an overrun of a stack-based buffer in this application.',
      'c',
      'stack buffer overrun',
    ],
    ['c0000409 (Security check failure or stack buffer overrun) Crash On Startup', 'c', 'stack buffer overrun'],
    [
      '   ExceptionCode: c0000409 (Security check failure or stack buffer overrun)\n  ExceptionFlags: 00000001\nNumberParameters: 1\n   Parameter[0]: 0000000000000007\nSubcode: 0x7 FAST_FAIL_FATAL_APP_EXIT',
      'c',
      'stack buffer overrun',
    ],
  ])('recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    [
      'Exception thrown at 0x00007FFB66115AB8 (GMod-SDK.dll) in gmod.exe: 0xC0000005: Access violation reading location 0xFFFFFFFFFFFFFFF8.',
      'c',
      'access violation',
    ],
    [
      'Unhandled exception at 0x62F10CB4 (libseafile-0.dll) in seafile-applet.exe: 0xC0000005: Access violation reading location 0x04C42000. occurred',
      'c',
      'access violation',
    ],
    [
      'Unhandled exception at 0x00007FF7891A4A56 in GPCS4.exe: 0xC0000005: Access violation reading location 0x0000000000000000.',
      'c',
      'access violation',
    ],
    ['Exception thrown: read access violation. this was nullptr.', 'cpp', 'access violation'],
    ['line 302    start = N_ptr->pixel_s;  --> Exception thrown: read access violation. N_ptr was nullptr.', 'cpp', 'access violation'],
    [
      'linking...\n.\\out_DA14531\\Objects\\Central_DA14531.axf: Error: L6406E: No space in execution regions with .ANY selector matching app_easy_security.o(.text).\n.\\out_DA14531\\Objects\\Central_DA14531.axf: Error: L6406E: No space in execution regions with .ANY selector matching app_easy_timer.o(.text).',
      'c',
      'L6406E',
    ],
    [
      '.\\Objects\\grbl.axf: Error: L6200E: Symbol sys_probe_state multiply defined (by gcode.o and coolant_control.o).\n.\\Objects\\grbl.axf: Error: L6200E: Symbol sys_probe_state multiply defined (by limits.o and coolant_control.o).',
      'c',
      'L6200E',
    ],
    [
      '.\\build\\mbed_blinky.axf: Error: L6218E: Undefined symbol __initial_sp (referred from entry2.o).\n.\\build\\mbed_blinky.axf: Error: L6218E: Undefined symbol __heap_base (referred from malloc.o).',
      'c',
      'L6218E',
    ],
    ['IAR编译主工程链接时提示IAR Error[e46]: Undefined external "__section_begin"', 'c', 'e46'],
    [
      "arm-none-eabi-ld: /usr/lib/gcc/arm-none-eabi/9.2.1/../../../arm-none-eabi/lib/thumb/v6-m/nofp/libc.a(lib_a-sbrkr.o): in function `_sbrk_r':\n/build/newlib-CVVEyx/newlib-3.3.0/build/arm-none-eabi/thumb/v6-m/nofp/newlib/libc/reent/../../../../../../../../newlib/libc/reent/sbrkr.c:51: undefined reference to `_sbrk'",
      'c',
      'undefined reference',
    ],
    [
      "c:/smt32toolchain/gcc-arm/bin/../lib/gcc/arm-none-eabi/9.2.1/../../../../arm-none-eabi/bin/ld.exe: ./src/syscalls.o: in function `_sbrk':\nC:\\SMT32Toolchain\\projects\\Blinky\\Debug/../src/syscalls.c:118: multiple definition of `_sbrk'; ./system/src/newlib/_sbrk.o:C:\\SMT32Toolchain\\projects\\Blinky\\Debug/../system/src/newlib/_sbrk.c:45: first defined here\ncollect2.exe: error: ld returned 1 exit status\nmake: *** [makefile:64: Blinky.elf] Error 1",
      'c',
      'multiple definition',
    ],
    ["ld.lld: error: section '.heap' will not fit in region 'RAM' overflowed by xxx bytes", 'c', 'region overflowed'],
    [
      'Thread 1 "gpredict" received signal SIGSEGV, Segmentation fault.\n0x00005555555961f5 in ?? ()\n(gdb) bt\n#0  0x00005555555961f5 in  ()\n#1  0x000055555558f856 in  ()',
      'c',
      'segmentation fault',
    ],
    [
      "Core was generated by `/root/systemd/build/journalctl -o export -D /var/tmp/systemd-test-TEST-13-NSPAW'.\nProgram terminated with signal SIGSEGV, Segmentation fault.\n#0  0x00007f8d7a38360a in journal_file_read_tail_timestamp (\n    j=j@entry=0x1708a40, f=0x1715ee0)\n    at ../src/libsystemd/sd-journal/sd-journal.c:2440\n2440\t                        id = o->entry.boot_id;",
      'c',
      'segmentation fault',
    ],
    [
      'Thread 162 "infinistore" received signal SIGABRT, Aborted.\n[Switching to Thread 0x7f36f5fe3640 (LWP 1995224)]\n__pthread_kill_implementation (no_tid=0, signo=6, threadid=139874032039488) at ./nptl/pthread_kill.c:44\n44      ./nptl/pthread_kill.c: No such file or directory.\n(gdb) bt\n#0  __pthread_kill_implementation (no_tid=0, signo=6, threadid=139874032039488)\n    at ./nptl/pthread_kill.c:44\n#4  0x00007f5af66ee7f3 in __GI_abort () at ./stdlib/abort.c:79\n#5  0x00007f5af5eea93b in uv__async_send (loop=<optimized out>, loop=<optimized out>)\n    at ./src/unix/async.c:198',
      'c',
      'aborted',
    ],
    [
      'kernel: f2b/f.sshd[81998]: segfault at 0 ip 00007ffbfcd3e7f7 sp 00007ffbd97fd8b8 error 4 in libc-2.31.so[7ffbfccc4000+150000]\nsystemd[1]: Started Process Core Dump (PID 82000/UID 0).\nsystemd-coredump[82001]: Process 81993 (f2b/server) of user 0 dumped core.',
      'c',
      'segmentation fault',
    ],
    [
      'Error : During sqlite3_prepare_v2(): no such table: mms\n  Query: "UPDATE thread SET message_count = (SELECT (SELECT count(*) FROM sms WHERE thread_id = 14) + (SELECT count(*) FROM mms WHERE thread_id = 14)) WHERE _id = 14"',
      'sql',
      'no such table',
    ],
    ['curl: (6) Could not resolve host: connect-ecommlogin-dev.aws.lllint.com"', 'shell', 'Could not resolve host'],
    ['ERROR：Thread 1: EXC_BAD_ACCESS (code=1, address=0x0)', 'swift', 'EXC_BAD_ACCESS'],
    [
      "error: process didn't exit successfully: `target\\debug\\simple_window.exe` (exit code: 0xc0000409, STATUS_STACK_BUFFER_OVERRUN)",
      'rust',
      "process didn't exit successfully",
    ],
  ])('keeps the answer of the nearby %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });
});
