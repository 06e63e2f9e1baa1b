import type { ErrorPattern } from '../rules/error-pattern';
import { fix, patternById, ref } from './answer-parts';
import { cppTwin, NATIVE_PATTERNS } from './native.patterns';

/*
 * C / C++ fifteenth pass (twelfth round): texts with no source file or compiler line to tell the language, from embedded
 * toolchains, debuggers, Windows and C libraries, where the engine answered unknown. Visual Studio's exception helper in
 * its "Unhandled exception thrown: read access violation." form (C++ when it shows "X was nullptr" or says "C++ Exception
 * thrown"), Windows' 0xc000007b start-up dialog (STATUS_INVALID_IMAGE_FORMAT, also in Chinese and with a zero lost) and
 * 0xC0000409 as WinDbg, a launcher or the NTSTATUS text print it, OpenOCD's errors ("init mode failed (unable to connect to
 * the target)", an adapter's "open failed" before its "in procedure" lines, "Examination failed", "Target not examined
 * yet", a missing interface .cfg, a taken tcl port, no CMSIS-DAP probe, LIBUSB_ERROR_ACCESS), Eclipse's and STM32CubeIDE's
 * "Error in final launch sequence" by its reason (the GDB server not starting, gdb's "Load failed"), Cortex-Debug's
 * "Failed to launch GDB: … (from target-download)", ST's "Could not verify ST device!", armlink's older "Symbol x multiply
 * defined (by a.o and b.o)" without its code, GNU ld's syntax error in a linker script, libcurl's curl_easy_perform()
 * failure as a C program prints it, and OpenSSL's error queue (ERR_print_errors_fp) with its SSL reason. Each is C unless
 * the text shows C++ (README: C vs C++); cargo's exit status with 0xc0000409 stays Rust's.
 */

const MS_EXCEPTION_HELPER = ref('Microsoft Learn: Manage exceptions with the debugger', 'https://learn.microsoft.com/en-us/visualstudio/debugger/managing-exceptions-with-the-debugger');
const NTSTATUS = ref('Microsoft Learn: NTSTATUS values', 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55');
const OPENOCD = ref('OpenOCD User’s Guide: Debug Adapter Configuration', 'https://openocd.org/doc/html/Debug-Adapter-Configuration.html');
const OPENOCD_SERVERS = ref('OpenOCD User’s Guide: Server Configuration', 'https://openocd.org/doc/html/Server-Configuration.html');
const OPENOCD_FAQ = ref('OpenOCD User’s Guide: FAQ', 'https://openocd.org/doc/html/FAQ.html');
const CUBEIDE = ref('STMicroelectronics: STM32CubeIDE user guide (UM2609)', 'https://www.st.com/resource/en/user_manual/um2609-stm32cubeide-user-guide-stmicroelectronics.pdf');
const CORTEX_DEBUG = ref('Cortex-Debug: debug attributes', 'https://github.com/Marus/cortex-debug/blob/master/debug_attributes.md');
const ARMLINK = ref('Arm Compiler: armlink error and warning messages', 'https://developer.arm.com/documentation/100074/latest/armlink-Errors-and-Warnings');
const LD_SCRIPTS = ref('GNU ld: Linker Scripts', 'https://sourceware.org/binutils/docs/ld/Scripts.html');
const LIBCURL_ERRORS = ref('libcurl: error codes', 'https://curl.se/libcurl/c/libcurl-errors.html');
const OPENSSL_ERR = ref('OpenSSL: ERR_print_errors', 'https://docs.openssl.org/master/man3/ERR_print_errors/');
const OPENSSL_VERIFY = ref('OpenSSL: SSL_CTX_load_verify_locations', 'https://docs.openssl.org/master/man3/SSL_CTX_load_verify_locations/');

// ---------------------------------------------------------------- Visual Studio's exception helper

const accessViolation = patternById(NATIVE_PATTERNS, 'c.access-violation');

const vsUnhandledExceptionThrown: ErrorPattern = {
  ...accessViolation,
  id: 'c.vs-unhandled-exception-thrown',
  references: [...accessViolation.references, MS_EXCEPTION_HELPER],
  // Visual Studio 2017+'s exception helper when nothing catches the exception: "Unhandled exception thrown: read access
  // violation." (its "**buf** was 0xFFFFFFFFFFFFFFFF." or "_First was nullptr." line after it). c.access-violation has
  // the "Exception thrown:" form with a capital E only.
  match: /Unhandled exception thrown: (?<access2>read|write) access violation/,
  requires: /exception thrown: /,
  priority: 7,
  samples: ['Unhandled exception thrown: read access violation. **buf** was 0xFFFFFFFFFFFFFFFF.', 'Unhandled exception thrown: write access violation.'],
};

const vsCppExceptionThrown: ErrorPattern = {
  ...accessViolation,
  id: 'cpp.vs-cpp-exception-thrown',
  references: [...accessViolation.references, MS_EXCEPTION_HELPER],
  language: 'cpp',
  // The helper's "C++ Exception thrown: read access violation _Parent_proxy 是 0xFFFFFFFFFFFFFFF7。" (a Chinese Visual
  // Studio, an MSVC STL member): the dialog names C++ itself.
  match: /C\+\+ [Ee]xception thrown: (?<access2>read|write) access violation/,
  requires: /C\+\+ [Ee]xception thrown: /,
  priority: 9,
  samples: ['C++ Exception thrown: read access violation _Parent_proxy 是 0xFFFFFFFFFFFFFFF7。'],
};

// ---------------------------------------------------------------- Windows: 0xc000007b

const invalidImageFormat: ErrorPattern = {
  id: 'c.windows-invalid-image-format',
  language: 'c',
  // The loader's dialog "The application was unable to start correctly (0xc000007b). Click OK to close the
  // application.", its Chinese "应用程序无法正常启动(0xc000007b)", and the code typed with a zero lost (0xc00007b).
  match: /(?:unable to start correctly|not able to start correctly|无法正常启动)\s{0,3}[(（]?\s{0,2}0x[cC]0{4,5}7[bB]\b|STATUS_INVALID_IMAGE_FORMAT/,
  requires: /0x[cC]0{4,5}7[bB]|STATUS_INVALID_IMAGE_FORMAT/,
  errorType: 'invalid image format',
  category: 'runtime',
  priority: 8,
  summary: 'Windows could not load the program: the program or one of its DLLs is built for the other architecture (32-bit against 64-bit), or is not a valid Windows image.',
  explanation:
    '0xC000007B is STATUS_INVALID_IMAGE_FORMAT. The loader found a DLL by name, but it is of the wrong kind: usually a 32-bit DLL loaded into a 64-bit program (or the reverse), often because a copy in the program folder or early in PATH (a hand-downloaded vcruntime140.dll, msvcp140.dll, d3dx9_43.dll, a MinGW runtime DLL) shadows the right one. A corrupted DLL or one for ARM64 on x64 gives the same code.',
  causes: [
    'A 32-bit DLL beside a 64-bit program (or the reverse), or earlier on PATH',
    'A Visual C++ runtime DLL copied by hand instead of installing the redistributable (x86 and x64 both)',
    'Mixed MinGW/MSYS2 runtime DLLs from different toolchains',
    'A build for another architecture (ARM64, x86) than the machine or the host program',
  ],
  fixes: [
    fix('Find the DLL of the wrong architecture', [
      'Open the program in Dependencies (the successor of Dependency Walker) or run `dumpbin /headers x.dll | findstr machine` on the DLLs beside it: every one must match the program (x64 = 8664, x86 = 14C).',
      'Remove hand-copied runtime DLLs from the program folder and System32/SysWOW64, and install the Visual C++ Redistributable for both x86 and x64.',
      'For your own build, make every library (and its DLL) the same architecture as the executable.',
    ], 'dumpbin /headers app.exe | findstr machine\ndumpbin /headers libfoo.dll | findstr machine'),
  ],
  references: [NTSTATUS],
  samples: ['The application was unable to start correctly (0xc000007b). Click OK to close the application', 'Error:应用程序无法正常启动(0xc000007b)。请单击“确定”关闭应用程序。'],
};

const stackBufferOverrun: ErrorPattern = {
  id: 'c.windows-stack-buffer-overrun',
  language: 'c',
  // 0xC0000409 (STATUS_STACK_BUFFER_OVERRUN) as WinDbg, an exit status or a launcher prints it: "ExceptionCode: c0000409
  // (Security check failure or stack buffer overrun)", "(NTSTATUS) 0xc0000409 - The system detected an overrun of a
  // stack-based buffer", "退出代码为 3221226505 (0xC0000409)". cargo's "process didn't exit successfully: … (exit code:
  // 0xc0000409, STATUS_STACK_BUFFER_OVERRUN)" stays Rust's.
  match: /(?:0x)?[cC]0000409\b(?=[\s\S]{0,40}?(?:Security check failure|stack buffer overrun|overrun of a stack-based buffer))|(?:exit(?:ed)? (?:code|status)|退出代码为?|返回值)[:：= ]{0,3}(?:-1073740791|3221226505)\b/,
  requires: /[cC]0000409|-1073740791|3221226505/,
  errorType: 'stack buffer overrun',
  category: 'memory',
  priority: 6,
  summary: 'Windows ended the program with 0xC0000409: a security check failed (a /GS stack cookie overwritten) or the program asked to fail fast (abort(), an invalid parameter, std::terminate).',
  explanation:
    'STATUS_STACK_BUFFER_OVERRUN is raised by __fastfail. Despite the name, today it is most often a deliberate fast fail: the MSVC runtime\'s abort() and invalid-parameter handler, std::terminate, or a failed CFG check (WinDbg\'s "Subcode: 0x7 FAST_FAIL_FATAL_APP_EXIT" says which). When the subcode is 2 (FAST_FAIL_STACK_COOKIE_CHECK_FAILURE) a write past a stack array overwrote the /GS cookie.',
  causes: ['abort() or an uncaught exception (std::terminate) in a program built with MSVC', 'A buffer overflow on the stack caught by the /GS cookie check', 'An invalid parameter passed to a CRT function (printf with a NULL format, an out-of-range handle)', 'Mismatched DLLs (a runtime or plug-in built with another compiler)'],
  fixes: [
    fix('Find the fast fail\'s subcode and where it was raised', [
      'Run under a debugger (Visual Studio, or WinDbg with !analyze -v): it stops at the __fastfail and shows the subcode and the call stack.',
      'Subcode 7 (FATAL_APP_EXIT): look for abort() or an uncaught exception up the stack; subcode 2: look for a stack array overrun in the faulting function, and build with /fsanitize=address to find it.',
    ], 'cl /Zi /fsanitize=address main.c\n:: then in WinDbg: !analyze -v'),
  ],
  references: [NTSTATUS, ref('Microsoft Learn: __fastfail', 'https://learn.microsoft.com/en-us/cpp/intrinsics/fastfail')],
  samples: ['ERROR_CODE: (NTSTATUS) 0xc0000409 - The system detected an overrun of a stack-based buffer in this application.', '[程序崩溃，退出代码为 3221226505 (0xC0000409)]'],
};

// ---------------------------------------------------------------- OpenOCD

const openocdCannotConnect: ErrorPattern = {
  id: 'c.openocd-init-mode-failed',
  language: 'c',
  // OpenOCD's ST-Link driver: "Error: init mode failed (unable to connect to the target)", then "in procedure 'init'"
  // or PlatformIO's "** OpenOCD init failed **"; also quoted without "Error:" and with "the" dropped.
  match: /init mode failed \(unable to connect to (?:the )?target\)/,
  requires: /init mode failed/,
  errorType: 'unable to connect to the target',
  category: 'runtime',
  priority: 10,
  summary: 'OpenOCD reached the debug probe (an ST-Link) but the probe could not talk to the microcontroller over SWD.',
  explanation:
    'The ST-Link answered and reported its firmware and the target voltage, but its SWD connection to the chip failed. The chip is not powered or not wired (SWDIO, SWCLK, GND; NRST for connect-under-reset), runs firmware that disabled or remapped the SWD pins or put the core to sleep, is read-protected, or is not the chip the target .cfg names.',
  causes: [
    'SWDIO/SWCLK/GND not connected, swapped, or the board not powered (a target voltage near 0 V)',
    'Firmware that reconfigured PA13/PA14 (SWD) as GPIO or enters low-power mode at once',
    'A clone ST-Link or a too high adapter speed',
    'The wrong target .cfg for the chip',
  ],
  fixes: [
    fix('Connect under reset', [
      'Wire NRST to the probe and connect while the chip is held in reset, so the firmware cannot disable SWD first; or hold the reset button, start OpenOCD, then release it.',
      'Lower the adapter speed (adapter speed 480) and check power, GND and the SWD wires.',
      'If the chip is read-protected or its SWD pins are disabled for good, mass-erase it with STM32CubeProgrammer (connect under reset) before flashing again.',
    ], 'openocd -f interface/stlink.cfg -f target/stm32f4x.cfg -c "reset_config srst_only srst_nogate connect_assert_srst"'),
  ],
  references: [OPENOCD, OPENOCD_FAQ],
  samples: ['Info : Target voltage: 3.540158\nError: init mode failed (unable to connect to the target)\nin procedure \'init\' \nin procedure \'ocd_bouncer\''],
};

const openocdOpenFailed: ErrorPattern = {
  id: 'c.openocd-open-failed',
  language: 'c',
  // OpenOCD's adapter driver found no probe (or could not open its USB device): "Error: open failed" followed by its Tcl
  // trace ("in procedure 'init'", "in procedure 'program'") or "** OpenOCD init failed **".
  match: /Error: open failed\s{1,10}(?=in procedure '|\*\* OpenOCD init failed)/,
  requires: /Error: open failed/,
  errorType: 'open failed',
  category: 'runtime',
  priority: 10,
  summary: 'OpenOCD could not open the debug adapter: no ST-Link (or the configured probe) was found on USB, or it could not be opened.',
  explanation:
    "The interface driver looked for the probe's USB vendor and product id and found none it could open. The probe is not plugged in, is another model than the interface .cfg says (an ST-Link V2-1 or V3 with the old stlink-v2.cfg), is held by another program (STM32CubeIDE, ST-Link Utility, a second OpenOCD), or the user may not open it (Linux udev rules; on Windows a WinUSB driver).",
  causes: ['No probe plugged in, or a charge-only cable', 'The wrong interface .cfg for the probe (stlink-v2.cfg for an ST-Link V2-1/V3)', 'Another debugger holding the probe', 'Missing udev rules (Linux) or driver (Windows)'],
  fixes: [
    fix('Use the right interface file and free the probe', [
      'With OpenOCD 0.11 or later use interface/stlink.cfg for every ST-Link version; with 0.10 use stlink-v2-1.cfg for Nucleo and Discovery boards.',
      'Close any other program using the probe, then check that the system sees it (lsusb shows 0483:3748 / 374b / 374e).',
      'On Linux install the udev rules that come with OpenOCD (60-openocd.rules) and replug the probe.',
    ], 'openocd -f interface/stlink.cfg -f target/stm32f1x.cfg'),
  ],
  references: [OPENOCD],
  samples: ["Info : clock speed 950 kHz\nError: open failed\nin procedure 'init' \nin procedure 'ocd_bouncer'"],
};

const openocdExamination: ErrorPattern = {
  id: 'c.openocd-examination-failed',
  language: 'c',
  // OpenOCD reached the debug port but not the core: "Error: [atsamd20e15.cpu] Examination failed" (after "Failed to read
  // memory at 0xe000ed00"), and every command after it: "Error: Target not examined yet".
  match: /Error: (?:\[(?<target>[\w.-]{1,80})\] )?(?<what>Examination failed|Target not examined yet)/,
  requires: /Error: (?:\[[\w.-]{1,80}\] )?(?:Examination failed|Target not examined yet)/,
  errorType: (c) => c.what,
  category: 'runtime',
  priority: 10,
  summary: (c) => `OpenOCD could not examine the CPU${c.target ? ` ${c.target}` : ''}: the debug port answers but the core's debug registers cannot be read.`,
  explanation:
    'Examination is OpenOCD reading the core\'s debug registers (0xE000ED00 is the Cortex-M CPUID) after the debug port answered. When it fails, the target is not usable and every command gets "Target not examined yet". The core is held in reset or asleep, its debug access is locked (security bit, read-out protection), the target .cfg names another chip, or the RISC-V/FPGA design has no working debug module.',
  causes: ['The core in reset, in deep sleep or with its clock stopped', 'Debug access locked by a security bit or read-out protection', 'The wrong target .cfg, or a too fast adapter speed'],
  fixes: (c) => [
    fix(`Get ${c.target ?? 'the core'} into a state where it can be examined`, [
      'Connect under reset (reset_config srst_only connect_assert_srst) and lower the adapter speed.',
      'If the chip is locked, use its unlock or chip-erase command (at91samd chip-erase, stm32f1x unlock) or the vendor tool, which erases the flash.',
      'Check that the target .cfg matches the chip.',
    ], 'openocd -f interface/stlink.cfg -f target/at91samdXX.cfg -c "adapter speed 100" -c init -c "at91samd chip-erase"'),
  ],
  references: [OPENOCD, OPENOCD_FAQ],
  samples: ["Info : accepting 'telnet' connection on tcp/4444\nError: Target not examined yet", 'Error: Failed to read memory at 0xe000ed00\nError: [atsamd20e15.cpu] Examination failed'],
};

const openocdMissingConfig: ErrorPattern = {
  id: 'c.openocd-cannot-find-config',
  language: 'c',
  // "embedded:startup.tcl:60: Error: Can't find interface/stlink.cfg" then "in procedure 'script'": an -f file that is
  // not in OpenOCD's scripts directory (renamed between versions: stlink-v2.cfg became stlink.cfg in 0.11).
  match: /embedded:startup\.tcl:\d{1,5}: Error: Can't find (?<cfg>[^\s]{1,200}\.cfg)/,
  requires: /embedded:startup\.tcl:/,
  errorType: "Can't find",
  category: 'configuration',
  priority: 10,
  summary: (c) => `OpenOCD has no configuration file ${c.cfg} in its scripts directory.`,
  explanation:
    'Each -f file is looked up relative to the directories given with -s and OpenOCD\'s own scripts directory. The file does not exist in this OpenOCD version (OpenOCD 0.10 had interface/stlink-v2.cfg and stlink-v2-1.cfg, 0.11 and later have interface/stlink.cfg), or the OpenOCD binary cannot find its scripts folder (a copied binary, a package without scripts).',
  causes: ['An interface or target file name from another OpenOCD version', 'A typo in the -f path', "OpenOCD run without its scripts directory (add -s <openocd>/share/openocd/scripts)"],
  fixes: [
    fix(`Use a file this OpenOCD has`, ['List the scripts directory (share/openocd/scripts/interface and target) and use a file from it, or pass its directory with -s.'], 'openocd -s /usr/share/openocd/scripts -f interface/stlink-v2-1.cfg -f target/stm32f3x.cfg'),
  ],
  references: [OPENOCD],
  samples: ['embedded:startup.tcl:60: Error: Can\'t find interface/stlink.cfg\nin procedure \'script\' \nat file "embedded:startup.tcl", line 60'],
};

const openocdBindFailed: ErrorPattern = {
  id: 'c.openocd-couldnt-bind-socket',
  language: 'c',
  // OpenOCD starting its servers: "Error: couldn't bind tcl to socket on port 6666: Address already in use" (Windows
  // prints "No error"), with -d "Error: 482 29163 server.c:265 add_service(): couldn't bind tcl to socket: …".
  match: /couldn't bind (?<service>tcl|telnet|gdb) to socket(?: on port (?<port>\d{1,5}))?: (?<reason>[^\n]{1,80})/,
  requires: /couldn't bind (?:tcl|telnet|gdb) to socket/,
  errorType: "couldn't bind to socket",
  category: 'runtime',
  priority: 10,
  summary: (c) => `OpenOCD could not open its ${c.service} server${c.port ? ` on port ${c.port}` : ''}: ${c.reason}.`,
  explanation:
    'OpenOCD listens on three ports (gdb 3333, telnet 4444, tcl 6666 by default). Another process already listens there: almost always an OpenOCD left running by a previous debug session (an IDE that did not stop it), or a second OpenOCD for another probe. On Windows the reason may read "No error" although the port is taken.',
  causes: ['An OpenOCD from an earlier debug session still running', 'Two OpenOCD instances (two probes) using the default ports', 'Another program listening on the port'],
  fixes: (c) => [
    fix(`Free port ${c.port ?? '6666'} or give this OpenOCD other ports`, [
      'Find and end the process holding the port (lsof -i :6666 on Linux and macOS; Get-NetTCPConnection -LocalPort 6666 in PowerShell).',
      `Or move the ${c.service} server: -c "${c.service}_port 50001" (and gdb_port/telnet_port for the others), or disable it.`,
    ], `lsof -i :${c.port ?? '6666'}\nopenocd -c "${c.service}_port disabled" -f interface/stlink.cfg -f target/stm32f3x.cfg`),
  ],
  references: [OPENOCD_SERVERS],
  samples: ["Info : auto-selecting first available session transport \"swd\". To override use 'transport select <transport>'.\nError: couldn't bind tcl to socket on port 6666: Address already in use"],
};

const openocdNoCmsisDap: ErrorPattern = {
  id: 'c.openocd-no-cmsis-dap-device',
  language: 'c',
  // OpenOCD's cmsis-dap driver found no probe it could open: "Error: unable to find a matching CMSIS-DAP device".
  match: /Error: unable to find a matching CMSIS-DAP device/,
  requires: /unable to find a matching CMSIS-DAP device/,
  errorType: 'unable to find a matching CMSIS-DAP device',
  category: 'runtime',
  priority: 10,
  summary: 'OpenOCD found no CMSIS-DAP probe (DAPLink, Picoprobe, a CMSIS-DAP clone) that it could open.',
  explanation:
    "The cmsis-dap driver enumerates USB HID and bulk devices whose product string contains \"CMSIS-DAP\" (or the VID:PID given with cmsis_dap_vid_pid). The probe is missing, its product string does not say CMSIS-DAP, the OpenOCD build lacks the backend the probe needs (hidapi or libusb), the user may not open the device (udev rules), or another program has it open.",
  causes: ['The probe not connected, or on a hub that fails it', 'A probe whose product string lacks "CMSIS-DAP"', 'An OpenOCD built without hidapi/libusb support', 'Missing udev rules, or the probe held by another program'],
  fixes: [
    fix('Tell OpenOCD which probe to use', [
      'Name the probe by its USB id (from lsusb or Device Manager), and pick the backend it speaks.',
      'On Linux add a udev rule for the probe; on Windows make sure the probe\'s bulk interface has the WinUSB driver.',
    ], 'openocd -f interface/cmsis-dap.cfg -c "cmsis_dap_vid_pid 0x0d28 0x0204" -c "cmsis_dap_backend hid" -f target/rp2040.cfg'),
  ],
  references: [OPENOCD],
  samples: ['Info : Listening on port 6666 for tcl connections\nInfo : Listening on port 4444 for telnet connections\nError: unable to find a matching CMSIS-DAP device'],
};

const libusbAccess: ErrorPattern = {
  id: 'c.libusb-error-access',
  language: 'c',
  // OpenOCD (and other libusb programs) without permission on the probe's USB device node: "Error: libusb_open() failed
  // with LIBUSB_ERROR_ACCESS", also with -d's "libusb_helper.c:417 jtag_libusb_find_device():" prefix.
  match: /libusb_open\(\) failed with (?<code>LIBUSB_ERROR_ACCESS)/,
  requires: /LIBUSB_ERROR_ACCESS/,
  errorType: 'LIBUSB_ERROR_ACCESS',
  category: 'permission',
  priority: 10,
  summary: 'The program found the USB debug probe but has no permission to open it (LIBUSB_ERROR_ACCESS).',
  explanation:
    'libusb opens /dev/bus/usb/BBB/DDD, which belongs to root unless a udev rule grants access. Running as root works but is the wrong fix: install the udev rules that come with OpenOCD (or the probe vendor\'s), then replug the probe. On Windows the same error means the interface has a driver libusb cannot use (install WinUSB with Zadig).',
  causes: ['No udev rule for the probe (Linux)', 'The user not in the group the rule names (plugdev, dialout)', 'A vendor driver instead of WinUSB (Windows)'],
  fixes: (c) => [
    fix(`Grant access to the probe instead of running as root (${c.code})`, [
      'Copy OpenOCD\'s contrib/60-openocd.rules to /etc/udev/rules.d/, reload the rules and replug the probe; add yourself to plugdev if the rule uses it.',
    ], 'sudo cp /usr/share/openocd/contrib/60-openocd.rules /etc/udev/rules.d/\nsudo udevadm control --reload-rules && sudo udevadm trigger\nsudo usermod -aG plugdev $USER'),
  ],
  references: [OPENOCD_FAQ],
  samples: ["debug_level: 0\nadapter speed: 10000 kHz\nError: libusb_open() failed with LIBUSB_ERROR_ACCESS\nError: no device found"],
};

// ---------------------------------------------------------------- Eclipse, STM32CubeIDE and Cortex-Debug launches

const launchSequence: ErrorPattern = {
  id: 'c.eclipse-final-launch-sequence',
  language: 'c',
  // Eclipse CDT's (STM32CubeIDE's, MCUXpresso's) debug launch error, by its reason: "Error in final launch sequence:
  // Failed to start GDB server." (also quoted on one line) or gdb's MI error "Error message from debugger back end: Load
  // failed".
  match:
    /Error in final launch sequence:?\s{1,20}(?:(?<server>Failed to start GDB [Ss]erver)|Failed to execute MI command:\n[^\n]{1,400}\nError message from debugger back end:\s{1,10}(?<backend>[^\n]{1,160}))/,
  requires: /Error in final launch sequence/,
  // gdb's message without the "localhost:3333: " of a failed -target-select.
  errorType: (c) => (c.server ? 'Failed to start GDB server' : c.backend.replace(/^[\w.-]{1,100}:\d{1,5}: /, '').replace(/\.$/, '')),
  category: 'runtime',
  priority: 10,
  summary: (c) => (c.server ? 'The IDE could not start the GDB server (ST-LINK GDB server, OpenOCD or J-Link) that the debug session needs.' : `gdb failed while the IDE started the debug session: ${c.backend}`),
  explanation: (c) =>
    c.server
      ? 'The debug configuration launches a GDB server first; it exited before gdb could connect. The probe is not connected or held by another program, the target is not powered or not reachable over SWD (the server\'s console says which), the server\'s port is taken by a previous session, or the configuration points at a server or probe that is not installed.'
      : 'gdb connected to the GDB server but the command after it failed: "Load failed" means the flash could not be programmed (the target is locked or not halted, the flash algorithm does not match the chip, or the ELF has sections outside the flash).',
  causes: ['The probe not connected, or used by another program or a previous debug session', 'The target not powered or its SWD pins disabled by the firmware', 'A wrong device or interface in the debug configuration', 'Flash that cannot be written (read-out protection, wrong chip)'],
  fixes: [
    fix('Read the GDB server console and fix the connection', [
      'Open the Console view and select the GDB server\'s console: its last lines say why it stopped (no ST-LINK detected, target not responding, port in use).',
      'End any running debug session or stray ST-LINK_gdbserver/openocd process, replug the probe, and try again; in the Debugger tab try "Connect under reset" and a lower SWD frequency.',
      'For "Load failed", erase the chip with STM32CubeProgrammer and check that the debug configuration names the right device.',
    ], null),
  ],
  references: [CUBEIDE],
  samples: ["'Launching GRBL Driver STM32F4xx Debug F446 Nucleo 64' has encountered a problem.\n\nError in final launch sequence:\n\nFailed to start GDB server."],
};

const cortexDebugLaunch: ErrorPattern = {
  id: 'c.cortex-debug-failed-to-launch-gdb',
  language: 'c',
  // VS Code's Cortex-Debug: "Failed to launch GDB: Load failed (from target-download)", "Failed to launch GDB: Error
  // finishing flash operation (from target-download)": gdb's own error, then the MI command that failed.
  match: /Failed to launch GDB: (?<reason>[^\n()]{1,160}?) \(from (?<command>[\w-]{1,40})\)/,
  requires: /Failed to launch GDB: /,
  errorType: (c) => c.reason,
  category: 'runtime',
  priority: 10,
  summary: (c) => `Cortex-Debug started gdb, but its ${c.command} command failed: ${c.reason}.`,
  explanation: (c) =>
    c.command === 'target-download'
      ? 'target-download is gdb programming the ELF into the target\'s flash through the GDB server (OpenOCD, ST-LINK GDB server, J-Link). The server reached the chip but writing the flash failed: the flash is protected or not erased, the chip is not halted, the server\'s flash driver does not fit the chip, or the ELF places data outside the flash.'
      : 'The extension runs gdb commands in order; this one failed with gdb\'s message. The gdb-server tab in the terminal shows the server\'s side of the failure.',
  causes: ['Flash protection (read-out protection, write protection)', 'A target .cfg or device name that does not match the chip', 'The chip not halted before programming', 'An outdated GDB server or STM32CubeProgrammer'],
  fixes: (c) => [
    fix('Check the gdb-server output, then erase and reflash', [
      `Read the gdb-server terminal tab: it shows the server's error for the failed ${c.command}.`,
      'Mass-erase the chip (STM32CubeProgrammer, or "monitor flash erase_sector 0 0 last" in OpenOCD), check the "device" and config files in launch.json, and update the GDB server.',
    ], null),
  ],
  references: [CORTEX_DEBUG],
  samples: ['Failed to launch GDB: Load failed (from target-download)'],
};

const couldNotVerifyStDevice: ErrorPattern = {
  id: 'c.st-could-not-verify-device',
  language: 'c',
  // STM32CubeIDE's ST-LINK GDB server refuses a probe or chip that is not genuine ST: "Could not verify ST device!
  // Please verify that the latest version of the GDB-server is used for the connection."
  match: /Could not verify ST device!/,
  requires: /Could not verify ST device/,
  errorType: 'Could not verify ST device',
  category: 'runtime',
  priority: 10,
  summary: "ST's GDB server refused the connection: the probe or the microcontroller did not identify as a genuine ST part.",
  explanation:
    "Recent ST-LINK GDB servers (STM32CubeIDE 1.x) check that the target is an STM32 made by ST and the probe is an ST-LINK. Clone chips (GD32, CKS32, APM32 sold as STM32 on Blue Pill boards), clone probes and other debug adapters (a Black Magic Probe) fail the check.",
  causes: ['A clone STM32 (common on Blue Pill boards) or a compatible chip of another vendor', 'A clone or non-ST probe', 'An old GDB server version'],
  fixes: [
    fix('Debug through OpenOCD instead of the ST-LINK GDB server', ['In the debug configuration\'s Debugger tab choose "OpenOCD" as the debug probe (or use the probe vendor\'s own GDB server); keep the ST-LINK GDB server for genuine ST parts.'], null),
  ],
  references: [CUBEIDE],
  samples: ['Could not verify ST device! Please verify that the latest version of the GDB-server is used for the connection.'],
};

// ---------------------------------------------------------------- linkers

const armlinkMultiplyDefined: ErrorPattern = {
  ...patternById(NATIVE_PATTERNS, 'c.multiple-definition'),
  id: 'c.armlink-multiply-defined-no-code',
  // armlink's L6200E as the mbed online compiler printed it, without the code: "Error: Symbol __user_perthread_libspace
  // multiply defined (by rtx_lib.K64F.o and mbed_boot.K64F.o)." (c.keil-armlink needs the L-code).
  match: /Error: Symbol (?<symbol>[^\s]{1,300}) multiply defined \(by (?<first>[^\s)]{1,400}) and (?<second>[^\s)]{1,400})\)/,
  requires: /multiply defined \(by /,
  errorType: 'multiple definition',
  priority: 9,
  summary: (c) => `armlink found ${c.symbol} defined in both ${c.first} and ${c.second}.`,
  explanation:
    'Arm\'s linker (armlink, Keil MDK and the mbed online compiler) reports a global symbol defined in two objects as L6200E. Either a variable is defined (not just declared extern) in a header included by several files, two libraries provide the same function, or a retargeting or RTOS library is linked twice.',
  causes: ['A global variable defined in a header instead of declared extern', 'The same source file or library linked twice', 'Two libraries (an RTOS and a startup library) both defining the same runtime hook'],
  fixes: (c) => [
    fix(`Keep one definition of ${c.symbol}`, [`Declare it extern in the header and define it in one .c file; or remove one of ${c.first} and ${c.second} from the build.`], `/* config.h */\nextern int ${/^\w+$/.test(c.symbol) ? c.symbol : 'sys_state'};\n/* config.c */\nint ${/^\w+$/.test(c.symbol) ? c.symbol : 'sys_state'};`),
  ],
  references: [ARMLINK],
  samples: ['Error: Symbol __user_perthread_libspace multiply defined (by /build/mbed-os.lib/rtos/TARGET_CORTEX/rtx5/RTX/Source/rtx_lib.K64F.o and /build/mbed-os.lib/rtos/TARGET_CORTEX/mbed_boot.K64F.o).'],
};

const ldScriptSyntaxError: ErrorPattern = {
  id: 'c.ld-script-syntax-error',
  language: 'c',
  // GNU ld (any cross prefix) parsing a linker script: "arm-none-eabi-ld:linkscript.ld:0: syntax error" (line 0 for an
  // error on the first statement, like a missing "=" after LENGTH in MEMORY).
  match: /(?:^|[\s/\\])(?:[\w.+-]{1,60}-)?ld(?:\.exe)?:(?<script>[^\s:]{1,300}\.(?:ld|lds|x|lcf|lnk)):(?<line>\d{1,6}):? syntax error/,
  requires: /: ?syntax error/,
  errorType: 'linker script syntax error',
  category: 'build',
  priority: 9,
  summary: (c) => `ld could not parse the linker script ${c.script}${c.line !== '0' ? ` at line ${c.line}` : ''}.`,
  explanation:
    "The linker script's grammar is strict: MEMORY lines need \"ORIGIN = x, LENGTH = y\" with both equals signs, SECTIONS needs its braces, each assignment ends with a semicolon, and output sections are written \"name : { … } > REGION\". Line 0 or 1 usually means the error is in the first block (ENTRY or MEMORY); text pasted from a tutorial with line numbers or smart quotes breaks it too.",
  causes: ['A missing "=" or ";" (LENGTH 1M instead of LENGTH = 1M)', 'Unbalanced braces in SECTIONS or MEMORY', 'Line numbers or non-ASCII quotes pasted into the script', 'A script meant for the C preprocessor given to ld unprocessed'],
  fixes: (c) => [
    fix(`Fix the statement near line ${c.line} of ${c.script}`, ['Compare each MEMORY line with the form below and check that every brace is closed; run the script through cpp first if it uses #define or #include.'], 'MEMORY\n{\n  ROM (rx)  : ORIGIN = 0x60000000, LENGTH = 1M\n  RAM (rwx) : ORIGIN = 0x70000000, LENGTH = 32M\n}'),
  ],
  references: [LD_SCRIPTS],
  samples: ['arm-none-eabi-ld:linkscript.ld:0: syntax error'],
};

// ---------------------------------------------------------------- C libraries' errors as C programs print them

const libcurlPerformFailed: ErrorPattern = {
  id: 'c.libcurl-perform-failed',
  language: 'c',
  // A C program's report of curl_easy_perform()'s CURLcode through curl_easy_strerror(): "curl_easy_perform() failed:
  // Couldn't resolve host name", "libcurl failed to perform call: …". The curl tool's own "curl: (6) …" is shell's.
  match: /(?:curl_easy_perform\(\) failed|libcurl failed to perform call): (?<message>[A-Z][^\n]{1,160}?)(?: \d{1,3})?(?=\s*$|\s*\n)/,
  requires: /curl_easy_perform\(\) failed: |libcurl failed to perform call: /,
  errorType: (c) => (/^Couldn't resolve host/.test(c.message) ? 'Could not resolve host' : c.message),
  category: 'network',
  priority: 9,
  summary: (c) => `libcurl's transfer failed: ${c.message}.`,
  explanation: (c) =>
    /resolve host/.test(c.message)
      ? 'curl_easy_perform() returned CURLE_COULDNT_RESOLVE_HOST (6): the host name in the URL could not be looked up. The name is wrong, the machine has no DNS (a container, a chroot without /etc/resolv.conf, a static build whose resolver cannot load NSS modules), or a proxy should have been used.'
      : /certificate|SSL/.test(c.message)
        ? 'curl_easy_perform() returned a TLS error (CURLE_PEER_FAILED_VERIFICATION, 60, for "SSL peer certificate or SSH remote key was not OK"): the server\'s certificate could not be verified against the CA store libcurl uses. A libcurl built with OpenSSL (Conan, vcpkg, MinGW builds) does not read the Windows certificate store, and an embedded system may have no CA bundle at all.'
        : "curl_easy_perform() returned a CURLcode other than CURLE_OK, and the program printed curl_easy_strerror()'s text for it.",
  causes: ['The host name wrong or DNS unavailable where the program runs', 'No CA bundle (or the wrong one) for certificate verification', 'A firewall, proxy or timeout between the program and the server'],
  fixes: (c) => [
    fix('Let libcurl tell you more', [
      'Set CURLOPT_ERRORBUFFER and CURLOPT_VERBOSE to see the detailed reason and the connection steps.',
      /certificate|SSL/.test(c.message)
        ? 'Point libcurl at a CA bundle (CURLOPT_CAINFO) or, on Windows, use the native CA store (CURLOPT_SSL_OPTIONS with CURLSSLOPT_NATIVE_CA); do not turn verification off in production.'
        : 'Try the same URL with the curl tool on the same machine (and in the same container) to separate network problems from the program.',
    ], 'char err[CURL_ERROR_SIZE] = "";\ncurl_easy_setopt(curl, CURLOPT_ERRORBUFFER, err);\ncurl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);\nCURLcode rc = curl_easy_perform(curl);\nif (rc != CURLE_OK)\n    fprintf(stderr, "curl: %s (%s)\\n", curl_easy_strerror(rc), err);'),
  ],
  references: [LIBCURL_ERRORS],
  samples: ["curl_easy_perform() failed: Couldn't resolve host name 0", 'ERROR: curl_easy_perform() failed: SSL peer certificate or SSH remote key was not OK'],
};

const opensslErrorQueue: ErrorPattern = {
  id: 'c.openssl-error-queue-ssl-reason',
  language: 'c',
  // OpenSSL 1.1's ERR_print_errors_fp() line in a C program's log: "139680966902528:error:1416F086:SSL
  // routines:tls_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1915:" (also
  // wrapped inside a word, as a terminal copied it).
  match: /\d{1,20}:error:[0-9A-F]{8}:SSL routines:(?<func>\w{1,80}):(?<reason>[a-z][a-z \n]{1,80}?):[^\s:]{1,200}\.c:\d{1,6}:/,
  requires: /:error:[0-9A-F]{8}:SSL routines:/,
  // A reason wrapped inside a word ("certi\nficate") is joined again.
  errorType: (c) => c.reason.replace(/\s*\n\s*|(?<=certi) (?=ficate)/g, ''),
  category: 'network',
  priority: 8,
  summary: (c) => `OpenSSL's ${c.func} failed: ${c.error_type}.`,
  explanation: (c) =>
    c.error_type === 'certificate verify failed'
      ? "The server's certificate chain could not be verified against the trusted CA certificates the SSL_CTX was given: no CA locations were loaded (SSL_CTX_set_default_verify_paths was not called, or the system has no CA bundle), the server sends an incomplete chain, or its certificate is self-signed or expired. SSL_get_verify_result() gives the exact X509_V_ERR_ reason."
      : "The program printed OpenSSL's error queue: library, function and reason of the failure, and the OpenSSL source line that raised it.",
  causes: ['No trusted CA locations loaded into the SSL_CTX', 'An incomplete chain or a self-signed/expired server certificate', 'A clock far off on an embedded device'],
  fixes: (c) => [
    fix(`Load trusted CAs and read the verify result after ${c.func} fails`, ['Call SSL_CTX_set_default_verify_paths() (or SSL_CTX_load_verify_locations() with your CA file), and print X509_verify_cert_error_string(SSL_get_verify_result(ssl)) after a failed handshake.'], 'SSL_CTX_set_default_verify_paths(ctx);\n/* or: SSL_CTX_load_verify_locations(ctx, "/etc/ssl/certs/ca-certificates.crt", NULL); */\nif (SSL_connect(ssl) != 1)\n    fprintf(stderr, "%s\\n", X509_verify_cert_error_string(SSL_get_verify_result(ssl)));'),
  ],
  references: [OPENSSL_ERR, OPENSSL_VERIFY],
  samples: ['139680966902528:error:1416F086:SSL routines:tls_process_server_certificate:certi\nficate verify failed:../ssl/statem/statem_clnt.c:1915:'],
};

export const NATIVE_CATALOG15_PATTERNS: readonly ErrorPattern[] = [
  vsUnhandledExceptionThrown,
  cppTwin(vsUnhandledExceptionThrown, ['Unhandled exception thrown: read access violation.\n_First was nullptr.']),
  vsCppExceptionThrown,
  invalidImageFormat,
  stackBufferOverrun,
  openocdCannotConnect,
  openocdOpenFailed,
  openocdExamination,
  openocdMissingConfig,
  openocdBindFailed,
  openocdNoCmsisDap,
  libusbAccess,
  launchSequence,
  cortexDebugLaunch,
  couldNotVerifyStDevice,
  armlinkMultiplyDefined,
  ldScriptSyntaxError,
  libcurlPerformFailed,
  opensslErrorQueue,
];
